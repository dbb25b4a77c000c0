import { BlobWriter, Uint8ArrayReader, ZipWriter, configure } from '@zip.js/zip.js';
import { readEntryDataRange } from '../../src/core/archive/local-header.ts';
import { openArchive } from '../../src/core/archive/open.ts';
import type { Archive, ArchiveEntry } from '../../src/core/archive/types.ts';

configure({ useWebWorkers: false });

/** Bytes that deflate well but not trivially, from a seed, so failures can be replayed. */
export function sampleBytes(length: number, seed: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) | 0;
    bytes[i] = 0x41 + ((x >>> 24) % 8);
  }
  return bytes;
}

/** A zip made by zip.js, with each file stored (level 0) or deflated (level 6). */
export async function makeZip(
  files: readonly { path: string; bytes: Uint8Array<ArrayBuffer>; deflate: boolean }[],
): Promise<Blob> {
  const writer = new ZipWriter(new BlobWriter('application/zip'));
  for (const file of files) {
    await writer.add(file.path, new Uint8ArrayReader(file.bytes), { level: file.deflate ? 6 : 0 });
  }
  return writer.close();
}

/** Lists a zip with the app's own archive reader (central directory only). */
export function listArchive(bytes: Blob, name = 'test.zip'): Promise<Archive> {
  return openArchive(bytes, name);
}

export function entryNamed(archive: Archive, path: string): ArchiveEntry {
  const entry = archive.entries.find((candidate) => candidate.path === path);
  if (!entry) throw new Error(`no entry ${path}`);
  return entry;
}

/**
 * The same archive with one byte of an entry's data flipped (`mask` bits), `at` bytes into the
 * data: headers and sizes stay valid, so only a check of the bytes can catch it.
 */
export async function withFlippedByte(
  archive: Archive,
  path: string,
  at: number,
  mask = 0xff,
): Promise<Archive> {
  const { start } = await readEntryDataRange(archive.bytes, entryNamed(archive, path));
  const bytes = new Uint8Array(await archive.bytes.arrayBuffer());
  bytes[start + at] = (bytes[start + at] ?? 0) ^ mask;
  return { ...archive, bytes: new Blob([bytes]) };
}

/** Reads a stream to the end into one array. */
export async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
