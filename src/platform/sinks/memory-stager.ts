import { throwIfAborted } from '../../core/export/abort.ts';
import type { Stager } from './stager.ts';

/**
 * A stager keeping staged bytes in memory, for browsers without OPFS. The output then takes as
 * much memory as its inflated images: the caller warns before large exports.
 */
export function createMemoryStager(): Stager {
  return {
    async put(_name, stream, signal) {
      const parts: Uint8Array<ArrayBuffer>[] = [];
      const reader = stream.getReader();
      try {
        for (let read = await reader.read(); !read.done; read = await reader.read()) {
          throwIfAborted(signal);
          parts.push(ownBuffer(read.value));
        }
      } catch (error) {
        reader.cancel().catch(() => undefined);
        throw error;
      }
      return new Blob(parts);
    },
    async putVerified(_name, source, engine, signal) {
      const { bytes, sha256 } = await engine.read(source, signal);
      return { blob: new Blob([bytes]), sha256 };
    },
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
