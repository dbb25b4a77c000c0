import { describe, expect, it } from 'vitest';
import type { ArchiveEntry } from '../../../../src/core/archive/types.ts';
import { AppError } from '../../../../src/core/errors.ts';
import { detectRelease, MIN_PLAUSIBLE_IMAGE_SIZE } from '../../../../src/core/release/detect.ts';

let nextOffset = 0;

function file(path: string, overrides: Partial<ArchiveEntry> = {}): ArchiveEntry {
  nextOffset += 1000;
  return {
    path,
    rawName: new TextEncoder().encode(path),
    flags: 0,
    size: 100_000,
    compressedSize: 100_000,
    method: 0,
    crc32: 1,
    localHeaderOffset: nextOffset,
    encrypted: false,
    directory: false,
    ...overrides,
  };
}

function detectionError(entries: ArchiveEntry[]): AppError {
  try {
    detectRelease(entries);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('detectRelease did not throw');
}

describe('detectRelease: output names', () => {
  it('builds canonical output names whatever the entry path looks like', () => {
    const detection = detectRelease([
      file('..\\..\\3111-44500-001.SIP.LD'),
      file('C:\\fw\\3111-44600-001.sip.ld'),
      file('/etc/3111-46161-001.Sip.Ld'),
      file('a/../../3111-17823-001.DECT.LD'),
    ]);
    expect(detection.images.map((image) => [image.outputName, image.kind])).toEqual([
      ['3111-46161-001.sip.ld', 'sip'],
      ['3111-44500-001.sip.ld', 'sip'],
      ['3111-44600-001.sip.ld', 'sip'],
      ['3111-17823-001.dect.ld', 'dect'],
    ]);
  });

  it('ignores names that only look like images', () => {
    const error = detectionError([
      file('3111-44500-01.sip.ld'),
      file('3111-44500-001.sip.ld.bak'),
      file('x3111-44500-001.sip.ld'),
      file('3111-44500-001.sip'),
    ]);
    expect(error.code).toBe('no-images');
  });
});

describe('detectRelease: order', () => {
  it('sorts by catalog family, then model name in natural order, unknown part numbers last', () => {
    const detection = detectRelease([
      file('3111-99999-002.sip.ld'),
      file('2345-12600-001.sip.ld'),
      file('2345-17960-001.sip.ld'),
      file('3111-99999-001.sip.ld'),
      file('3111-46135-002.sip.ld'),
      file('3111-65290-001.sip.ld'),
    ]);
    expect(detection.images.map((image) => image.model?.name ?? image.partNumber)).toEqual([
      'VVX 300',
      'VVX 1500',
      'RealPresence Trio 8800',
      'SoundPoint IP 650',
      '3111-99999-001',
      '3111-99999-002',
    ]);
  });
});

describe('detectRelease: refusals', () => {
  it('an archive of folders only is empty', () => {
    expect(detectionError([file('UCS/', { directory: true, size: 0 })]).code).toBe('empty-archive');
  });

  it('an archive of macOS junk only has no images', () => {
    expect(detectionError([file('__MACOSX/._3111-44500-001.sip.ld')]).code).toBe('no-images');
  });

  it('a lone sip.ld in any case is a Combined package', () => {
    const error = detectionError([file('UCS/SIP.LD'), file('UCS/sip.ver')]);
    expect(error.code).toBe('combined-package');
    expect(error.file).toBe('UCS/SIP.LD');
  });

  it('a sip.ld beside split images is ignored', () => {
    const detection = detectRelease([file('sip.ld'), file('3111-44500-001.sip.ld')]);
    expect(detection.images.map((image) => image.outputName)).toEqual(['3111-44500-001.sip.ld']);
  });

  it('an encrypted sip.ver is refused, naming it', () => {
    const error = detectionError([
      file('3111-44500-001.sip.ld'),
      file('sip.ver', { encrypted: true }),
    ]);
    expect(error.code).toBe('encrypted');
    expect(error.file).toBe('sip.ver');
  });

  it('an encrypted copy that is not used does not block the release', () => {
    const detection = detectRelease([
      file('UCS/3111-44500-001.sip.ld'),
      file('UCS/sip.ver'),
      file('old/3111-44500-001.sip.ld', { encrypted: true }),
    ]);
    expect(detection.images[0]?.entry.path).toBe('UCS/3111-44500-001.sip.ld');
  });

  it('an image compressed with another method is refused', () => {
    const error = detectionError([file('3111-44500-001.sip.ld', { method: 9 })]);
    expect(error.code).toBe('unsupported-compression');
    expect(error.file).toBe('3111-44500-001.sip.ld');
  });
});

describe('detectRelease: choices and warnings', () => {
  it('without sip.ver, keeps the shallowest copy of a duplicate', () => {
    const detection = detectRelease([
      file('a/b/3111-44500-001.sip.ld'),
      file('z/3111-44500-001.sip.ld'),
    ]);
    expect(detection.sipVer).toBeUndefined();
    expect(detection.warnings).toEqual([
      {
        code: 'duplicate-part-number',
        partNumber: '3111-44500-001',
        used: 'z/3111-44500-001.sip.ld',
        ignored: ['a/b/3111-44500-001.sip.ld'],
      },
    ]);
  });

  it('uses the sip.ver in the folder holding the most images', () => {
    const detection = detectRelease([
      file('sip.ver'),
      file('UCS/sip.ver'),
      file('UCS/3111-44500-001.sip.ld'),
      file('UCS/3111-44600-001.sip.ld'),
      file('3111-46161-001.sip.ld'),
    ]);
    expect(detection.sipVer?.path).toBe('UCS/sip.ver');
    expect(detection.warnings).toEqual([
      { code: 'several-sip-ver', used: 'UCS/sip.ver', ignored: ['sip.ver'] },
    ]);
  });

  it('warns below 64 KiB, not at it', () => {
    const detection = detectRelease([
      file('3111-44500-001.sip.ld', { size: MIN_PLAUSIBLE_IMAGE_SIZE - 1 }),
      file('3111-44600-001.sip.ld', { size: MIN_PLAUSIBLE_IMAGE_SIZE }),
    ]);
    expect(detection.warnings).toEqual([
      { code: 'image-too-small', partNumber: '3111-44500-001', size: MIN_PLAUSIBLE_IMAGE_SIZE - 1 },
    ]);
  });
});
