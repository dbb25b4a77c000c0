import {
  checkedStream,
  sizeAndCrcCheck,
  sizeCheck,
  sourceError,
} from '../checksum/checked-stream.ts';
import { AppError } from '../errors.ts';
import { collectBytes } from '../streams/for-each-chunk.ts';
import { readEntryDataRange } from './local-header.ts';
import { inSmallPieces } from './small-pieces.ts';
import { assertReadable } from './readable-entry.ts';
import { METHOD_STORED } from './zip-format.ts';
import type { Archive, ArchiveEntry } from './types.ts';

/**
 * Where one archive entry's bytes lie, found without zip.js: a `slice` of the archive holding
 * them as they are (stored), or a `deflated` stream to inflate. Nothing is read until `locate`.
 */
export interface EntryContent {
  readonly kind: 'slice' | 'deflated';
  /** Size once inflated: the size of the file the entry is. */
  readonly size: number;
  /** Expected CRC-32 of those bytes (unsigned), from the central directory. */
  readonly crc32: number;
  /** The entry's path in the archive, named in errors about its bytes. */
  readonly entry: string;
  /**
   * The entry's data as it lies in the archive: the file's bytes for a slice, the raw deflate
   * stream for a deflated entry. Reads the local header once (to learn where the data starts).
   */
  locate(): Promise<Blob>;
}

/**
 * How to read `entry` of `archive`.
 *
 * @throws AppError `encrypted`, `unsupported-compression`, or `corrupt-entry` for a stored entry
 *   whose two sizes differ.
 */
export function entryContent(archive: Archive, entry: ArchiveEntry): EntryContent {
  assertReadable(entry);
  const stored = entry.method === METHOD_STORED;
  if (stored && entry.compressedSize !== entry.size) {
    throw new AppError('corrupt-entry', `${entry.path} is stored but its two sizes differ.`, {
      file: entry.path,
    });
  }
  let located: Promise<Blob> | undefined;
  return {
    kind: stored ? 'slice' : 'deflated',
    size: entry.size,
    crc32: entry.crc32,
    entry: entry.path,
    locate: () => {
      located ??= readEntryDataRange(archive.bytes, entry).then(({ start, end }) =>
        archive.bytes.slice(start, end),
      );
      return located;
    },
  };
}

/**
 * A deflated entry as one gzip member (RFC 1952): its raw deflate data framed with the central
 * directory's CRC-32 and size, so `DecompressionStream('gzip')` inflates it and checks the CRC
 * natively, in whichever thread reads it.
 */
export async function gzipMember(content: EntryContent): Promise<Blob> {
  const header = Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff);
  const trailer = new Uint8Array(8);
  const view = new DataView(trailer.buffer);
  view.setUint32(0, content.crc32, true);
  view.setUint32(4, content.size % 0x100000000, true);
  return new Blob([header, await content.locate(), trailer]);
}

/**
 * The entry's bytes as a stream, verified: a slice's CRC-32 is checked in JS, a deflated
 * entry's by the gzip trailer; the size is counted either way, and the first chunk past it is
 * refused before it is handed on. The stream errors with AppError `corrupt-entry` (bad CRC,
 * wrong size, inflate failure, no local header), `entry-header-mismatch` or `read-failed`,
 * naming the entry, or with an AbortError when `signal` aborts.
 */
export function entryStream(
  content: EntryContent,
  signal?: AbortSignal,
): ReadableStream<Uint8Array> {
  const file = content.entry;
  const translateError = (cause: unknown) => sourceError(file, cause);
  if (content.kind === 'slice') {
    return checkedStream(async () => (await content.locate()).stream(), {
      check: sizeAndCrcCheck(content, file),
      translateError,
      signal,
    });
  }
  const inflated = async () =>
    inSmallPieces((await gzipMember(content)).stream()).pipeThrough(
      new DecompressionStream('gzip'),
    );
  return checkedStream(inflated, { check: sizeCheck(content.size, file), translateError, signal });
}

/**
 * A small entry's verified bytes, whole (`sip.ver`).
 *
 * @throws what {@link entryContent} throws, and what {@link entryStream} errors with.
 */
export async function readEntryWhole(
  archive: Archive,
  entry: ArchiveEntry,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  return collectBytes(entryStream(entryContent(archive, entry), signal));
}
