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
  it('holds all 41 rows of the reference table, each part number once', () => {
    expect(PHONE_MODELS).toHaveLength(41);
    expect(new Set(PHONE_MODELS.map((m) => m.partNumber)).size).toBe(41);
    for (const m of PHONE_MODELS) expect(m.partNumber).toMatch(/^\d{4}-\d{5}-\d{3}$/);
  });

  it('has exact rows for a 5.9.x, a 6.x, a 4.0.x, a legacy, a Trio and an unknown-line model', () => {
    expect(model('3111-44500-001')).toEqual({
      partNumber: '3111-44500-001',
      name: 'VVX 500',
      family: 'VVX',
      lastLine: { major: 5, minor: 9 },
      lastLineLabel: '5.9.x',
    });
    expect(model('3111-48500-001')).toEqual({
      partNumber: '3111-48500-001',
      name: 'VVX 501',
      family: 'VVX',
      lastLine: { major: 6 },
      lastLineLabel: '6.x',
    });
    expect(model('2345-12670-001')).toMatchObject({
      name: 'SoundPoint IP 670',
      family: 'SoundPoint IP',
      lastLine: { major: 4, minor: 0 },
      lastLineLabel: '4.0.x',
    });
    expect(model('2345-12200-002')).toMatchObject({
      name: 'SoundPoint IP 320',
      lastLine: { major: 3, minor: 3 },
      lastLineLabel: '3.3.x',
    });
    expect(model('2345-11605-001').lastLine).toEqual({ major: 3, minor: 1 });
    expect(model('3111-65290-001')).toMatchObject({
      name: 'RealPresence Trio 8800',
      family: 'RealPresence Trio',
      lastLine: { major: 7 },
      lastLineLabel: '7.x',
    });
    expect(model('3111-36154-001')).toMatchObject({
      name: 'SpectraLink 8452',
      family: 'SpectraLink',
      lastLine: undefined,
      lastLineLabel: 'unknown',
    });
    expect(model('3111-33215-001').family).toBe('SoundStructure');
    expect(model('3111-19000-001').family).toBe('SoundStation IP');
  });

  it('names the D60 DECT base (its .dect.ld image is told apart by detection)', () => {
    expect(model('3111-17823-001')).toMatchObject({ name: 'VVX D60 DECT base' });
  });

  it('counts the rows per family as in the table', () => {
    const counts = Object.fromEntries(
      FAMILY_ORDER.map((f) => [f, PHONE_MODELS.filter((m) => m.family === f).length]),
    );
    expect(counts).toEqual({
      VVX: 20,
      'RealPresence Trio': 1,
      'SoundPoint IP': 12,
      'SoundStation IP': 4,
      SpectraLink: 3,
      SoundStructure: 1,
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
