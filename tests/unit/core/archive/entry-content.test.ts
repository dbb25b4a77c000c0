import { describe, expect, it } from 'vitest';
import {
  entryContent,
  entryStream,
  readEntryWhole,
} from '../../../../src/core/archive/entry-content.ts';
import { openArchive } from '../../../../src/core/archive/open.ts';
import { readEntryDataRange } from '../../../../src/core/archive/local-header.ts';
import type { Archive } from '../../../../src/core/archive/types.ts';
import { AppError } from '../../../../src/core/errors.ts';
import {
  collect,
  entryNamed,
  listArchive,
  makeZip,
  sampleBytes,
  withFlippedByte,
} from '../../../helpers/zip-fixture.ts';
import { expectedImageBytes } from '../../../fixtures/make-release.ts';
import { PART, fixtureBlob, namedFixture } from '../../../fixtures/named-fixtures.ts';

const storedBytes = sampleBytes(300_001, 1);
const deflatedBytes = sampleBytes(250_003, 2);

let cached: Promise<Archive> | undefined;

/** Made once: zip.js takes a while to start in Node. */
function sampleArchive(): Promise<Archive> {
  cached ??= makeZip([
    { path: 'Split/3111-44500-001.sip.ld', bytes: storedBytes, deflate: false },
    { path: 'Split/3111-46157-001.sip.ld', bytes: deflatedBytes, deflate: true },
    { path: 'empty.txt', bytes: new Uint8Array(0), deflate: true },
  ]).then((bytes) => listArchive(bytes));
  return cached;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('entryContent', () => {
  it('streams a stored entry and locates it as a slice of the archive', async () => {
    const archive = await sampleArchive();
    const entry = entryNamed(archive, 'Split/3111-44500-001.sip.ld');
    expect(entry.method).toBe(0);
    const content = entryContent(archive, entry);
    expect(content.size).toBe(storedBytes.length);
    expect(await collect(entryStream(content))).toEqual(storedBytes);
    // May be streamed again.
    expect(await collect(entryStream(content))).toEqual(storedBytes);
    expect(content.kind).toBe('slice');
    const blob = await content.locate();
    expect(blob.size).toBe(storedBytes.length);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(storedBytes);
  });

  it('inflates a deflated entry, located as its raw deflate data', async () => {
    const archive = await sampleArchive();
    const entry = entryNamed(archive, 'Split/3111-46157-001.sip.ld');
    expect(entry.method).toBe(8);
    expect(entry.compressedSize).toBeLessThan(entry.size);
    const content = entryContent(archive, entry);
    expect(content.kind).toBe('deflated');
    expect((await content.locate()).size).toBe(entry.compressedSize);
    expect(await collect(entryStream(content))).toEqual(deflatedBytes);
    expect(
      await collect(entryStream(entryContent(archive, entryNamed(archive, 'empty.txt')))),
    ).toEqual(new Uint8Array(0));
  });

  it.each([
    ['stored', 'Split/3111-44500-001.sip.ld', 123_456],
    ['deflated', 'Split/3111-46157-001.sip.ld', 20_000],
  ])('fails a %s entry with one flipped byte as corrupt, naming it', async (_kind, path, at) => {
    const archive = await withFlippedByte(await sampleArchive(), path, at);
    const error = await failure(
      collect(entryStream(entryContent(archive, entryNamed(archive, path)))),
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('corrupt-entry');
    expect((error as AppError).file).toBe(path);
  });

  it('fails a deflated entry whose inflated size differs from the directory', async () => {
    const archive = await sampleArchive();
    const entry = entryNamed(archive, 'Split/3111-46157-001.sip.ld');
    const error = await failure(
      collect(entryStream(entryContent(archive, { ...entry, size: entry.size + 1 }))),
    );
    // zip.js writes data descriptors, which then disagree with the directory before any inflating.
    expect((error as AppError).code).toBe('entry-header-mismatch');
  });

  it('fails when no local header sits at the offset', async () => {
    const archive = await sampleArchive();
    const entry = entryNamed(archive, 'Split/3111-44500-001.sip.ld');
    const moved = { ...entry, localHeaderOffset: entry.localHeaderOffset + 1 };
    const error = await failure(collect(entryStream(entryContent(archive, moved))));
    expect((error as AppError).code).toBe('corrupt-entry');
    expect((error as AppError).file).toBe(entry.path);
    await expect(readEntryDataRange(archive.bytes, moved)).rejects.toMatchObject({
      code: 'corrupt-entry',
      file: entry.path,
    });
  });

  it('refuses other compression methods and encrypted entries up front', async () => {
    const archive = await sampleArchive();
    const entry = entryNamed(archive, 'Split/3111-46157-001.sip.ld');
    expect(() => entryContent(archive, { ...entry, method: 14 })).toThrow(
      expect.objectContaining({ code: 'unsupported-compression', file: entry.path }),
    );
    expect(() => entryContent(archive, { ...entry, encrypted: true })).toThrow(
      expect.objectContaining({ code: 'encrypted' }),
    );
  });

  it.each([
    ['stored', 'Split/3111-44500-001.sip.ld'],
    ['deflated', 'Split/3111-46157-001.sip.ld'],
  ])('ends a %s stream with an AbortError when cancelled', async (_kind, path) => {
    const archive = await sampleArchive();
    const content = entryContent(archive, entryNamed(archive, path));

    const before = new AbortController();
    before.abort();
    expect(await failure(collect(entryStream(content, before.signal)))).toMatchObject({
      name: 'AbortError',
    });

    const during = new AbortController();
    const reader = entryStream(content, during.signal).getReader();
    expect((await reader.read()).done).toBe(false);
    during.abort(new Error('some other reason'));
    expect(await failure(reader.read())).toMatchObject({ name: 'AbortError' });
  });
});

describe('readEntryWhole', () => {
  const opened = async (fixture: string) => openArchive(await fixtureBlob(fixture), fixture);
  const entryAt = (archive: Archive, path: string) => {
    const found = archive.entries.find((candidate) => candidate.path === path);
    if (found === undefined) throw new Error(`${path} not listed`);
    return found;
  };
  const spec = namedFixture('layout-root.zip').spec ?? { images: [] };

  it('returns the exact bytes of a stored and of a deflated entry', async () => {
    const archive = await opened('layout-root.zip');
    for (const part of [PART.vvx500, PART.vvx600]) {
      expect(await readEntryWhole(archive, entryAt(archive, `${part}.sip.ld`))).toEqual(
        expectedImageBytes(spec, part),
      );
    }
  });

  it('refuses a flipped byte (by the CRC) and an encrypted entry, naming the file', async () => {
    const corrupt = await opened('crc-corrupt.zip');
    const path = `${PART.vvx500}.sip.ld`;
    await expect(readEntryWhole(corrupt, entryAt(corrupt, path))).rejects.toMatchObject({
      code: 'corrupt-entry',
      file: path,
    });
    const encrypted = await opened('encrypted.zip');
    await expect(readEntryWhole(encrypted, entryAt(encrypted, 'sip.ver'))).rejects.toMatchObject({
      code: 'encrypted',
    });
  });
});
