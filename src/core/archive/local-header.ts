import { AppError } from '../errors.ts';
import { descriptorAgrees, MAX_DESCRIPTOR_LENGTH } from './data-descriptor.ts';
import {
  localHeaderFields,
  variableLengths,
  type LocalHeaderFields,
} from './local-header-fields.ts';
import type { ArchiveEntry } from './types.ts';
import { LOCAL_HEADER_LENGTH, LOCAL_HEADER_SIGNATURE } from './zip-format.ts';

/** Flags that change how an entry is read or named: encryption, data descriptor, UTF-8 name. */
const FLAGS_THAT_MUST_AGREE = 0x0001 | 0x0008 | 0x0040 | 0x0800;
const DATA_DESCRIPTOR_FLAG = 0x0008;

async function readBytes(bytes: Blob, start: number, end: number, file: string): Promise<DataView> {
  try {
    return new DataView(await bytes.slice(start, end).arrayBuffer());
  } catch (cause) {
    throw new AppError('read-failed', `Could not read the local header of ${file}.`, {
      file,
      cause,
    });
  }
}

function sameBytes(a: DataView, b: Uint8Array): boolean {
  if (a.byteLength !== b.length) return false;
  return b.every((byte, index) => a.getUint8(index) === byte);
}

/**
 * What disagrees between the local header and the central directory, or undefined. Names are
 * outside every checksum, so only this comparison catches one entry's bytes listed under another
 * name. With a data descriptor (flag bit 3) the header may hold zeros instead of the CRC and
 * sizes; any value it does hold must still agree.
 */
function disagreement(
  entry: ArchiveEntry,
  name: DataView,
  local: LocalHeaderFields,
): string | undefined {
  if (!sameBytes(name, entry.rawName)) return 'name';
  if (local.method !== entry.method) return 'compression method';
  if (((local.flags ^ entry.flags) & FLAGS_THAT_MUST_AGREE) !== 0) return 'flags';
  const deferred = (local.flags & DATA_DESCRIPTOR_FLAG) !== 0;
  const agrees = (value: number, central: number) => value === central || (deferred && value === 0);
  if (!agrees(local.crc32, entry.crc32)) return 'CRC-32';
  if (!agrees(local.compressedSize, entry.compressedSize)) return 'compressed size';
  if (!agrees(local.size, entry.size)) return 'size';
  return undefined;
}

/**
 * Locates an entry's raw (possibly compressed) data inside the archive by reading its local
 * header, after checking that the header describes the same entry as the central directory
 * (name, method, flags, and the CRC-32 and sizes where it holds them, or else its data
 * descriptor does). The name and extra field lengths there may differ from the central
 * directory's, so the start can only be known from the header itself. `end` uses the central
 * directory's compressed size, which is authoritative.
 *
 * @throws AppError `corrupt-entry` (naming the entry) when no local header sits at the offset or
 *   the data would run past the end of the archive; `entry-header-mismatch` when the header
 *   disagrees; `read-failed` when the bytes cannot be read.
 */
export function readEntryDataRange(
  bytes: Blob,
  entry: ArchiveEntry,
): Promise<{ start: number; end: number }> {
  // Opening a release checks every header it will read; each export then locates the same
  // entries: the answer is kept per archive and entry, so the header is read once. A failed
  // read is not kept, so a later attempt reads again.
  let ranges = checkedRanges.get(bytes);
  if (!ranges) checkedRanges.set(bytes, (ranges = new WeakMap()));
  const known = ranges.get(entry);
  if (known) return known;
  const range = readRange(bytes, entry);
  ranges.set(entry, range);
  range.catch(() => ranges.delete(entry));
  return range;
}

/** Data ranges already checked, by archive and entry. */
const checkedRanges = new WeakMap<
  Blob,
  WeakMap<ArchiveEntry, Promise<{ start: number; end: number }>>
>();

async function readRange(
  bytes: Blob,
  entry: ArchiveEntry,
): Promise<{ start: number; end: number }> {
  const file = entry.path;
  const offset = entry.localHeaderOffset;
  const fixed = await readBytes(bytes, offset, offset + LOCAL_HEADER_LENGTH, file);
  if (
    fixed.byteLength < LOCAL_HEADER_LENGTH ||
    fixed.getUint32(0, true) !== LOCAL_HEADER_SIGNATURE
  ) {
    throw new AppError('corrupt-entry', `No local header found for ${file}.`, { file });
  }
  const { nameLength, extraLength } = variableLengths(fixed);
  const variableStart = offset + LOCAL_HEADER_LENGTH;
  const start = variableStart + nameLength + extraLength;
  const variable = await readBytes(bytes, variableStart, start, file);
  const name = new DataView(variable.buffer, 0, Math.min(nameLength, variable.byteLength));
  const extra = new DataView(variable.buffer, name.byteLength);
  const mismatch = disagreement(entry, name, localHeaderFields(fixed, extra));
  if (mismatch !== undefined) {
    throw new AppError(
      'entry-header-mismatch',
      `The local header of ${file} disagrees with the central directory: ${mismatch}.`,
      { file },
    );
  }
  const end = start + entry.compressedSize;
  if (end > bytes.size) {
    throw new AppError('corrupt-entry', `The data of ${file} runs past the end of the archive.`, {
      file,
    });
  }
  if ((entry.flags & DATA_DESCRIPTOR_FLAG) !== 0) {
    const descriptor = await readBytes(bytes, end, end + MAX_DESCRIPTOR_LENGTH, file);
    if (!descriptorAgrees(entry, descriptor)) {
      throw new AppError(
        'entry-header-mismatch',
        `The data descriptor of ${file} disagrees with the central directory.`,
        { file },
      );
    }
  }
  return { start, end };
}
