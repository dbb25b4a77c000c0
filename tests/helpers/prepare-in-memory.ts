import { contentStream } from '../../src/core/export/content-source.ts';
import type { PrepareFile } from '../../src/core/export/sink.ts';
import { collectBytes } from '../../src/core/streams/for-each-chunk.ts';
import { sha256Hex } from '../fixtures/sha256.ts';

/**
 * Prepares a file the plainest way, in Node: its checked stream read whole, hashed with Node's
 * crypto, kept in memory. Enough to test what comes before and after preparing.
 */
export const prepareInMemory: PrepareFile = async (file, signal) => {
  const bytes = new Uint8Array(await collectBytes(contentStream(file, signal)));
  return {
    path: file.path,
    size: bytes.length,
    crc32: file.content.crc32,
    sha256: Promise.resolve(sha256Hex(bytes)),
    blob: new Blob([bytes]),
    release: async () => {},
  };
};
