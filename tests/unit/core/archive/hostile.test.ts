import { describe, expect, it } from 'vitest';
import {
  entryContent,
  entryStream,
  gzipMember,
} from '../../../../src/core/archive/entry-content.ts';
import type { InnerZipStage } from '../../../../src/core/archive/nested.ts';
import { AppError } from '../../../../src/core/errors.ts';
import { readVerified } from '../../../../src/core/export/verified-bytes.ts';
import { openRelease } from '../../../../src/core/release/open-release.ts';
import type { Release } from '../../../../src/core/release/types.ts';
import { hostileFixture, hostileImageBytes } from '../../../fixtures/hostile-fixtures.ts';
import { PART, fixtureBlob } from '../../../fixtures/named-fixtures.ts';

async function open(fixture: string, stage?: InnerZipStage): Promise<Release> {
  return openRelease(await hostileFixture(fixture), fixture, { stage });
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Reads a stream to its end or its error, counting the bytes it gave before either. */
async function drain(
  stream: ReadableStream<Uint8Array>,
): Promise<{ bytes: number; error: unknown }> {
  const reader = stream.getReader();
  let bytes = 0;
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      bytes += read.value.length;
    }
  } catch (error) {
    return { bytes, error };
  }
  return { bytes, error: undefined };
}

function image(release: Release, partNumber: string) {
  const found = release.images.find((candidate) => candidate.partNumber === partNumber);
  if (found === undefined) throw new Error(`no image ${partNumber}`);
  return found;
}

describe('decompression bombs stop at the declared size, in every reading path', () => {
  it('sip.ver declaring 10 bytes and inflating to 1 GiB: refused as soon as it passes 10', async () => {
    const error = await refusal(open('bomb-sip-ver.zip'));
    expect(error).toMatchObject({ code: 'corrupt-entry', file: 'sip.ver' });
    expect(error.message).toBe('More than the 10 bytes declared.');
  });

  it('a deflated inner release zip: the stage never gets more than it declares', async () => {
    let staged = 0;
    const stage: InnerZipStage = async (stream) => {
      const { bytes, error } = await drain(stream);
      staged = bytes;
      throw error;
    };
    const error = await refusal(open('bomb-inner-zip.zip', stage));
    expect(error).toMatchObject({
      code: 'corrupt-entry',
      file: 'UC_Software_5_9_8_release_sig_split.zip',
    });
    expect(staged).toBeLessThanOrEqual(1024 * 1024);
  });

  it('an image, streamed: no byte past the declared size reaches the reader', async () => {
    const release = await open('bomb-image.zip');
    const bomb = image(release, PART.vvx600);
    const { bytes, error } = await drain(entryStream(entryContent(release.archive, bomb.entry)));
    expect(error).toMatchObject({ code: 'corrupt-entry', file: bomb.entry.path });
    expect(bytes).toBeLessThanOrEqual(bomb.entry.size);
  });

  it('an image, read whole: refused without taking more than its size', async () => {
    const release = await open('bomb-image.zip');
    const bomb = image(release, PART.vvx600);
    const gzip = await gzipMember(entryContent(release.archive, bomb.entry));
    const source = {
      kind: 'gzip' as const,
      blob: gzip,
      size: bomb.entry.size,
      crc32: 0,
      file: bomb.entry.path,
    };
    expect(await refusal(readVerified(source))).toMatchObject({
      code: 'corrupt-entry',
      file: bomb.entry.path,
    });
  });
});

describe('a declared size no deflate stream of that length can reach', () => {
  it('is refused before a buffer of that size is taken', async () => {
    const gzip = new Blob([new Uint8Array(1000)]);
    const source = {
      kind: 'gzip' as const,
      blob: gzip,
      size: 100 * 1024 * 1024,
      crc32: 0,
      file: 'a.sip.ld',
    };
    const error = await refusal(readVerified(source));
    expect(error).toMatchObject({ code: 'corrupt-entry', file: 'a.sip.ld' });
    expect(error.message).toContain('cannot inflate to the 104857600 bytes declared');
  });
});

