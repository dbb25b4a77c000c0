import { describe, expect, it } from 'vitest';
import { openArchive } from '../../../src/core/archive/open.ts';
import { readEntryBytes, streamEntryData } from '../../../src/core/archive/read-entry.ts';
import type { Archive, ArchiveEntry } from '../../../src/core/archive/types.ts';
import { AppError } from '../../../src/core/errors.ts';
import { expectedImageBytes } from '../../fixtures/make-release.ts';
import { PART, fixtureBlob, namedFixture } from '../../fixtures/named-fixtures.ts';

async function opened(fixture: string): Promise<Archive> {
  return openArchive(await fixtureBlob(fixture), fixture);
}

function entry(archive: Archive, path: string): ArchiveEntry {
  const found = archive.entries.find((candidate) => candidate.path === path);
  if (found === undefined) throw new Error(`${path} not listed`);
  return found;
}

const spec = namedFixture('layout-root.zip').spec ?? { images: [] };

describe('readEntryBytes', () => {
  it('returns the exact bytes of a stored and of a deflated image', async () => {
    const archive = await opened('layout-root.zip');
    const stored = await readEntryBytes(archive.bytes, entry(archive, `${PART.vvx500}.sip.ld`));
    const deflated = await readEntryBytes(archive.bytes, entry(archive, `${PART.vvx600}.sip.ld`));
    expect(stored).toEqual(expectedImageBytes(spec, PART.vvx500));
    expect(deflated).toEqual(expectedImageBytes(spec, PART.vvx600));
  });

  it('catches a flipped byte in stored data by its CRC', async () => {
    const archive = await opened('crc-corrupt.zip');
    const error = await readEntryBytes(
      archive.bytes,
      entry(archive, `${PART.vvx500}.sip.ld`),
    ).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('corrupt-entry');
    expect((error as AppError).file).toBe(`${PART.vvx500}.sip.ld`);
  });

  it('refuses an encrypted entry', async () => {
    const archive = await opened('encrypted.zip');
    const error = await readEntryBytes(archive.bytes, entry(archive, 'sip.ver')).catch(
      (thrown: unknown) => thrown,
    );
    expect((error as AppError).code).toBe('encrypted');
  });
});

describe('streamEntryData', () => {
  it('streams a deflated image inflated, byte for byte', async () => {
    const archive = await opened('layout-root.zip');
    const stream = streamEntryData(archive.bytes, entry(archive, `${PART.vvx600}.sip.ld`));
    const bytes = new Uint8Array(
      await new Response(stream as ReadableStream<Uint8Array<ArrayBuffer>>).arrayBuffer(),
    );
    expect(bytes).toEqual(expectedImageBytes(spec, PART.vvx600));
  });

  it('errors the stream with corrupt-entry when the CRC does not match', async () => {
    const archive = await opened('crc-corrupt.zip');
    const stream = streamEntryData(archive.bytes, entry(archive, `${PART.vvx500}.sip.ld`));
    const error = await new Response(stream as ReadableStream<Uint8Array<ArrayBuffer>>)
      .arrayBuffer()
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('corrupt-entry');
  });
});
