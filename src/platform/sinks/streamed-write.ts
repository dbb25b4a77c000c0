import type { OutputFile } from '../../core/export/types.ts';
import { createGroupedWriter } from './grouped-writer.ts';
import { hashingTap } from './hashing-tap.ts';

/**
 * Streams `file`'s content into `write` in grouped writes, hashing it on the way (in JS, as
 * WebCrypto cannot hash in pieces): the route for files too large to hold whole. The content's
 * stream errors at the end when the bytes were wrong, so the written bytes must then be thrown
 * away; on any failure the stream is cancelled and the error rethrown.
 */
export async function writeStreamed(
  file: OutputFile,
  write: (group: Uint8Array<ArrayBuffer>) => Promise<void>,
  options: { signal?: AbortSignal; onBytes: (n: number) => void },
): Promise<{ size: number; sha256: string }> {
  const grouped = createGroupedWriter(write, file.content.size);
  const tap = hashingTap(file.content.stream(options.signal), options.onBytes);
  const reader = tap.stream.getReader();
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      await grouped.push(read.value);
    }
    await grouped.flush();
  } catch (error) {
    // The source may still be running (a write failed); it has nothing left to say.
    reader.cancel().catch(() => undefined);
    throw error;
  }
  return tap.seen();
}
