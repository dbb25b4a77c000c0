import { describe, expect, it } from 'vitest';
import {
  FAMILY_ORDER,
  isReleaseNewerThanLine,
  lookupModel,
} from '../../../../src/core/catalog/lookup.ts';
import { PHONE_MODELS } from '../../../../src/core/catalog/models.ts';
import type { PhoneModel } from '../../../../src/core/catalog/types.ts';

function model(partNumber: string): PhoneModel {
  const found = lookupModel(partNumber);
  if (!found) throw new Error(`missing ${partNumber}`);
  return found;
}

describe('model table', () => {
  it('holds each part number once, in the part-number form, found by lookupModel', () => {
    expect(new Set(PHONE_MODELS.map((m) => m.partNumber)).size).toBe(PHONE_MODELS.length);
    for (const m of PHONE_MODELS) {
      expect(m.partNumber).toMatch(/^\d{4}-\d{5}-\d{3}$/);
      expect(lookupModel(m.partNumber)).toBe(m);
    }
  });

  it('puts every model in a family the picker shows', () => {
    for (const m of PHONE_MODELS) expect(FAMILY_ORDER).toContain(m.family);
  });

  it('gives each model a last line whose label says the same', () => {
    for (const { lastLine, lastLineLabel } of PHONE_MODELS) {
      const label =
        lastLine === undefined
          ? 'unknown'
          : `${lastLine.major}.${lastLine.minor === undefined ? '' : `${lastLine.minor}.`}x`;
      expect(lastLineLabel).toBe(label);
    }
  });

  it('reads a row into a model: part number, name, family and last line', () => {
    expect(model('3111-44500-001')).toEqual({
      partNumber: '3111-44500-001',
      name: 'VVX 500',
      family: 'VVX',
      lastLine: { major: 5, minor: 9 },
      lastLineLabel: '5.9.x',
    });
  });
});

describe('lookupModel', () => {
  it('returns undefined for an unknown or decorated part number', () => {
    expect(lookupModel('3111-99999-001')).toBeUndefined();
    expect(lookupModel('3111-44500-001.sip.ld')).toBeUndefined();
    expect(lookupModel('')).toBeUndefined();
  });
});

describe('isReleaseNewerThanLine', () => {
  const vvx500 = model('3111-44500-001');
  const vvx501 = model('3111-48500-001');

  it('flags a 6.x release for a model whose line ends at 5.9.x', () => {
    expect(isReleaseNewerThanLine('6.4.6.1234', vvx500)).toBe(true);
    expect(isReleaseNewerThanLine('5.10.0.1', vvx500)).toBe(true);
    expect(isReleaseNewerThanLine('5.9.8.5760', vvx500)).toBe(false);
    expect(isReleaseNewerThanLine('5.8.2.1', vvx500)).toBe(false);
    expect(isReleaseNewerThanLine('4.0.15.1009', vvx500)).toBe(false);
  });

  it('compares only the major number for a major-only line', () => {
    expect(isReleaseNewerThanLine('6.4.6.1234', vvx501)).toBe(false);
    expect(isReleaseNewerThanLine('7.2.2.1094', vvx501)).toBe(true);
  });

  it('is false when the line is unknown or the version unparsable', () => {
    expect(isReleaseNewerThanLine('9.9.9.9', model('3111-36150-001'))).toBe(false);
    expect(isReleaseNewerThanLine('beta', vvx500)).toBe(false);
    expect(isReleaseNewerThanLine('', vvx500)).toBe(false);
    expect(isReleaseNewerThanLine('5', vvx500)).toBe(false);
  });
});
