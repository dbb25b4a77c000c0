import { describe, expect, it } from 'vitest';
import { AppError, type ErrorCode } from '../../../../src/core/errors.ts';
import { openRelease } from '../../../../src/core/release/open-release.ts';
import type { Release } from '../../../../src/core/release/types.ts';
import { PART, fixtureBlob } from '../../../fixtures/named-fixtures.ts';

const WRAP = 'UC_Software_5_9_8_release_sig_split/';
/** The four images of the split fixtures, in display order: VVX by name, unknown last. */
const SPLIT_OUTPUT = [
  `${PART.vvx310}.sip.ld`,
  `${PART.vvx500}.sip.ld`,
  `${PART.vvx600}.sip.ld`,
  `${PART.unknown}.sip.ld`,
];
const SPLIT_MODELS = ['VVX 310', 'VVX 500', 'VVX 600', undefined];

async function open(fixture: string, archiveName = fixture): Promise<Release> {
  return openRelease(await fixtureBlob(fixture), archiveName);
}

async function openError(fixture: string): Promise<AppError> {
  const error: unknown = await open(fixture).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

function outputNames(release: Release): string[] {
  return release.images.map((image) => image.outputName);
}

function paths(release: Release): string[] {
  return release.images.map((image) => image.entry.path);
}

describe('openRelease on archives that open', () => {
  it.each([
    ['layout-root.zip', ''],
    ['layout-wrapped.zip', WRAP],
    ['layout-mixed.zip', ''],
    ['layout-deep.zip', 'Downloads/Poly/UC Software 5.9.8/'],
  ])('%s: finds the split images under %j', async (fixture, folder) => {
    const release = await open(fixture);
    expect(outputNames(release)).toEqual(SPLIT_OUTPUT);
    expect(release.images.map((image) => image.model?.name)).toEqual(SPLIT_MODELS);
    expect(release.images.map((image) => image.kind)).toEqual(['sip', 'sip', 'sip', 'sip']);
    expect(paths(release)).toEqual(SPLIT_OUTPUT.map((name) => `${folder}${name}`));
    expect(release.sipVer?.path).toBe(`${folder}sip.ver`);
    expect(release.version).toBe('5.9.8.5760');
    expect(release.warnings).toEqual([]);
    expect(release.archive.name).toBe(fixture);
  });

  it.each(['sip-ver-bom.zip', 'sip-ver-crlf.zip', 'sip-ver-trailing-spaces.zip', 'sip-ver-lf.zip'])(
    '%s: reads the clean version',
    async (fixture) => {
      const release = await open(fixture);
      expect(release.version).toBe('5.9.8.5760');
      expect(release.warnings).toEqual([]);
    },
  );

  it('sip-ver-missing.zip: warns and offers a guess from the archive name', async () => {
    const release = await open(
      'sip-ver-missing.zip',
      'Polycom-UC-Software-5.8.2-rts68-release-sig-split.zip',
    );
    expect(release.sipVer).toBeUndefined();
    expect(release.version).toBe('5.8.2');
    expect(release.warnings).toEqual([
      { code: 'sip-ver-missing' },
      { code: 'version-guessed-from-name', guess: '5.8.2' },
      { code: 'version-unusual', version: '5.8.2' },
    ]);
  });

  it('sip-ver-missing.zip: without a version in the name, the version is empty', async () => {
    const release = await open('sip-ver-missing.zip');
    expect(release.version).toBe('');
    expect(release.warnings).toEqual([{ code: 'sip-ver-missing' }]);
  });

  it('several-sip-ver.zip: uses the sip.ver beside the images and warns', async () => {
    const release = await open('several-sip-ver.zip');
    expect(release.sipVer?.path).toBe(`${WRAP}sip.ver`);
    expect(release.version).toBe('5.9.8.5760');
    expect(release.warnings).toEqual([
      { code: 'several-sip-ver', used: `${WRAP}sip.ver`, ignored: ['old/sip.ver'] },
    ]);
  });

  it('version-unusual.zip: keeps the label and warns', async () => {
    const release = await open('version-unusual.zip');
    expect(release.version).toBe('4.0.11 Rev K');
    expect(release.warnings).toEqual([{ code: 'version-unusual', version: '4.0.11 Rev K' }]);
  });

  it('sip-3x.zip: lists the SoundPoint images and warns about SIP 3.x', async () => {
    const release = await open('sip-3x.zip');
    expect(outputNames(release)).toEqual([`${PART.ip450}.sip.ld`, `${PART.ip650}.sip.ld`]);
    expect(release.images.map((image) => image.model?.name)).toEqual([
      'SoundPoint IP 450',
      'SoundPoint IP 650',
    ]);
    expect(release.version).toBe('3.2.4.0267');
    expect(release.warnings).toEqual([{ code: 'sip-3x', version: '3.2.4.0267' }]);
  });

  it('newer-than-model-line.zip: warns for the VVX 500 only', async () => {
    const release = await open('newer-than-model-line.zip');
    expect(release.images.map((image) => image.model?.name)).toEqual(['VVX 500', 'VVX 501']);
    expect(release.warnings).toEqual([
      { code: 'newer-than-model-line', partNumber: PART.vvx500, modelLine: '5.9.x' },
    ]);
  });

  it('upper-case-names.zip: matches names in any case and outputs the canonical ones', async () => {
    const release = await open('upper-case-names.zip');
    expect(paths(release)).toEqual([`${PART.vvx500}.SIP.LD`, `${PART.vvx600}.Sip.Ld`]);
    expect(outputNames(release)).toEqual([`${PART.vvx500}.sip.ld`, `${PART.vvx600}.sip.ld`]);
    expect(release.sipVer?.path).toBe('SIP.VER');
    expect(release.version).toBe('5.9.8.5760');
  });

  it('mac-junk.zip: ignores __MACOSX and ._ files', async () => {
    const release = await open('mac-junk.zip');
    expect(outputNames(release)).toEqual(SPLIT_OUTPUT);
    expect(paths(release)).toEqual(SPLIT_OUTPUT.map((name) => `${WRAP}${name}`));
    expect(release.warnings).toEqual([]);
  });

  it('non-ascii-names.zip: opens, names elsewhere listed intact', async () => {
    const release = await open('non-ascii-names.zip');
    expect(outputNames(release)).toEqual(SPLIT_OUTPUT);
    expect(release.archive.entries.map((entry) => entry.path)).toContain(
      'Sonneries/Mélodie été.wav',
    );
    expect(release.archive.entries.map((entry) => entry.path)).toContain(
      'VVXLocalization/日本語_日本/VVX-dictionary.xml',
    );
  });

  it('duplicate-part-number.zip: prefers the copy beside sip.ver and warns', async () => {
    const release = await open('duplicate-part-number.zip');
    expect(paths(release)).toEqual([
      `${WRAP}${PART.vvx500}.sip.ld`,
      `${WRAP}${PART.vvx600}.sip.ld`,
    ]);
    expect(release.warnings).toEqual([
      {
        code: 'duplicate-part-number',
        partNumber: PART.vvx500,
        used: `${WRAP}${PART.vvx500}.sip.ld`,
        ignored: [`backup/${PART.vvx500}.sip.ld`],
      },
    ]);
  });

  it('d60-dect.zip: lists the D60 base as a dect image that the custom server cannot install', async () => {
    const release = await open('d60-dect.zip');
    expect(outputNames(release)).toEqual([`${PART.vvx500}.sip.ld`, `${PART.d60}.dect.ld`]);
    expect(release.images.map((image) => image.kind)).toEqual(['sip', 'dect']);
    expect(release.sipVer?.path).toBe('sip.ver');
    expect(release.version).toBe('5.9.8.5760');
  });

  it.each([
    ['zero-byte-image.zip', 0],
    ['small-image.zip', 1000],
  ])('%s: warns that the image is too small', async (fixture, size) => {
    const release = await open(fixture);
    expect(outputNames(release)).toEqual([`${PART.vvx500}.sip.ld`, `${PART.vvx600}.sip.ld`]);
    expect(release.warnings).toEqual([{ code: 'image-too-small', partNumber: PART.vvx500, size }]);
  });

  it('path-traversal.zip: lists the images under canonical output names only', async () => {
    const release = await open('path-traversal.zip');
    expect(outputNames(release)).toEqual([
      `${PART.vvx310}.sip.ld`,
      `${PART.vvx500}.sip.ld`,
      `${PART.vvx600}.sip.ld`,
      `${PART.vvx1500}.sip.ld`,
    ]);
    expect(paths(release)).toEqual([
      `C:/firmware/${PART.vvx310}.sip.ld`,
      `../evil/${PART.vvx500}.sip.ld`,
      `/abs/${PART.vvx600}.sip.ld`,
      `Firmware\\${PART.vvx1500}.sip.ld`,
    ]);
    for (const name of outputNames(release))
      expect(name).toMatch(/^[0-9]{4}-[0-9]{5}-[0-9]{3}\.sip\.ld$/);
  });

  it('zip64.zip: lists and opens like any other', async () => {
    const release = await open('zip64.zip');
    expect(outputNames(release)).toEqual(SPLIT_OUTPUT);
    expect(release.version).toBe('5.9.8.5760');
  });

  it('crc-corrupt.zip: still opens (the damage is only found when the image is read)', async () => {
    const release = await open('crc-corrupt.zip');
    expect(outputNames(release)).toEqual(SPLIT_OUTPUT);
  });
});

describe('openRelease on archives it refuses', () => {
  it.each<[string, ErrorCode, string | undefined]>([
    ['encrypted.zip', 'encrypted', `${PART.vvx310}.sip.ld`],
    ['combined-package.zip', 'combined-package', 'sip.ld'],
    ['no-images.zip', 'no-images', undefined],
    ['unsupported-compression.zip', 'unsupported-compression', `${PART.vvx500}.sip.ld`],
    ['empty.zip', 'empty-archive', undefined],
    ['truncated.zip', 'truncated-zip', 'truncated.zip'],
    ['not-a-zip.zip', 'not-a-zip', 'not-a-zip.zip'],
  ])('%s → %s', async (fixture, code, file) => {
    const error = await openError(fixture);
    expect(error.code).toBe(code);
    expect(error.file).toBe(file);
  });

  it('keeps the zip.js error as the cause', async () => {
    const error = await openError('not-a-zip.zip');
    expect((error.cause as Error).message).toBe('End of central directory not found');
  });
});
