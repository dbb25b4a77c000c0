import type { Entry } from '@zip.js/zip.js';
import type { Archive, ArchiveEntry } from './types.ts';
import { createZipReader } from './zipjs-reader.ts';
import { isArchiveStructureError, toAppError } from './zipjs-errors.ts';

const LOCAL_HEADER_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

function toArchiveEntry(entry: Entry): ArchiveEntry {
  return {
    path: entry.filename,
    size: entry.uncompressedSize,
    compressedSize: entry.compressedSize,
    method: entry.compressionMethod,
    // AES (AE-2) entries store no CRC; such entries are refused as encrypted before any read.
    crc32: (entry.crc32 ?? 0) >>> 0,
    localHeaderOffset: entry.offset,
    encrypted: entry.encrypted,
    directory: entry.directory,
  };
}

/**
 * A file that begins like a zip but whose directory cannot be found was cut short (an
 * interrupted download); anything else is not a zip at all. Reads 4 bytes only.
 */
async function startsLikeZip(bytes: Blob): Promise<boolean> {
  const head = new Uint8Array(await bytes.slice(0, LOCAL_HEADER_SIGNATURE.length).arrayBuffer());
  return LOCAL_HEADER_SIGNATURE.every((byte, index) => head[index] === byte);
}

/**
 * Lists a zip archive from its central directory, by random access: entry data is never read and
 * the Blob is never loaded whole. ZIP64 archives list like any other.
 *
 * @throws AppError `not-a-zip` or `truncated-zip` when the directory cannot be found or parsed,
 *   `encrypted` when the directory itself is encrypted, `read-failed` when the Blob cannot be
 *   read; an AbortError when `signal` fires.
 */
export async function openArchive(
  bytes: Blob,
  name: string,
  signal?: AbortSignal,
): Promise<Archive> {
  signal?.throwIfAborted();
  const reader = createZipReader(bytes);
  try {
    const entries = await reader.getEntries();
    signal?.throwIfAborted();
    return { bytes, name, entries: entries.map(toArchiveEntry) };
  } catch (error) {
    if (!isArchiveStructureError(error)) throw toAppError(error, { file: name });
    let looksLikeZip: boolean;
    try {
      looksLikeZip = await startsLikeZip(bytes);
    } catch (readError) {
      throw toAppError(readError, { file: name });
    }
    throw toAppError(error, {
      file: name,
      structureCode: looksLikeZip ? 'truncated-zip' : 'not-a-zip',
    });
  } finally {
    await reader.close();
  }
}
