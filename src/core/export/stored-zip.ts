import {
  CENTRAL_HEADER_SIGNATURE,
  END_RECORD_SIGNATURE,
  LOCAL_HEADER_LENGTH,
  LOCAL_HEADER_SIGNATURE,
  METHOD_STORED,
} from '../archive/zip-format.ts';

/** One file of a stored zip: its bytes are referenced, never copied. */
export interface StoredZipFile {
  /** Entry name, `/`-separated. */
  readonly path: string;
  readonly blob: Blob;
  readonly size: number;
  /** CRC-32 of the bytes, unsigned (already verified by the caller). */
  readonly crc32: number;
}

const MAX_32 = 0xffffffff;
const MAX_16 = 0xffff;
const UTF8_NAMES = 0x0800;
const VERSION_PLAIN = 20;
const VERSION_ZIP64 = 45;
/** Made by Unix, so the external attributes below carry file permissions. */
const MADE_BY_UNIX = 3 << 8;
const REGULAR_FILE_644 = 0o100644 * 0x10000;

const encoder = new TextEncoder();

/**
 * A zip whose entries are stored, composed as a Blob of headers and the files' own Blobs: no
 * byte of any file is copied or held in memory, whatever the size. Sizes and CRCs are known up
 * front, so there are no data descriptors. ZIP64 records are added where an offset or size
 * reaches 4 GiB or there are more than 65,535 entries (`forceZip64` adds them everywhere, for
 * tests).
 *
 * @throws RangeError when a file's Blob does not have the size given for it.
 */
export function composeStoredZip(
  files: readonly StoredZipFile[],
  modified: Date,
  options: { forceZip64?: boolean } = {},
): Blob {
  const force = options.forceZip64 === true;
  const { time, date } = dosDateTime(modified);
  const parts: BlobPart[] = [];
  const central: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;

  for (const file of files) {
    if (file.blob.size !== file.size) {
      throw new RangeError(`${file.path}: Blob holds ${file.blob.size} bytes, not ${file.size}`);
    }
    const name = encoder.encode(file.path);
    const common = { name, crc32: file.crc32, size: file.size, time, date };
    const local = localHeader(common, force || file.size >= MAX_32);
    central.push(centralHeader(common, offset, force));
    parts.push(local, file.blob);
    offset += local.length + file.size;
  }

  const directorySize = central.reduce((total, header) => total + header.length, 0);
  const needsZip64 = force || files.length > MAX_16 || offset >= MAX_32 || directorySize >= MAX_32;
  parts.push(...central);
  if (needsZip64) {
    parts.push(zip64EndRecord(files.length, directorySize, offset));
    parts.push(zip64Locator(offset + directorySize));
  }
  parts.push(endRecord(files.length, directorySize, offset, force));
  return new Blob(parts, { type: 'application/zip' });
}

interface HeaderFields {
  name: Uint8Array;
  crc32: number;
  size: number;
  time: number;
  date: number;
}

function localHeader(fields: HeaderFields, zip64: boolean): Uint8Array<ArrayBuffer> {
  const extra = zip64 ? zip64Extra([fields.size, fields.size]) : new Uint8Array(0);
  const header = new Uint8Array(LOCAL_HEADER_LENGTH + fields.name.length + extra.length);
  const view = new DataView(header.buffer);
  view.setUint32(0, LOCAL_HEADER_SIGNATURE, true);
  view.setUint16(4, zip64 ? VERSION_ZIP64 : VERSION_PLAIN, true);
  view.setUint16(6, UTF8_NAMES, true);
  view.setUint16(8, METHOD_STORED, true);
  view.setUint16(10, fields.time, true);
  view.setUint16(12, fields.date, true);
  view.setUint32(14, fields.crc32, true);
  view.setUint32(18, zip64 ? MAX_32 : fields.size, true);
  view.setUint32(22, zip64 ? MAX_32 : fields.size, true);
  view.setUint16(26, fields.name.length, true);
  view.setUint16(28, extra.length, true);
  header.set(fields.name, 30);
  header.set(extra, 30 + fields.name.length);
  return header;
}

