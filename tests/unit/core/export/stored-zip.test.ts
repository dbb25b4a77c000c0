import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlobReader, Uint8ArrayWriter, ZipReader } from '@zip.js/zip.js';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../../src/core/checksum/crc32.ts';
import { composeStoredZip } from '../../../../src/core/export/stored-zip.ts';
import { sampleBytes } from '../../../helpers/zip-fixture.ts';

const sources = [
  { path: 'ucs-5.9.8.5760/3111-44500-001.sip.ld', bytes: sampleBytes(70_001, 1) },
  { path: 'ucs-5.9.8.5760/sip.ver', bytes: new TextEncoder().encode('5.9.8.5760\n') },
  { path: 'ucs-5.9.8.5760/empty', bytes: new Uint8Array(0) },
  { path: 'ucs-5.9.8.5760/naïve-ünïcode.txt', bytes: new TextEncoder().encode('é') },
];
const files = sources.map((source) => ({
  path: source.path,
  blob: new Blob([source.bytes]),
  size: source.bytes.length,
  crc32: crc32(source.bytes),
}));
const modified = new Date(2024, 4, 17, 13, 45, 58);

async function readBack(zip: Blob) {
  const reader = new ZipReader(new BlobReader(zip));
  const entries = await reader.getEntries();
  const result = [];
  for (const entry of entries) {
    if (entry.directory) throw new Error(`unexpected directory ${entry.filename}`);
    const bytes = await entry.getData(new Uint8ArrayWriter(), { checkCrc32: true });
    result.push({ entry, bytes });
  }
  await reader.close();
  return result;
}

function hasUnzip(): boolean {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Runs `unzip -t` on the zip; null when the tool is not installed. */
async function unzipTest(zip: Blob): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'stored-zip-'));
  try {
    const path = join(dir, 'out.zip');
    writeFileSync(path, new Uint8Array(await zip.arrayBuffer()));
    return execFileSync('unzip', ['-t', path], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.each([
  ['plain', false],
  ['ZIP64', true],
])('composeStoredZip (%s)', (_kind, forceZip64) => {
  it('reads back with every entry stored, named in UTF-8, CRC-checked and identical', async () => {
    const zip = composeStoredZip(files, modified, { forceZip64 });
    const entries = await readBack(zip);
    expect(entries.map(({ entry }) => entry.filename)).toEqual(sources.map((s) => s.path));
    entries.forEach(({ entry, bytes }, index) => {
      expect(entry.compressionMethod).toBe(0);
      expect(entry.zip64).toBe(forceZip64);
      expect(entry.lastModDate.getTime()).toBe(modified.getTime());
      expect(bytes).toEqual(sources[index]?.bytes);
    });
  });

  // Shown as skipped, not passed, where unzip is missing.
  it.skipIf(!hasUnzip())('passes unzip -t', async () => {
    const report = await unzipTest(composeStoredZip(files, modified, { forceZip64 }));
    expect(report).toContain('No errors detected');
    expect(report).toContain('naïve-ünïcode.txt');
  });
});

describe('composeStoredZip layout', () => {
  it('places headers, data and records at exact offsets', async () => {
    const one = [
      { path: 'a', blob: new Blob(['xyz']), size: 3, crc32: crc32(Uint8Array.of(120, 121, 122)) },
    ];
    const bytes = new Uint8Array(await composeStoredZip(one, modified).arrayBuffer());
    const view = new DataView(bytes.buffer);
    expect(bytes.length).toBe(30 + 1 + 3 + 46 + 1 + 22);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(6, true)).toBe(0x0800);
    expect(view.getUint32(14, true)).toBe(0xeb8eba67);
    expect(new TextDecoder().decode(bytes.subarray(31, 34))).toBe('xyz');
    expect(view.getUint32(34, true)).toBe(0x02014b50);
    const end = bytes.length - 22;
    expect(view.getUint32(end, true)).toBe(0x06054b50);
    expect(view.getUint16(end + 10, true)).toBe(1);
    expect(view.getUint32(end + 12, true)).toBe(47);
    expect(view.getUint32(end + 16, true)).toBe(34);
  });

  it('refuses a Blob whose size differs from the one given', () => {
    const wrong = [{ path: 'a', blob: new Blob(['xy']), size: 3, crc32: 0 }];
    expect(() => composeStoredZip(wrong, modified)).toThrow(RangeError);
  });
});
