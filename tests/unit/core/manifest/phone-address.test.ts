import { describe, expect, it } from 'vitest';
import { phoneAddress } from '../../../../src/core/manifest/phone-address.ts';

describe('phoneAddress', () => {
  it('points at ucs.xml inside the folder', () => {
    expect(phoneAddress('http://fw.example.local/firmware/')).toBe(
      'http://fw.example.local/firmware/ucs.xml',
    );
    expect(phoneAddress('http://fw.example.local/firmware')).toBe(
      'http://fw.example.local/firmware/ucs.xml',
    );
  });
});
