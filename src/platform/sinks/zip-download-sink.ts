import { AppError } from '../../core/errors.ts';
import { throwIfAborted } from '../../core/export/abort.ts';
import { splitSafePath } from '../../core/export/safe-path.ts';
import type { OutputSink } from '../../core/export/sink.ts';
import { composeStoredZip, type StoredZipFile } from '../../core/export/stored-zip.ts';
import type { OutputFile, WrittenFile } from '../../core/export/types.ts';
import { createInThreadEngine, type ContentEngine } from '../export-workers/content-engine.ts';
import type { Stager } from './stager.ts';
import { hashingTap } from './hashing-tap.ts';
import { WHOLE_FILE_LIMIT, wholeFileSource } from './whole-file.ts';

/**
 * A sink producing one stored zip with every file under `rootFolder/`. No byte is copied for
 * content that already sits in a Blob (a stored image's slice of the release file, generated
 * text): it is read once to verify and hash it, then the Blob is referenced. Content that exists
 * only inflated is staged through `stage`, verified and hashed on the way. Files up to
 * `wholeFileLimit` are read whole by `engine` (workers, in the app; the hash is then native),
 * larger ones streamed and hashed here. Several writes may run at once; the zip keeps the order
 * in which they started. `commit` composes the zip; `result()` returns it.
 *
 * The staged files back the result: clear the stager only once the zip has been read
 * (downloaded). `abort` clears it at once.
 */
export function createZipSink(options: {
  rootFolder: string;
  stage: Stager;
  modified?: Date;
  engine?: ContentEngine;
  wholeFileLimit?: number;
}): OutputSink & { result(): Blob } {
  const { rootFolder, stage } = options;
  splitSafePath(rootFolder);
  const engine = options.engine ?? createInThreadEngine();
  const wholeFileLimit = options.wholeFileLimit ?? WHOLE_FILE_LIMIT;
  // One slot per write, taken when the write starts: the zip keeps the order of the calls even
  // when writes finish out of order.
  const slots: (StoredZipFile | undefined)[] = [];
  let zip: Blob | undefined;

  async function write(
    file: OutputFile,
    { signal, onBytes }: { signal?: AbortSignal; onBytes: (n: number) => void },
  ): Promise<WrittenFile> {
    throwIfAborted(signal);
    const slot = slots.push(undefined) - 1;
    const stageName = `${slot}-${splitSafePath(file.path).join('-')}`;
    const source = await wholeFileSource(file, wholeFileLimit);
    let stored: { blob: Blob; sha256: string; size: number };
    if (source) {
      stored =
        source.kind === 'plain'
          ? { blob: source.blob, sha256: await engine.check(source, signal), size: source.size }
          : { ...(await stage.putVerified(stageName, source, engine, signal)), size: source.size };
      onBytes(source.size);
    } else {
      stored = await writeStreamedTo(file, stageName, { signal, onBytes });
    }
    const { blob, size, sha256 } = stored;
    if (size !== file.content.size || blob.size !== file.content.size) {
      throw new AppError('corrupt-entry', `${file.path}: expected ${file.content.size} bytes.`, {
        file: file.path,
      });
    }
    slots[slot] = { path: `${rootFolder}/${file.path}`, blob, size, crc32: file.content.crc32 };
    return { path: file.path, size, sha256 };
  }

  /** Content too large to hold whole: verified and hashed as it streams by. */
  async function writeStreamedTo(
    file: OutputFile,
    stageName: string,
    { signal, onBytes }: { signal?: AbortSignal; onBytes: (n: number) => void },
  ): Promise<{ blob: Blob; sha256: string; size: number }> {
    const content = file.content;
    const reference = content.blob ?? (await content.locateBlob?.());
    const tap = hashingTap(content.stream(signal), onBytes);
    let blob: Blob;
    if (reference) {
      // Read once to verify and hash; the zip then references the bytes where they are.
      const reader = tap.stream.getReader();
      while (!(await reader.read()).done);
      blob = reference;
    } else {
      blob = await stage.put(stageName, tap.stream, signal);
    }
    return { blob, ...tap.seen() };
  }

  return {
    write,
    async commit(signal, onFinishing) {
      throwIfAborted(signal);
      // The zip is handed to the browser as a download right after: it cannot be taken back.
      onFinishing?.();
      const entries = slots.filter((entry): entry is StoredZipFile => entry !== undefined);
      if (entries.length !== slots.length) throw new Error('A file was never written.');
      zip = composeStoredZip(entries, options.modified ?? new Date());
    },
    async abort() {
      slots.length = 0;
      zip = undefined;
      // Nothing of this export is worth keeping; a staged file that cannot be removed now is
      // removed once expired, by a later export.
      await stage.clear().catch(() => undefined);
    },
    result() {
      if (!zip) throw new Error('The zip is only ready after commit.');
      return zip;
    },
  };
}
