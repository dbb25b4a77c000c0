import { createSha256 } from '../../core/checksum/sha256.ts';

/** A stream passing its bytes on unchanged, and what it saw of them once read to the end. */
export interface HashingTap {
  readonly stream: ReadableStream<Uint8Array>;
  /** Byte count and lower-case hex SHA-256 of everything that went by. */
  seen(): { size: number; sha256: string };
}

/**
 * Hashes `source` as it is read (in JS: WebCrypto cannot hash in pieces), counting its bytes:
 * the route for files too large to hold whole.
 */
export function hashingTap(source: ReadableStream<Uint8Array>): HashingTap {
  const hash = createSha256();
  let size = 0;
  const stream = source.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        hash.update(chunk);
        size += chunk.length;
        controller.enqueue(chunk);
      },
    }),
  );
  return { stream, seen: () => ({ size, sha256: hash.digestHex() }) };
}
