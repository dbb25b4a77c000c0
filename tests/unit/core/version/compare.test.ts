import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../../src/core/version/compare.ts';

const sorted = (labels: readonly string[]) => [...labels].sort(compareVersions);

describe('compareVersions', () => {
  it('orders release versions numerically, part by part', () => {
    expect(compareVersions('4.0.15.1009', '5.9.8.5760')).toBe(-1);
    expect(compareVersions('5.9.8.5760', '6.4.6.1234')).toBe(-1);
    expect(compareVersions('6.4.6.1234', '4.0.15.1009')).toBe(1);
    expect(sorted(['6.4.6.1234', '4.0.15.1009', '5.9.8.5760'])).toEqual([
      '4.0.15.1009',
      '5.9.8.5760',
      '6.4.6.1234',
    ]);
    expect(compareVersions('5.10.0.1', '5.9.8.5760')).toBe(1);
    expect(compareVersions('4.1.0.84959', '4.1.0.9999')).toBe(1);
  });

  it('treats zero padding numerically and breaks the tie by plain string order', () => {
    expect(compareVersions('3.2.4.0267', '3.2.4.300')).toBe(-1);
    expect(compareVersions('5.9.8.0100', '5.9.8.100')).toBe(-1);
    expect(compareVersions('5.9.8.100', '5.9.8.0100')).toBe(1);
    expect(compareVersions('5.9.8.0100', '5.9.8.0100')).toBe(0);
    expect(sorted(['5.9.8.101', '5.9.8.100', '5.9.8.0100', '5.9.8.99'])).toEqual([
      '5.9.8.99',
      '5.9.8.0100',
      '5.9.8.100',
      '5.9.8.101',
    ]);
  });

  it('puts odd labels after plain ones with the same numbers, and unnumbered ones last', () => {
    expect(
      sorted(['beta', '4.0.11 Rev K', '4.0.11.0001', '4.0.11', 'alpha', '4.0.11 Rev I', '3.x', '']),
    ).toEqual([
      '3.x',
      '4.0.11',
      '4.0.11 Rev I',
      '4.0.11 Rev K',
      '4.0.11.0001',
      '',
      'alpha',
      'beta',
    ]);
  });

  it('never overflows on long digit groups', () => {
    expect(compareVersions('1.99999999999999999999', '1.100000000000000000000')).toBe(-1);
  });

  it('is a total order: the sorted result does not depend on the input order', () => {
    const label = fc.oneof(
      fc.string(),
      fc
        .array(fc.stringMatching(/^[0-9]{1,4}$/), { minLength: 1, maxLength: 5 })
        .chain((parts) =>
          fc.constantFrom(parts.join('.'), `${parts.join('.')} Rev K`, `${parts.join('.')}b`),
        ),
    );
    fc.assert(
      fc.property(fc.array(label, { maxLength: 12 }), fc.func(fc.integer()), (labels, key) => {
        const shuffled = [...labels].sort((a, b) => key(a) - key(b));
        expect(sorted(shuffled)).toEqual(sorted(labels));
      }),
    );
  });

  it('is antisymmetric and zero only for identical strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(compareVersions(a, b) + compareVersions(b, a)).toBe(0);
        expect(compareVersions(a, b) === 0).toBe(a === b);
      }),
    );
  });
});
