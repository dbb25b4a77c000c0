import { MANIFEST_NAME } from '../../core/manifest/types.ts';
import { throwIfAborted } from '../../core/abort.ts';
import { splitSafePath } from '../../core/export/safe-path.ts';
import type { OutputSink, PreparedFile } from '../../core/export/sink.ts';
import { writeStep } from '../../core/export/write-step.ts';
import { createBackgroundCopies } from './background-copies.ts';
import { isNotFound, isTypeMismatch } from './fs-errors.ts';

/**
 * Copies the browser may make at once behind the checks: enough to keep its file threads busy
 * (fewer were slower, more no faster; the README's Performance part has the figures). It also
 * bounds the staged files on disk: those being copied, plus one per file in flight.
 */
const COPIES_IN_FLIGHT = 4;

interface StagedFile {
  readonly path: string;
  readonly folder: FileSystemDirectoryHandle;
  readonly name: string;
  /** The name did not exist before this run: abort removes it. */
  readonly created: boolean;
  writable?: FileSystemWritableFileStream;
  state: 'open' | 'closed' | 'aborted';
}

/**
 * A sink writing into a folder the admin picked, all or nothing. Every file goes into its own
 * writable (which the browser keeps in a swap file) and all of them stay open until
 * `commit`, which closes them in order, ucs.xml last: until then, files being replaced keep
 * their old content. `abort` discards the writables and removes only the files and sub-folders
 * this run created; no other file is ever touched.
 *
 * The browser copies each prepared Blob into its writable itself (far faster than bytes pushed
 * through script), beside the checks: `place` returns once the copy has started (a few at a
 * time), which for a slice of the release is while its check still runs; nothing is final
 * before `commit`, which the export calls only once every check has passed. A file's bytes
 * count as done once copied, so progress shows what is in the folder even when it is slow to
 * take them. `commit` waits for every copy first; a copy's failure fails the next `place` or
 * the commit.
 */
export function createFolderSink(root: FileSystemDirectoryHandle): OutputSink {
  const staged: StagedFile[] = [];
  const createdFolders: { parent: FileSystemDirectoryHandle; name: string }[] = [];
  let finished = false;
  const copies = createBackgroundCopies(COPIES_IN_FLIGHT);

  async function folderFor(path: string, names: readonly string[]) {
    let folder = root;
    for (const name of names) {
      const existing = await writeStep(path, () => lookUp(() => folder.getDirectoryHandle(name)));
      if (existing) {
        folder = existing;
        continue;
      }
      const parent = folder;
      folder = await writeStep(path, () => parent.getDirectoryHandle(name, { create: true }));
      createdFolders.push({ parent, name });
    }
    return folder;
  }

  async function place(
    prepared: PreparedFile,
    { signal, onBytes }: { signal?: AbortSignal; onBytes: (n: number) => void },
  ): Promise<void> {
    if (finished) throw new Error('This folder sink has already finished.');
    const { path } = prepared;
    try {
      throwIfAborted(signal);
      const segments = splitSafePath(path);
      const name = segments.pop() ?? '';
      const folder = await folderFor(path, segments);
      const existing = await writeStep(path, () => lookUp(() => folder.getFileHandle(name)));
      const entry: StagedFile = { path, folder, name, created: !existing, state: 'open' };
      staged.push(entry);
      const handle = await writeStep(path, () => folder.getFileHandle(name, { create: true }));
      const writable = await writeStep(path, () => handle.createWritable());
      entry.writable = writable;
      await copies.start(async () => {
        try {
          await writeStep(path, () => writable.write(prepared.blob));
          onBytes(prepared.size);
        } finally {
          // The writable holds its own copy now (or never will): the staged file can go.
          await prepared.release();
        }
      }, signal);
    } catch (error) {
      // The copy never started (an unsafe path, a refused writable, an earlier copy failed, a
      // cancel): nothing else will free what backs the prepared bytes.
      await prepared.release();
      throw error;
    }
  }

  async function commit(signal?: AbortSignal, onFinishing?: () => void): Promise<void> {
    await copies.finish();
    throwIfAborted(signal);
    // Closing replaces files: from the first close on, nothing can be undone.
    onFinishing?.();
    // New files first: if closing one fails, abort removes them all and nothing old has changed.
    // Replaced files next, so the window in which a failure leaves some of them new is as short
    // as it can be. ucs.xml last, so it never names an image that is not in place.
    const isManifest = (entry: StagedFile) => entry.path === MANIFEST_NAME;
    const order = [
      ...staged.filter((entry) => !isManifest(entry) && entry.created),
      ...staged.filter((entry) => !isManifest(entry) && !entry.created),
      ...staged.filter(isManifest),
    ];
    for (const entry of order) {
      const writable = entry.writable;
      if (entry.state !== 'open' || !writable) continue;
      await writeStep(entry.path, () => writable.close());
      entry.state = 'closed';
    }
    finished = true;
  }

  async function abort(): Promise<void> {
    if (finished) return;
    finished = true;
    // A copy still running would write into a writable being discarded, or read a staged file
    // the caller is about to clear.
    await copies.settle();
    for (const entry of [...staged].reverse()) {
      await discard(entry);
      // Only names this run created are removed, whether or not a failed commit closed them.
      if (entry.created) await entry.folder.removeEntry(entry.name).catch(ignore);
    }
    for (const { parent, name } of [...createdFolders].reverse()) {
      // Not recursive: a folder that holds anything else is left alone.
      await parent.removeEntry(name).catch(ignore);
    }
  }

  return { place, commit, abort };
}

async function discard(entry: StagedFile): Promise<void> {
  if (entry.state !== 'open') return;
  entry.state = 'aborted';
  await entry.writable?.abort().catch(ignore);
}

/**
 * Cleaning up must go on past a step that fails (the writable already errored, the file already
 * gone): the failure that started the clean-up is the one reported.
 */
function ignore(): void {}

/** The handle, or undefined when the name does not exist. */
async function lookUp<T>(get: () => Promise<T>): Promise<T | undefined> {
  try {
    return await get();
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/**
 * Which of `paths` already exist in `root`, for the "replace these files?" question. A path
 * blocked by an entry of the other kind (a folder where the file goes, a file where a folder
 * goes) counts as existing too. Reads only.
 *
 * @throws AppError `write-failed` for an unsafe path or a folder that cannot be read.
 */
export async function findExistingFiles(
  root: FileSystemDirectoryHandle,
  paths: readonly string[],
): Promise<string[]> {
  const existing: string[] = [];
  for (const path of paths) {
    if (await writeStep(path, () => isTaken(root, splitSafePath(path)))) existing.push(path);
  }
  return existing;
}

async function isTaken(root: FileSystemDirectoryHandle, segments: string[]): Promise<boolean> {
  const name = segments.pop() ?? '';
  let folder = root;
  try {
    for (const segment of segments) folder = await folder.getDirectoryHandle(segment);
    await folder.getFileHandle(name);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    if (isTypeMismatch(error)) return true;
    throw error;
  }
}
