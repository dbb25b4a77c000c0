import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { randomBytes } from '../../../helpers/replayable-bytes.ts';
import { createSha256 } from '../../../../src/core/checksum/sha256.ts';

const text = (s: string) => new TextEncoder().encode(s);

function sha256Hex(...pieces: Uint8Array[]): string {
  const hash = createSha256();
  for (const piece of pieces) hash.update(piece);
  return hash.digestHex();
}

const nodeSha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('createSha256', () => {
  it('matches the FIPS 180-4 example vectors', () => {
    expect(sha256Hex(new Uint8Array(0))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(sha256Hex(text('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex(text('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256Hex(new Uint8Array(1_000_000).fill(0x61))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('matches node:crypto on random data at every padding boundary', () => {
    for (let length = 0; length <= 130; length++) {
      const bytes = randomBytes(length, length + 11);
      expect(sha256Hex(bytes)).toBe(nodeSha256(bytes));
    }
  });

  it('gives the same digest when odd-sized pieces split the blocks', () => {
    const bytes = randomBytes(300_007, 5);
    const cuts = [0, 1, 63, 64, 65, 127, 200, 4097, 70_001, 300_000, 300_007];
    const pieces = cuts.slice(1).map((end, i) => bytes.subarray(cuts[i], end));
    expect(sha256Hex(...pieces)).toBe(nodeSha256(bytes));
  });

  it('refuses data after the digest', () => {
    const hash = createSha256();
    hash.digestHex();
    expect(() => hash.update(text('x'))).toThrow('SHA-256 already finished');
  });
});
