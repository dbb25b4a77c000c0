import { describe, expect, it } from 'vitest';
import { entryContent, gzipMember } from '../../../../src/core/archive/entry-content.ts';
import { crc32 } from '../../../../src/core/checksum/crc32.ts';
import {
  readVerified,
  sha256Hex,
  type BytesSource,
} from '../../../../src/core/export/verified-bytes.ts';
import { entryNamed, listArchive, makeZip, sampleBytes } from '../../../helpers/zip-fixture.ts';
import { sha256Hex as referenceSha256 } from '../../../fixtures/sha256.ts';

const bytes = sampleBytes(300_007, 9);
const plain = (data: Uint8Array<ArrayBuffer>, overrides: Partial<BytesSource> = {}) => ({
  kind: 'plain' as const,
  blob: new Blob([data]),
  size: data.length,
  crc32: crc32(data),
  file: 'a.sip.ld',
  ...overrides,
});

/** The gzip member a deflated entry of `data` offers, and its expected size and CRC. */
async function gzipSource(data: Uint8Array<ArrayBuffer>, corrupt = false): Promise<BytesSource> {
  const zip = await makeZip([{ path: 'x/a.sip.ld', bytes: data, deflate: true }]);
  const archive = await listArchive(zip);
  const content = entryContent(archive, entryNamed(archive, 'x/a.sip.ld'));
  let blob = await gzipMember(content);
  if (corrupt) {
    const raw = new Uint8Array(await blob.arrayBuffer());
    raw[raw.length - 9] = (raw[raw.length - 9] ?? 0) ^ 0x40;
    blob = new Blob([raw]);
  }
  return { kind: 'gzip', blob, size: content.size, crc32: content.crc32, file: 'x/a.sip.ld' };
}

describe('readVerified', () => {
  it('returns plain bytes with their SHA-256', async () => {
    const result = await readVerified(plain(bytes));
    expect(result.bytes).toEqual(bytes);
    expect(result.sha256).toBe(referenceSha256(bytes));
  });

  it('refuses plain bytes whose CRC-32 differs, naming the file', async () => {
    await expect(readVerified(plain(bytes, { crc32: crc32(bytes) ^ 1 }))).rejects.toMatchObject({
      code: 'corrupt-entry',
      file: 'a.sip.ld',
    });
  });

  it('refuses a Blob of another size than expected', async () => {
    await expect(readVerified(plain(bytes, { size: bytes.length + 1 }))).rejects.toMatchObject({
      code: 'corrupt-entry',
      message: `Expected ${bytes.length + 1} bytes, got ${bytes.length}.`,
    });
  });

  it('inflates a gzip member and hashes what came out', async () => {
    const result = await readVerified(await gzipSource(bytes));
    expect(result.bytes).toEqual(bytes);
    expect(result.sha256).toBe(referenceSha256(bytes));
  });

  it('refuses a gzip member whose deflate data was damaged', async () => {
    await expect(readVerified(await gzipSource(bytes, true))).rejects.toMatchObject({
      code: 'corrupt-entry',
      file: 'x/a.sip.ld',
    });
  });

  it('stops reading once the output passes the expected size', async () => {
    const source = { ...(await gzipSource(bytes)), size: 1000 };
    await expect(readVerified(source)).rejects.toMatchObject({
      code: 'corrupt-entry',
      message: 'More than the 1000 bytes declared.',
    });
  });

  it('refuses a gzip member that inflates to fewer bytes than expected', async () => {
    const source = { ...(await gzipSource(bytes)), size: bytes.length + 5 };
    await expect(readVerified(source)).rejects.toMatchObject({ code: 'corrupt-entry' });
  });

  it('ends with an AbortError when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(readVerified(plain(bytes), controller.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
    await expect(readVerified(await gzipSource(bytes), controller.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});

describe('sha256Hex', () => {
  it('hashes in JS where WebCrypto is missing (plain HTTP), with the same result', async () => {
    const subtle = Object.getOwnPropertyDescriptor(globalThis.crypto, 'subtle');
    Object.defineProperty(globalThis.crypto, 'subtle', { value: undefined, configurable: true });
    try {
      expect(await sha256Hex(bytes)).toBe(referenceSha256(bytes));
    } finally {
      if (subtle) Object.defineProperty(globalThis.crypto, 'subtle', subtle);
      else Reflect.deleteProperty(globalThis.crypto, 'subtle');
    }
    expect(globalThis.crypto.subtle).toBeDefined();
  });
});
