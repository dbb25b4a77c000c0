import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { randomBytes } from '../../../helpers/replayable-bytes.ts';
import { crc32, createCrc32 } from '../../../../src/core/checksum/crc32.ts';

const text = (s: string) => new TextEncoder().encode(s);

describe('crc32', () => {
  it('matches the published check values', () => {
    expect(crc32(new Uint8Array(0))).toBe(0);
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    expect(crc32(text('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
    expect(crc32(text('a'))).toBe(0xe8b7be43);
  });

  it('matches zlib on random data of every length around the 16-byte step and the word path', () => {
    for (let length = 0; length < 100; length++) {
      const bytes = randomBytes(length, length + 1);
      expect(crc32(bytes)).toBe(zlibCrc32(bytes));
    }
    const large = randomBytes(1_000_003, 7);
    expect(crc32(large)).toBe(zlibCrc32(large));
  });

  it('matches zlib on views starting at every offset from a word boundary', () => {
    const backing = randomBytes(4_096, 11);
    for (let offset = 0; offset < 8; offset++) {
      for (const length of [63, 64, 65, 79, 80, 81, 1_000, 4_096 - offset]) {
        const view = backing.subarray(offset, offset + length);
        expect(crc32(view)).toBe(zlibCrc32(view));
      }
    }
  });

  it('gives the same value when the bytes arrive in uneven pieces', () => {
    const bytes = randomBytes(100_001, 3);
    const running = createCrc32();
    const cuts = [0, 1, 2, 9, 17, 4096, 4099, 65_537, 99_999, 100_001];
    for (let i = 1; i < cuts.length; i++) running.update(bytes.subarray(cuts[i - 1], cuts[i]));
    expect(running.digest()).toBe(zlibCrc32(bytes));
  });
});
