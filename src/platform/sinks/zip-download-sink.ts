import { createSha256 } from '../../core/checksum/sha256.ts';
import { AppError } from '../../core/errors.ts';
import { throwIfAborted } from '../../core/export/abort.ts';
import { splitSafePath } from '../../core/export/safe-path.ts';
import type { OutputSink } from '../../core/export/sink.ts';
import { composeStoredZip, type StoredZipFile } from '../../core/export/stored-zip.ts';
import type { OutputFile, WrittenFile } from '../../core/export/types.ts';
import type { Stager } from './stager.ts';

export type { Stager } from './stager.ts';

/**
 * A sink producing one stored zip with every file under `rootFolder/`. No byte is copied for
 * content that already sits in a Blob (a stored image's slice of the release file, generated
 * text): its stream is drained once to verify it and hash it, then the Blob is referenced.
 * Content that exists only as a stream (an inflated image) is staged through `stage`, hashed on
 * the way. `commit` composes the zip; `result()` returns it.
 *
 * The staged files back the result: clear the stager only once the zip has been read
 * (downloaded). `abort` clears it at once.
 */
export function createZipSink(options: {
  rootFolder: string;
  stage: Stager;
  modified?: Date;
}): OutputSink & { result(): Blob } {
  const { rootFolder, stage } = options;
  splitSafePath(rootFolder);
  const entries: StoredZipFile[] = [];
  let zip: Blob | undefined;

  async function write(
    file: OutputFile,
    { signal, onBytes }: { signal?: AbortSignal; onBytes: (n: number) => void },
  ): Promise<WrittenFile> {
    throwIfAborted(signal);
    const segments = splitSafePath(file.path);
    const hash = createSha256();
    let size = 0;
    const observe = (chunk: Uint8Array) => {
      hash.update(chunk);
      size += chunk.length;
      onBytes(chunk.length);
    };
    const content = file.content;
    const reference = content.blob ?? (await content.locateBlob?.());
    let blob: Blob;
    if (reference) {
      const reader = content.stream(signal).getReader();
      for (let read = await reader.read(); !read.done; read = await reader.read()) {
        observe(read.value);
      }
      blob = reference;
    } else {
      const observed = content.stream(signal).pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            observe(chunk);
            controller.enqueue(chunk);
          },
        }),
      );
      blob = await stage.put(`${entries.length}-${segments.join('-')}`, observed, signal);
    }
    if (size !== content.size || blob.size !== content.size) {
      throw new AppError('corrupt-entry', `${file.path}: expected ${content.size} bytes.`, {
        file: file.path,
      });
    }
    entries.push({ path: `${rootFolder}/${file.path}`, blob, size, crc32: content.crc32 });
    return { path: file.path, size, sha256: hash.digestHex() };
  }

  return {
    write,
    async commit(signal) {
      throwIfAborted(signal);
      zip = composeStoredZip(entries, options.modified ?? new Date());
    },
    async abort() {
      entries.length = 0;
      zip = undefined;
      // Nothing of this export is worth keeping; a staged file that cannot be removed now is
      // removed by the next export or the next start (clearStaleStaging).
      await stage.clear().catch(() => undefined);
    },
    result() {
      if (!zip) throw new Error('The zip is only ready after commit.');
      return zip;
    },
  };
}
