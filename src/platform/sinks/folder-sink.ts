import { MANIFEST_NAME } from '../../core/manifest/types.ts';
import { throwIfAborted } from '../../core/export/abort.ts';
import { splitSafePath } from '../../core/export/safe-path.ts';
import type { OutputSink } from '../../core/export/sink.ts';
import type { OutputFile, WrittenFile } from '../../core/export/types.ts';
import type { BytesSource } from '../../core/export/verified-bytes.ts';
import { createInThreadEngine, type ContentEngine } from '../export-workers/content-engine.ts';
import { createBackgroundCopies } from './background-copies.ts';
import type { Stager } from './stager.ts';
import { writeStreamed } from './streamed-write.ts';
import { WHOLE_FILE_LIMIT, wholeFileSource } from './whole-file.ts';
import { isNotFound, isTypeMismatch, writeStep } from './write-errors.ts';

/**
 * Copies the browser may make at once behind the checks. Measured on a five-image export (nine
 * alternating runs): waiting for each copy 0.96 s, at most two copies 0.96 s, at most four 0.86 s,
 * no limit 0.87 s. It also bounds the staged files on disk: those being copied, plus one per file
 * in flight.
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
 * Files up to `wholeFileLimit` are checked and hashed whole by `engine` (workers, in the app),
 * inflated ones passing through `stage` when given; larger ones are streamed and hashed here.
 * Several writes may run at once. A whole file's `write` returns once its bytes are verified,
 * while the browser may still be copying them into the writable (a few copies at a time);
 * `commit` waits for every copy first, and a copy's failure fails the next write or the commit.
 *
 * `write` throws AppError `write-failed` for an unsafe path or a destination that refuses the
 * bytes, and passes on the content's own errors (`corrupt-entry`, cancel).
 */
export function createFolderSink(
  root: FileSystemDirectoryHandle,
  options: { engine?: ContentEngine; stage?: Stager; wholeFileLimit?: number } = {},
): OutputSink {
  const { stage } = options;
  const engine = options.engine ?? createInThreadEngine();
  const wholeFileLimit = options.wholeFileLimit ?? WHOLE_FILE_LIMIT;
  const staged: StagedFile[] = [];
  const createdFolders: { parent: FileSystemDirectoryHandle; name: string }[] = [];
  let finished = false;
  let stagedCount = 0;
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

  async function write(
    file: OutputFile,
    options: { signal?: AbortSignal; onBytes: (n: number) => void },
  ): Promise<WrittenFile> {
    if (finished) throw new Error('This folder sink has already finished.');
    throwIfAborted(options.signal);
    const segments = splitSafePath(file.path);
    const name = segments.pop() ?? '';
    const folder = await folderFor(file.path, segments);
    const existing = await writeStep(file.path, () => lookUp(() => folder.getFileHandle(name)));
    const entry: StagedFile = { path: file.path, folder, name, created: !existing, state: 'open' };
    staged.push(entry);
    const handle = await writeStep(file.path, () => folder.getFileHandle(name, { create: true }));
    const writable = await writeStep(file.path, () => handle.createWritable());
    entry.writable = writable;

    try {
      const source = await wholeFileSource(file, wholeFileLimit);
      if (!source) {
        const streamed = await writeStreamed(
          file,
          (group) => writeStep(file.path, () => writable.write(group)),
          options,
        );
        return { path: file.path, ...streamed };
      }
      const sha256 = await writeWhole(file.path, source, writable, options);
      return { path: file.path, size: source.size, sha256 };
    } catch (error) {
      await discard(entry);
      throw error;
    }
  }

  /**
   * Bytes already in a Blob are handed to the browser as that Blob (it copies them itself, far
   * faster than pushing chunks through script) while the engine checks and hashes them. Inflated
   * bytes are staged on disk by the engine (a worker writes them straight into an OPFS file) and
   * copied the same way; without a stager they arrive whole and go in one write. Copies of Blobs
   * run in the background: the next file's checks need not wait for them. The bytes count as
   * done once copied, so progress shows what is in the folder, even when it is slow to take them.
   */
  async function writeWhole(
    path: string,
    source: BytesSource,
    writable: FileSystemWritableFileStream,
    { signal, onBytes }: { signal?: AbortSignal; onBytes: (n: number) => void },
  ): Promise<string> {
    const copy = async (blob: Blob) => {
      await writeStep(path, () => writable.write(blob));
      onBytes(source.size);
    };
    if (source.kind === 'plain') {
      await copies.start(() => copy(source.blob), signal);
      return engine.check(source, signal);
    }
    if (!stage) {
      const { bytes, sha256 } = await engine.read(source, signal);
      await writeStep(path, () => writable.write(bytes));
      onBytes(source.size);
      return sha256;
    }
    const name = `${(stagedCount += 1)}-${splitSafePath(path).join('-')}`;
    const { blob, sha256 } = await stage.putVerified(name, source, engine, signal);
    try {
      // The staged file goes once the writable holds its own copy.
      await copies.start(() => copy(blob).finally(() => stage.drop(name)), signal);
    } catch (error) {
      // The copy never started (an earlier one failed, or the export was cancelled).
      await stage.drop(name);
      throw error;
    }
    return sha256;
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

  return { write, commit, abort };
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
