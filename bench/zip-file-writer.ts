/**
 * Writes a zip straight to a file, one entry at a time, so a release of a gigabyte or more never
 * sits in memory. Entries of zeros can be left as holes in a sparse file: an archive larger than
 * 2 or 4 GiB costs only the bytes of its real entries.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { crc32, deflateRawSync } from 'node:zlib';

const UINT32_LIMIT = 0xffffffff;
const ZIP64_VERSION = 45;
const PLAIN_VERSION = 20;
// 2024-01-01 00:00, so two runs of the generator write the same bytes.
const DOS_TIME = 0;
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;
const ZERO_CHUNK_BYTES = 64 * 1024 * 1024;

interface CentralRecord {
  readonly name: Buffer;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
}

export interface ZipFileWriter {
  /** Adds an entry; level 0 stores it, 1–9 deflates it (the compressed bytes are held briefly). */
  add(name: string, data: Uint8Array, level: number): Promise<void>;
  /** Adds a stored entry of `size` zero bytes without writing them (a hole in the file). */
  addZeros(name: string, size: number): Promise<void>;
  /** Writes the central directory (ZIP64 records when needed) and closes the file. */
  close(): Promise<void>;
}

/** Starts a zip at `path`, replacing any file there. */
export async function createZipFile(path: string): Promise<ZipFileWriter> {
  const file = await open(path, 'w');
  const records: CentralRecord[] = [];
  let position = 0;

  const write = async (bytes: Uint8Array) => {
    await file.write(bytes, 0, bytes.length, position);
    position += bytes.length;
  };

  const addEntry = async (record: Omit<CentralRecord, 'offset'>, data?: Uint8Array) => {
    const full = { ...record, offset: position };
    records.push(full);
    await write(localHeader(full));
    if (data) await write(data);
    else position += record.size;
  };

  return {
    async add(name, data, level) {
      const compressed = level > 0 ? deflateRawSync(data, { level }) : data;
      const record = {
        name: Buffer.from(name, 'utf8'),
        method: level > 0 ? 8 : 0,
        crc: crc32(data),
        compressedSize: compressed.length,
        size: data.length,
      };
      await addEntry(record, compressed);
    },
    async addZeros(name, size) {
      const record = { name: Buffer.from(name, 'utf8'), method: 0, crc: zerosCrc(size) };
      await addEntry({ ...record, compressedSize: size, size });
    },
    async close() {
      await finish(file, records, position);
    },
  };
}

function zerosCrc(size: number): number {
  const zeros = Buffer.alloc(Math.min(size, ZERO_CHUNK_BYTES));
  let value = 0;
  for (let done = 0; done < size; done += zeros.length) {
    value = crc32(zeros.subarray(0, Math.min(zeros.length, size - done)), value);
  }
  return value;
}

function needsZip64(record: CentralRecord): boolean {
  return (
    record.size >= UINT32_LIMIT ||
    record.compressedSize >= UINT32_LIMIT ||
    record.offset >= UINT32_LIMIT
  );
}

/** The ZIP64 extra field (0x0001) holding the 64-bit values whose 32-bit fields overflowed. */
function zip64Extra(values: readonly number[]): Buffer {
  if (values.length === 0) return Buffer.alloc(0);
  const extra = Buffer.alloc(4 + values.length * 8);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(values.length * 8, 2);
  values.forEach((value, index) => extra.writeBigUInt64LE(BigInt(value), 4 + index * 8));
  return extra;
}

function clamp32(value: number): number {
  return Math.min(value, UINT32_LIMIT);
}

function localHeader(record: CentralRecord): Buffer {
  // A local ZIP64 extra must carry both sizes when either overflows.
  const big = record.size >= UINT32_LIMIT || record.compressedSize >= UINT32_LIMIT;
  const extra = big ? zip64Extra([record.size, record.compressedSize]) : Buffer.alloc(0);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(big ? ZIP64_VERSION : PLAIN_VERSION, 4);
  header.writeUInt16LE(record.method, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt32LE(record.crc, 14);
  header.writeUInt32LE(big ? UINT32_LIMIT : record.compressedSize, 18);
  header.writeUInt32LE(big ? UINT32_LIMIT : record.size, 22);
  header.writeUInt16LE(record.name.length, 26);
  header.writeUInt16LE(extra.length, 28);
  return Buffer.concat([header, record.name, extra]);
}

function centralHeader(record: CentralRecord): Buffer {
  const overflowed = [record.size, record.compressedSize, record.offset].filter(
    (value) => value >= UINT32_LIMIT,
  );
  const extra = zip64Extra(overflowed);
  const version = needsZip64(record) ? ZIP64_VERSION : PLAIN_VERSION;
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE((3 << 8) | version, 4);
  header.writeUInt16LE(version, 6);
  header.writeUInt16LE(record.method, 10);
  header.writeUInt16LE(DOS_TIME, 12);
  header.writeUInt16LE(DOS_DATE, 14);
  header.writeUInt32LE(record.crc, 16);
  header.writeUInt32LE(clamp32(record.compressedSize), 20);
  header.writeUInt32LE(clamp32(record.size), 24);
  header.writeUInt16LE(record.name.length, 28);
  header.writeUInt16LE(extra.length, 30);
  header.writeUInt32LE((0o100644 << 16) >>> 0, 38);
  header.writeUInt32LE(clamp32(record.offset), 42);
  return Buffer.concat([header, record.name, extra]);
}

async function finish(file: FileHandle, records: CentralRecord[], start: number): Promise<void> {
  const directory = Buffer.concat(records.map(centralHeader));
  const zip64 = start + directory.length >= UINT32_LIMIT || records.some(needsZip64);
  const tail: Buffer[] = [directory];
  if (zip64) tail.push(...zip64End(records.length, directory.length, start));
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : records.length, 8);
  end.writeUInt16LE(zip64 ? 0xffff : records.length, 10);
  end.writeUInt32LE(clamp32(directory.length), 12);
  end.writeUInt32LE(zip64 ? UINT32_LIMIT : start, 16);
  tail.push(end);
  const bytes = Buffer.concat(tail);
  await file.write(bytes, 0, bytes.length, start);
  await file.close();
}

/** The ZIP64 end of central directory record and its locator. */
function zip64End(count: number, directorySize: number, directoryOffset: number): Buffer[] {
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE((3 << 8) | ZIP64_VERSION, 12);
  record.writeUInt16LE(ZIP64_VERSION, 14);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(directorySize), 40);
  record.writeBigUInt64LE(BigInt(directoryOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(directoryOffset + directorySize), 8);
  locator.writeUInt32LE(1, 16);
  return [record, locator];
}
