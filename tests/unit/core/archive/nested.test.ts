import { describe, expect, it, vi } from 'vitest';
import { readEntryDataRange } from '../../../../src/core/archive/local-header.ts';
import { readEntryWhole } from '../../../../src/core/archive/entry-content.ts';
import { AppError } from '../../../../src/core/errors.ts';
import { openRelease } from '../../../../src/core/release/open-release.ts';
import { flipEntryByte } from '../../../fixtures/damage.ts';
import { expectedImageBytes, makeRelease, writeZip } from '../../../fixtures/make-release.ts';
import { PART, fixtureBlob, namedFixture } from '../../../fixtures/named-fixtures.ts';

const INNER = 'UC_Software_5_9_8_release_sig_split.zip';
const WRAP = 'UC_Software_5_9_8_release_sig_split/';

/** A stager that keeps the inflated inner zip in memory (the browser uses OPFS). */
async function collectToBlob(stream: ReadableStream<Uint8Array>): Promise<Blob> {
  return new Response(stream as ReadableStream<Uint8Array<ArrayBuffer>>).blob();
}

describe('a release zip inside another zip', () => {
  it('stored: opens the inner zip in place, without staging, and its images read back exactly', async () => {
    const outer = await fixtureBlob('nested-stored.zip');
    const stage = vi.fn(collectToBlob);
    const release = await openRelease(outer, 'download.zip', { stage });
    expect(stage).not.toHaveBeenCalled();
    expect(release.archive.name).toBe(`download.zip › ${INNER}`);
    expect(release.version).toBe('5.9.8.5760');
    expect(release.images.map((image) => image.entry.path)).toEqual([
      `${WRAP}${PART.vvx310}.sip.ld`,
      `${WRAP}${PART.vvx500}.sip.ld`,
      `${WRAP}${PART.vvx600}.sip.ld`,
      `${WRAP}${PART.unknown}.sip.ld`,
    ]);
    const vvx500 = release.images[1];
    if (vvx500 === undefined) throw new Error('VVX 500 missing');
    const { start, end } = await readEntryDataRange(release.archive.bytes, vvx500.entry);
    const stored = new Uint8Array(await release.archive.bytes.slice(start, end).arrayBuffer());
    const spec = namedFixture('nested-stored.zip').spec;
    if (spec === undefined) throw new Error('nested-stored.zip has no spec');
    expect(stored).toEqual(expectedImageBytes(spec, PART.vvx500));
  });

  it('deflated: inflates the inner zip through the stager, once', async () => {
    const stage = vi.fn(collectToBlob);
    const release = await openRelease(await fixtureBlob('nested-deflated.zip'), 'download.zip', {
      stage,
    });
    expect(stage).toHaveBeenCalledTimes(1);
    expect(release.archive.name).toBe(`download.zip › ${INNER}`);
    expect(release.images.map((image) => image.outputName)).toEqual([
      `${PART.vvx310}.sip.ld`,
      `${PART.vvx500}.sip.ld`,
      `${PART.vvx600}.sip.ld`,
      `${PART.unknown}.sip.ld`,
    ]);
    const vvx600 = release.images[2];
    if (vvx600 === undefined) throw new Error('VVX 600 missing');
    const spec = namedFixture('nested-deflated.zip').spec ?? { images: [] };
    expect(await readEntryWhole(release.archive, vvx600.entry)).toEqual(
      expectedImageBytes(spec, PART.vvx600),
    );
  });

  it('deflated without a stager: refused with nested-zip-needs-storage', async () => {
    const error = await openRelease(await fixtureBlob('nested-deflated.zip'), 'download.zip').catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('nested-zip-needs-storage');
    expect((error as AppError).file).toBe(INNER);
  });

  it('deflated and damaged: staging fails with corrupt-entry', async () => {
    const outer = await namedFixture('nested-deflated.zip').build();
    const damaged = await flipEntryByte(outer, INNER);
    const error = await openRelease(new Blob([damaged]), 'download.zip', {
      stage: collectToBlob,
    }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('corrupt-entry');
    expect((error as AppError).file).toBe(INNER);
  });

  it('an inner zip that is a Combined package gives that answer', async () => {
    const combined = await makeRelease({ images: [], extra: [{ path: 'sip.ld', size: 1000 }] });
    const outer = await writeZip([
      { path: 'notes.txt', data: 'notes' },
      { path: 'combined.zip', data: combined },
    ]);
    const error = await openRelease(new Blob([outer]), 'download.zip').catch(
      (thrown: unknown) => thrown,
    );
    expect((error as AppError).code).toBe('combined-package');
  });

  it('an archive with neither images nor zips is no-images', async () => {
    const outer = await writeZip([{ path: 'notes.pdf', data: '%PDF' }]);
    const error = await openRelease(new Blob([outer]), 'download.zip').catch(
      (thrown: unknown) => thrown,
    );
    expect((error as AppError).code).toBe('no-images');
  });
});
