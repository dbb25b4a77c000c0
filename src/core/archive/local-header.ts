import { AppError } from '../errors.ts';
import type { ArchiveEntry } from './types.ts';
import { LOCAL_HEADER_LENGTH, LOCAL_HEADER_SIGNATURE } from './zip-format.ts';

/**
 * Locates an entry's raw (possibly compressed) data inside the archive by reading its local
 * header: the name and extra field lengths there may differ from the central directory's, so the
 * start can only be known from the header itself. `end` uses the central directory's
 * compressed size, which is authoritative (no data descriptor is ever consulted).
 *
 * @throws AppError `corrupt-entry` (naming the entry) when no local header sits at the offset or
 *   the data would run past the end of the archive; `read-failed` when the bytes cannot be read.
 */
export async function readEntryDataRange(
  bytes: Blob,
  entry: ArchiveEntry,
): Promise<{ start: number; end: number }> {
  const offset = entry.localHeaderOffset;
  let header: DataView;
  try {
    const buffer = await bytes.slice(offset, offset + LOCAL_HEADER_LENGTH).arrayBuffer();
    header = new DataView(buffer);
  } catch (cause) {
    throw new AppError('read-failed', `Could not read the local header of ${entry.path}.`, {
      file: entry.path,
      cause,
    });
  }
  if (
    header.byteLength < LOCAL_HEADER_LENGTH ||
    header.getUint32(0, true) !== LOCAL_HEADER_SIGNATURE
  ) {
    throw new AppError('corrupt-entry', `No local header found for ${entry.path}.`, {
      file: entry.path,
    });
  }
  const nameLength = header.getUint16(26, true);
  const extraLength = header.getUint16(28, true);
  const start = offset + LOCAL_HEADER_LENGTH + nameLength + extraLength;
  const end = start + entry.compressedSize;
  if (end > bytes.size) {
    throw new AppError(
      'corrupt-entry',
      `The data of ${entry.path} runs past the end of the archive.`,
      {
        file: entry.path,
      },
    );
  }
  return { start, end };
}
