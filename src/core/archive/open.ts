import type { Entry } from '@zip.js/zip.js';
import { MAX_ENTRIES, tooManyEntries } from './listing-limits.ts';
import type { Archive, ArchiveEntry } from './types.ts';
import { createZipReader } from './zipjs-reader.ts';
import { needsFileFacts, toAppError, type ListedFileFacts } from './zipjs-errors.ts';

const LOCAL_HEADER_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** What the app keeps of a zip.js entry: a few numbers and the name, not the ~7 KB object. */
function toArchiveEntry(entry: Entry): ArchiveEntry {
  return {
    path: entry.filename,
    // A copy: zip.js's array is a view into a buffer holding the extra field and comment too.
    rawName: entry.rawFilename.slice(),
    flags: entry.rawBitFlag ?? 0,
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

/** How the file starts and how long it is: reads 4 bytes only. */
async function fileFacts(bytes: Blob): Promise<ListedFileFacts> {
  const head = new Uint8Array(await bytes.slice(0, LOCAL_HEADER_SIGNATURE.length).arrayBuffer());
  return {
    startsLikeZip: LOCAL_HEADER_SIGNATURE.every((byte, index) => head[index] === byte),
    size: bytes.size,
  };
}

/**
 * Lists a zip archive from its central directory, by random access: entry data is never read and
 * the Blob is never loaded whole. Entries are taken one at a time and only what the app needs of
 * each is kept; listing stops at the {@link MAX_ENTRIES}-th. ZIP64 archives list like any other.
 *
 * @throws AppError `not-a-zip`, `truncated-zip` (no end record), `damaged-zip` (the end record
 *   or directory makes no sense), `too-many-entries`, `encrypted` (the directory itself is),
 *   `read-failed` (the Blob cannot be read), `unrecognised-zip`; an AbortError when `signal`
 *   fires.
 */
export async function openArchive(
  bytes: Blob,
  name: string,
  signal?: AbortSignal,
): Promise<Archive> {
  signal?.throwIfAborted();
  const reader = createZipReader(bytes, name);
  try {
    const entries: ArchiveEntry[] = [];
    for await (const entry of reader.getEntriesGenerator()) {
      if (entries.length === MAX_ENTRIES) throw tooManyEntries(name);
      entries.push(toArchiveEntry(entry));
      signal?.throwIfAborted();
    }
    return { bytes, name, entries };
  } catch (error) {
    if (!needsFileFacts(error)) throw toAppError(error, { file: name });
    let facts: ListedFileFacts;
    try {
      facts = await fileFacts(bytes);
    } catch (readError) {
      throw toAppError(readError, { file: name });
    }
    throw toAppError(error, { file: name, facts });
  } finally {
    await reader.close();
  }
}
