import { Uint8ArrayWriter, type FileEntry } from '@zip.js/zip.js';
import { AppError } from '../errors.ts';
import type { ArchiveEntry } from './types.ts';
import { createZipReader } from './zipjs-reader.ts';
import { toAppError } from './zipjs-errors.ts';

/**
 * Finds zip.js's own entry for one of ours. The directory is listed again (a few milliseconds,
 * no entry data) rather than keeping zip.js objects inside `Archive`, which stays plain data.
 */
async function findZipEntry(bytes: Blob, entry: ArchiveEntry): Promise<FileEntry> {
  const reader = createZipReader(bytes);
  try {
    const entries = await reader.getEntries();
    const found = entries.find((candidate) => candidate.offset === entry.localHeaderOffset);
    if (found === undefined || found.directory) {
      throw new AppError('read-failed', `${entry.path} is no longer in the archive.`, {
        file: entry.path,
      });
    }
    return found;
  } finally {
    await reader.close();
  }
}

/**
 * Reads a small entry (such as `sip.ver`) whole into memory, CRC-checked.
 *
 * @throws AppError `corrupt-entry` on a CRC or inflate failure, `encrypted`,
 *   `unsupported-compression`, `read-failed`; an AbortError when `signal` fires.
 */
export async function readEntryBytes(
  bytes: Blob,
  entry: ArchiveEntry,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  try {
    const zipEntry = await findZipEntry(bytes, entry);
    return await zipEntry.getData(new Uint8ArrayWriter(), { checkCrc32: true, signal });
  } catch (error) {
    throw toAppError(error, { file: entry.path });
  }
}

/**
 * Streams an entry's uncompressed, CRC-checked bytes. A failure (CRC, inflate, read, abort)
 * errors the stream with the app's error; cancelling the stream stops the read.
 */
export function streamEntryData(
  bytes: Blob,
  entry: ArchiveEntry,
  signal?: AbortSignal,
): ReadableStream<Uint8Array> {
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const writer = writable.getWriter();
  // zip.js aborts the stream it writes to with its raw error; this sink ignores that abort so the
  // reader sees the translated error instead.
  const sink = new WritableStream<Uint8Array>({
    write: (chunk) => writer.write(chunk),
    close: () => writer.close(),
  });
  findZipEntry(bytes, entry)
    .then((zipEntry) => zipEntry.getData(sink, { checkCrc32: true, signal }))
    .catch((error: unknown) => writer.abort(toAppError(error, { file: entry.path })))
    .catch(() => {
      // The reader already cancelled the stream: nobody is left to tell.
    });
  return readable;
}
