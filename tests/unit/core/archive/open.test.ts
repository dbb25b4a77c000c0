import { describe, expect, it } from 'vitest';
import { openArchive } from '../../../../src/core/archive/open.ts';
import { AppError, isAbortError } from '../../../../src/core/errors.ts';
import { makeRelease } from '../../../fixtures/make-release.ts';
import { PART, fixtureBlob } from '../../../fixtures/named-fixtures.ts';

/** Records every byte range read, to prove that listing reads by random access. */
class CountingBlob extends Blob {
  bytesRead = 0;

  override slice(start?: number, end?: number, contentType?: string): Blob {
    const part = super.slice(start, end, contentType);
    this.bytesRead += part.size;
    return part;
  }
}

describe('openArchive', () => {
  it('maps every entry of a release: sizes, method, unsigned CRC, offset, flags', async () => {
    const archive = await openArchive(
      await fixtureBlob('layout-wrapped.zip'),
      'layout-wrapped.zip',
    );
    expect(archive.name).toBe('layout-wrapped.zip');
    expect(archive.entries).toHaveLength(12);
    const [folder, stored, deflated] = archive.entries;
    expect(folder).toMatchObject({
      path: 'UC_Software_5_9_8_release_sig_split/',
      directory: true,
      size: 0,
    });
    expect(stored).toMatchObject({
      path: `UC_Software_5_9_8_release_sig_split/${PART.vvx500}.sip.ld`,
      size: 96 * 1024,
      compressedSize: 96 * 1024,
      method: 0,
      encrypted: false,
      directory: false,
    });
    expect(deflated?.method).toBe(8);
    expect(deflated?.compressedSize).toBeLessThan(deflated?.size ?? 0);
    for (const entry of archive.entries) {
      expect(entry.crc32).toBeGreaterThanOrEqual(0);
      expect(entry.crc32).toBeLessThan(2 ** 32);
    }
    const offsets = archive.entries.map((entry) => entry.localHeaderOffset);
    expect(offsets[0]).toBe(0);
    expect([...offsets].sort((a, b) => a - b)).toEqual(offsets);
  });

  it('lists a ZIP64 archive with the same entries as the plain one', async () => {
    const zip64 = await openArchive(await fixtureBlob('zip64.zip'), 'zip64.zip');
    const plain = await openArchive(await fixtureBlob('layout-wrapped.zip'), 'layout-wrapped.zip');
    const shape = (entry: { path: string; size: number; crc32: number; method: number }) => [
      entry.path,
      entry.size,
      entry.crc32,
      entry.method,
    ];
    expect(zip64.entries.map(shape)).toEqual(plain.entries.map(shape));
  });

  it('reads only a small part of the archive to list it', async () => {
    const bytes = await makeRelease({
      images: [{ partNumber: PART.vvx500, size: 2 * 1024 * 1024 }],
    });
    const blob = new CountingBlob([bytes]);
    const archive = await openArchive(blob, 'big.zip');
    expect(archive.entries.length).toBeGreaterThan(0);
    expect(blob.bytesRead).toBeLessThan(bytes.length / 10);
    expect(archive.bytes).toBe(blob);
  });

  it('marks encrypted entries without refusing to list them', async () => {
    const archive = await openArchive(await fixtureBlob('encrypted.zip'), 'encrypted.zip');
    const image = archive.entries.find((entry) => entry.path === `${PART.vvx500}.sip.ld`);
    expect(image?.encrypted).toBe(true);
  });

  it('lists names zip.js would call unsafe (they never become output paths)', async () => {
    const archive = await openArchive(
      await fixtureBlob('path-traversal.zip'),
      'path-traversal.zip',
    );
    expect(archive.entries.map((entry) => entry.path)).toContain(`../evil/${PART.vvx500}.sip.ld`);
  });

  it.each([
    ['not-a-zip.zip', 'not-a-zip'],
    ['truncated.zip', 'truncated-zip'],
  ])('%s → %s', async (fixture, code) => {
    const error = await openArchive(await fixtureBlob(fixture), fixture).catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
  });

  it('a file shorter than an end record is not a zip', async () => {
    const error = await openArchive(new Blob(['PK']), 'tiny.zip').catch(
      (thrown: unknown) => thrown,
    );
    expect((error as AppError).code).toBe('not-a-zip');
  });

  it('stops with an AbortError when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await openArchive(
      await fixtureBlob('layout-root.zip'),
      'x.zip',
      controller.signal,
    ).catch((thrown: unknown) => thrown);
    expect(isAbortError(error)).toBe(true);
  });
});