describe('archives listing more entries than a release could hold', () => {
  it.each(['many-entries.zip', 'huge-directory.zip'])(
    '%s is refused early',
    async (fixture) => {
      expect(await refusal(open(fixture))).toMatchObject({
        code: 'too-many-entries',
        file: fixture,
      });
    },
    // Writing tens of thousands of entries takes a while on a loaded machine; opening does not.
    30_000,
  );
});

describe('local headers must agree with the central directory', () => {
  it('a local header renamed to another part number is refused, naming the entry', async () => {
    const error = await refusal(open('renamed-local-header.zip'));
    expect(error).toMatchObject({ code: 'entry-header-mismatch', file: `${PART.vvx500}.sip.ld` });
    expect(error.message).toContain('name');
  });

  it('a directory entry pointing at another entry’s header is refused', async () => {
    expect(await refusal(open('retargeted-entry.zip'))).toMatchObject({
      code: 'entry-header-mismatch',
      file: `${PART.vvx600}.sip.ld`,
    });
  });

  it('zeroed directory sizes are caught by the data descriptor the header defers to', async () => {
    expect(await refusal(open('zeroed-directory-sizes.zip'))).toMatchObject({
      code: 'entry-header-mismatch',
      file: `${PART.vvx500}.sip.ld`,
    });
  });

  it('two entries sharing bytes of the archive are refused', async () => {
    expect(await refusal(open('shared-data.zip'))).toMatchObject({
      code: 'overlapping-entries',
      file: `${PART.vvx600}.sip.ld`,
    });
  });

  it('a good release, ZIP64 included, still opens with every header checked', async () => {
    for (const fixture of ['layout-wrapped.zip', 'zip64.zip', 'nested-stored.zip']) {
      const release = await openRelease(await fixtureBlob(fixture), fixture);
      expect(release.images.length).toBeGreaterThan(0);
    }
  });
});

describe('damage is told from truncation', () => {
  it.each([
    ['damaged-zip64-field.zip', 'damaged-zip'],
    ['damaged-directory.zip', 'damaged-zip'],
  ])('%s → %s', async (fixture, code) => {
    expect(await refusal(open(fixture))).toMatchObject({ code, file: fixture });
  });

  it('a cut-off download is still incomplete', async () => {
    const error = await refusal(openRelease(await fixtureBlob('truncated.zip'), 'truncated.zip'));
    expect(error.code).toBe('truncated-zip');
  });
});

describe('what is left out is said', () => {
  it('lists *.ld files named like no known image in a note', async () => {
    const release = await open('unrecognised-firmware-name.zip');
    expect(release.images.map((found) => found.partNumber)).toEqual([PART.vvx500]);
    expect(release.warnings).toContainEqual({
      code: 'unrecognised-firmware-names',
      paths: ['3111-4460O-001.sip.ld', '3111-46161-001.bootrom.ld'],
    });
  });
});

describe('trailing bytes after a deflate stream', () => {
  it('are refused even though the inflated bytes would check out', async () => {
    const release = await open('trailing-junk-after-deflate.zip');
    const padded = image(release, PART.vvx600);
    const content = entryContent(release.archive, padded.entry);
    const { error } = await drain(entryStream(content));
    expect(error).toMatchObject({ code: 'corrupt-entry', file: padded.entry.path });
    const gzip = await gzipMember(content);
    const source = { kind: 'gzip' as const, blob: gzip, ...padded.entry, file: padded.entry.path };
    expect(await refusal(readVerified(source))).toMatchObject({ code: 'corrupt-entry' });
    // The image beside it is untouched.
    const good = image(release, PART.vvx500);
    const bytes = new Uint8Array(
      await new Response(entryStream(entryContent(release.archive, good.entry))).arrayBuffer(),
    );
    expect(bytes).toEqual(hostileImageBytes(PART.vvx500));
  });
});
