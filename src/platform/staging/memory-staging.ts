import { throwIfAborted } from '../../core/abort.ts';
import { forEachChunk } from '../../core/streams/for-each-chunk.ts';
import type { Staging } from './staging.ts';

/**
 * Staging in memory, for browsers without usable OPFS. The output then takes as much memory as
 * its inflated images: the page warns before large exports.
 */
export function createMemoryStaging(): Staging {
  return {
    where: 'memory',
    async put(_name, stream, signal) {
      const parts: Uint8Array<ArrayBuffer>[] = [];
      await forEachChunk(stream, (chunk) => {
        throwIfAborted(signal);
        parts.push(ownBuffer(chunk));
      });
      return new Blob(parts);
    },
    file: async () => undefined,
    // Staged bytes live in the Blobs handed out, which go away with whatever references them.
    async drop() {},
    async clear() {},
  };
}

/** A Blob takes only views of plain ArrayBuffers; copy the rare view of a shared one. */
function ownBuffer(chunk: Uint8Array): Uint8Array<ArrayBuffer> {
  return chunk.buffer instanceof ArrayBuffer
    ? (chunk as Uint8Array<ArrayBuffer>)
    : new Uint8Array(chunk);
}
