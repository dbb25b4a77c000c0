import { describe, expect, it } from 'vitest';
import { isWellFormedVersion } from '../../../../src/core/version/check.ts';

describe('isWellFormedVersion', () => {
  it.each(['5.9.8.5760', '3.2.4.0267', '3.1.6.0017', '4.1.0.84959', '0.0.0.0'])(
    'accepts %s',
    (v) => {
      expect(isWellFormedVersion(v)).toBe(true);
    },
  );

  it.each([
    '',
    '5.9.8',
    '5.9.8.5760.1',
    '4.0.11 Rev K',
    ' 5.9.8.5760',
    '5.9.8.5760\n',
    '5..8.1',
    'a.b.c.d',
    '5.9.8.٥',
  ])('refuses %j', (v) => {
    expect(isWellFormedVersion(v)).toBe(false);
  });
});
