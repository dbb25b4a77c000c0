import { inSmallPieces, WHOLE_INFLATE_INPUT_PIECE } from '../archive/small-pieces.ts';
import { sha256HexOf } from '../checksum/sha256.ts';
import { AppError } from '../errors.ts';
import { forEachChunk } from '../streams/for-each-chunk.ts';
import { throwIfAborted } from '../abort.ts';
import { sizeAndCrcCheck, sizeCheck, sourceError } from '../checksum/checked-stream.ts';

/**
 * Where one file's bytes come from, for reading them whole: a Blob holding them as they are
 * (`plain`: a stored entry's slice, generated text), or one gzip member whose inflated bytes are
 * the file (`gzip`: a deflated entry framed with its CRC-32 and size).
 */
export interface BytesSource {
  readonly kind: 'plain' | 'gzip';
  readonly blob: Blob;
  readonly size: number;
  /** Expected CRC-32 (unsigned). */
  readonly crc32: number;
  /** Named in errors. */
  readonly file: string;
}

/** A file's bytes, verified, and their SHA-256. */
export interface VerifiedBytes {
  readonly bytes: Uint8Array<ArrayBuffer>;
  /** Lower-case hex. */
  readonly sha256: string;
}

/**
 * Reads a file whole into one ArrayBuffer (outside the JS heap), checks its size and CRC-32 and
 * hashes it with WebCrypto, which is native and one-shot: this is why the bytes are held whole.
 * A gzip source is inflated natively, its CRC-32 checked by the gzip trailer; it is read into a
 * buffer of the expected size, so an entry that inflates to more is refused before it can
 * take more memory. Callers bound `size` (the whole file is in memory).
 *
 * @throws AppError `corrupt-entry` (wrong size, bad CRC, inflate failure) or `read-failed` (the
 *   source cannot be read), naming the file; an AbortError when `signal` aborts.
 */
export async function readVerified(
  source: BytesSource,
  signal?: AbortSignal,
): Promise<VerifiedBytes> {
  throwIfAborted(signal);
  const bytes =
    source.kind === 'plain' ? await readPlain(source) : await inflateGzip(source, signal);
  throwIfAborted(signal);
  return { bytes, sha256: await sha256Hex(bytes) };
}

async function readPlain(source: BytesSource): Promise<Uint8Array<ArrayBuffer>> {
  const { file } = source;
  if (source.blob.size !== source.size) {
    throw new AppError('corrupt-entry', `Expected ${source.size} bytes, got ${source.blob.size}.`, {
      file,
    });
  }
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await source.blob.arrayBuffer());
  } catch (cause) {
    throw new AppError('read-failed', `Could not read ${file}.`, { file, cause });
  }
  const check = sizeAndCrcCheck(source, file);
  check.update(bytes);
  check.finish();
  return bytes;
}

/** Deflate's best case: one 258-byte match per two bits of input, about 1032 to 1. */
const MAX_DEFLATE_RATIO = 1032;

async function inflateGzip(
  source: BytesSource,
  signal?: AbortSignal,
): Promise<Uint8Array<ArrayBuffer>> {
  const { file, size } = source;
  // A size no deflate stream this long can reach is a damaged record: refused before allocating.
  if (size > source.blob.size * MAX_DEFLATE_RATIO) {
    throw new AppError('corrupt-entry', `${file} cannot inflate to the ${size} bytes declared.`, {
      file,
    });
  }
  const bytes = new Uint8Array(size);
  // The signal stops the inflate at once, even between chunks.
  const inflated = inSmallPieces(source.blob.stream(), WHOLE_INFLATE_INPUT_PIECE).pipeThrough(
    new DecompressionStream('gzip'),
    { signal },
  );
  // Refuses the first chunk past `size`, before it is copied into the buffer.
  const check = sizeCheck(size, file);
  let filled = 0;
  try {
    await forEachChunk(inflated, (chunk) => {
      check.update(chunk);
      bytes.set(chunk, filled);
      filled += chunk.length;
    });
  } catch (error) {
    throwIfAborted(signal);
    throw error instanceof AppError ? error : sourceError(file, error);
  }
  throwIfAborted(signal);
  check.finish();
  return bytes;
}

/**
 * Lower-case hex SHA-256 of `bytes`, computed natively; in JS where WebCrypto is missing (a page
 * served over plain HTTP is not a secure context and has no `crypto.subtle`).
 */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  if (typeof crypto === 'undefined' || crypto.subtle === undefined) return sha256HexOf(bytes);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
