import { describe, expect, it } from 'vitest';
import { lookupModel } from '../../../../src/core/catalog/lookup.ts';
import type { FirmwareImage } from '../../../../src/core/release/types.ts';
import { versionWarnings } from '../../../../src/core/release/version-warnings.ts';

function image(partNumber: string): FirmwareImage {
  return {
    entry: {
      path: `${partNumber}.sip.ld`,
      rawName: new TextEncoder().encode(`${partNumber}.sip.ld`),
      flags: 0,
      size: 1,
      compressedSize: 1,
      method: 0,
      crc32: 0,
      localHeaderOffset: 0,
      encrypted: false,
      directory: false,
    },
    partNumber,
    outputName: `${partNumber}.sip.ld`,
    kind: 'sip',
    model: lookupModel(partNumber),
  };
}

describe('versionWarnings', () => {
  it('says nothing about a usual 5.9 release for VVX phones', () => {
    expect(
      versionWarnings('5.9.8.5760', [image('3111-44500-001'), image('3111-48500-001')]),
    ).toEqual([]);
  });

  it('flags SIP 3.x by its major number', () => {
    expect(versionWarnings('3.1.6.0017', [])).toEqual([{ code: 'sip-3x', version: '3.1.6.0017' }]);
    // Read as ordering reads it: the leading number, whatever follows.
    expect(versionWarnings('3rc1', [])).toContainEqual({ code: 'sip-3x', version: '3rc1' });
    expect(versionWarnings('4.0.4.2906', [])).toEqual([]);
  });

  it('flags an unusual label and still compares its leading numbers', () => {
    expect(versionWarnings('6.4 beta', [image('3111-44500-001')])).toEqual([
      { code: 'version-unusual', version: '6.4 beta' },
      { code: 'newer-than-model-line', partNumber: '3111-44500-001', modelLine: '5.9.x' },
    ]);
  });

  it('says nothing when there is no version, nor for unknown models', () => {
    expect(versionWarnings('', [image('3111-44500-001')])).toEqual([]);
    expect(versionWarnings('7.2.2.1094', [image('3111-99999-001')])).toEqual([]);
  });
});