function centralHeader(
  fields: HeaderFields,
  offset: number,
  force: boolean,
): Uint8Array<ArrayBuffer> {
  const bigSize = force || fields.size >= MAX_32;
  const bigOffset = force || offset >= MAX_32;
  // The ZIP64 extra holds only the fields that overflowed, in this order.
  const wide = [...(bigSize ? [fields.size, fields.size] : []), ...(bigOffset ? [offset] : [])];
  const extra = wide.length > 0 ? zip64Extra(wide) : new Uint8Array(0);
  const header = new Uint8Array(46 + fields.name.length + extra.length);
  const view = new DataView(header.buffer);
  const version = wide.length > 0 ? VERSION_ZIP64 : VERSION_PLAIN;
  view.setUint32(0, CENTRAL_HEADER_SIGNATURE, true);
  view.setUint16(4, MADE_BY_UNIX | version, true);
  view.setUint16(6, version, true);
  view.setUint16(8, UTF8_NAMES, true);
  view.setUint16(10, METHOD_STORED, true);
  view.setUint16(12, fields.time, true);
  view.setUint16(14, fields.date, true);
  view.setUint32(16, fields.crc32, true);
  view.setUint32(20, bigSize ? MAX_32 : fields.size, true);
  view.setUint32(24, bigSize ? MAX_32 : fields.size, true);
  view.setUint16(28, fields.name.length, true);
  view.setUint16(30, extra.length, true);
  // 32: comment length, 34: disk number, 36: internal attributes — all zero.
  view.setUint32(38, REGULAR_FILE_644, true);
  view.setUint32(42, bigOffset ? MAX_32 : offset, true);
  header.set(fields.name, 46);
  header.set(extra, 46 + fields.name.length);
  return header;
}

/** The ZIP64 extended information extra field (tag 0x0001) holding 64-bit values. */
function zip64Extra(values: readonly number[]): Uint8Array<ArrayBuffer> {
  const extra = new Uint8Array(4 + 8 * values.length);
  const view = new DataView(extra.buffer);
  view.setUint16(0, 0x0001, true);
  view.setUint16(2, 8 * values.length, true);
  values.forEach((value, index) => view.setBigUint64(4 + 8 * index, BigInt(value), true));
  return extra;
}

function zip64EndRecord(
  count: number,
  directorySize: number,
  directoryOffset: number,
): Uint8Array<ArrayBuffer> {
  const record = new Uint8Array(56);
  const view = new DataView(record.buffer);
  view.setUint32(0, 0x06064b50, true);
  view.setBigUint64(4, BigInt(record.length - 12), true);
  view.setUint16(12, MADE_BY_UNIX | VERSION_ZIP64, true);
  view.setUint16(14, VERSION_ZIP64, true);
  // 16: this disk, 20: the directory's disk — both zero.
  view.setBigUint64(24, BigInt(count), true);
  view.setBigUint64(32, BigInt(count), true);
  view.setBigUint64(40, BigInt(directorySize), true);
  view.setBigUint64(48, BigInt(directoryOffset), true);
  return record;
}

function zip64Locator(endRecordOffset: number): Uint8Array<ArrayBuffer> {
  const locator = new Uint8Array(20);
  const view = new DataView(locator.buffer);
  view.setUint32(0, 0x07064b50, true);
  view.setBigUint64(8, BigInt(endRecordOffset), true);
  view.setUint32(16, 1, true); // one disk in all
  return locator;
}

function endRecord(
  count: number,
  directorySize: number,
  directoryOffset: number,
  force: boolean,
): Uint8Array<ArrayBuffer> {
  const record = new Uint8Array(22);
  const view = new DataView(record.buffer);
  view.setUint32(0, END_RECORD_SIGNATURE, true);
  const entries = force || count > MAX_16 ? MAX_16 : count;
  view.setUint16(8, entries, true);
  view.setUint16(10, entries, true);
  view.setUint32(12, force || directorySize >= MAX_32 ? MAX_32 : directorySize, true);
  view.setUint32(16, force || directoryOffset >= MAX_32 ? MAX_32 : directoryOffset, true);
  return record;
}

/** MS-DOS date and time fields, in local time as zip tools expect; two-second resolution. */
function dosDateTime(moment: Date): { time: number; date: number } {
  const year = Math.min(Math.max(moment.getFullYear(), 1980), 2107);
  return {
    time: (moment.getHours() << 11) | (moment.getMinutes() << 5) | (moment.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((moment.getMonth() + 1) << 5) | moment.getDate(),
  };
}
