import { AppError } from '../errors.ts';
import {
  checkedStream,
  sizeAndCrcCheck,
  sizeCheck,
  sourceError,
} from '../export/checked-stream.ts';
import type { OutputContent } from '../export/types.ts';
import { readEntryDataRange } from './local-header.ts';
import { inSmallPieces } from './small-pieces.ts';
import type { Archive, ArchiveEntry } from './types.ts';

const STORED = 0;
const DEFLATED = 8;

/**
 * The verified bytes of one archive entry, read straight from the archive's Blob (zip.js is not
 * involved). Nothing is read until the content is streamed or located.
 *
 * Stored: `locateBlob()` gives a slice of the archive (never copied); `stream()` checks its
 * CRC-32 in JS. Deflated: the raw deflate data is framed as a gzip member carrying the central
 * directory's CRC-32 and size, so `DecompressionStream('gzip')` inflates and checks it natively;
 * the output size is counted too. A deflated entry has no Blob of its bytes: `locateGzip()` gives
 * that gzip member, for inflating it elsewhere (a worker).
 *
 * The streams error with AppError `corrupt-entry` (bad CRC, wrong size, inflate failure, no
 * local header) or `read-failed` (the file cannot be read any more), naming the entry, or with
 * an AbortError when the signal aborts.
 *
 * @throws AppError `encrypted`, or `unsupported-compression` (neither stored nor deflate), or
 *   `corrupt-entry` for a stored entry whose two sizes differ.
 */
export function entryContent(archive: Archive, entry: ArchiveEntry): OutputContent {
  const file = entry.path;
  if (entry.encrypted) {
    throw new AppError('encrypted', `${file} is password-protected.`, { file });
  }
  if (entry.method !== STORED && entry.method !== DEFLATED) {
    throw new AppError(
      'unsupported-compression',
      `${file} uses compression method ${entry.method}; only stored and deflate are supported.`,
      { file },
    );
  }
  let located: Promise<Blob> | undefined;
  const locateData = () => {
    located ??= readEntryDataRange(archive.bytes, entry).then(({ start, end }) =>
      archive.bytes.slice(start, end),
    );
    return located;
  };
  const translateError = (cause: unknown) => sourceError(file, cause);

  if (entry.method === STORED) {
    if (entry.compressedSize !== entry.size) {
      throw new AppError('corrupt-entry', `${file} is stored but its two sizes differ.`, { file });
    }
    return {
      size: entry.size,
      crc32: entry.crc32,
      sourceName: file,
      locateBlob: locateData,
      stream: (signal) =>
        checkedStream(async () => (await locateData()).stream(), {
          check: sizeAndCrcCheck(entry, file),
          translateError,
          signal,
        }),
    };
  }

  const locateGzip = async () => new Blob([gzipHeader(), await locateData(), gzipTrailer(entry)]);
  const inflated = async () =>
    inSmallPieces((await locateGzip()).stream()).pipeThrough(new DecompressionStream('gzip'));
  return {
    size: entry.size,
    crc32: entry.crc32,
    sourceName: file,
    locateGzip,
    stream: (signal) =>
      checkedStream(inflated, { check: sizeCheck(entry.size, file), translateError, signal }),
  };
}

/** RFC 1952 member header: deflate, no flags, no modification time, unknown OS. */
function gzipHeader(): Uint8Array<ArrayBuffer> {
  return Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff);
}

/** RFC 1952 member trailer: CRC-32 then the size modulo 2^32, both little-endian. */
function gzipTrailer(entry: ArchiveEntry): Uint8Array<ArrayBuffer> {
  const trailer = new Uint8Array(8);
  const view = new DataView(trailer.buffer);
  view.setUint32(0, entry.crc32, true);
  view.setUint32(4, entry.size % 0x100000000, true);
  return trailer;
}

/**
 * A small entry's verified bytes, whole (`sip.ver`): {@link entryContent}'s stream, collected.
 *
 * @throws what {@link entryContent} throws, and what its stream errors with.
 */
export async function readEntryWhole(
  archive: Archive,
  entry: ArchiveEntry,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const reader = entryContent(archive, entry).stream(signal).getReader();
  const chunks: Uint8Array[] = [];
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    chunks.push(read.value);
  }
  const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
