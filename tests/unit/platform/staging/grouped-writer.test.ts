import { describe, expect, it } from 'vitest';
import { createGroupedWriter } from '../../../../src/platform/staging/grouped-writer.ts';

describe('createGroupedWriter', () => {
  it('turns uneven chunks into full groups and a short last one, bytes intact', async () => {
    const writes: number[][] = [];
    // Copies late, as the browser may: a buffer reused too early would show here.
    const write = async (group: Uint8Array) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      writes.push(Array.from(group));
    };
    const writer = createGroupedWriter(write, 1000, 4);
    const input = Array.from({ length: 23 }, (_, i) => i);
    let at = 0;
    for (const size of [1, 6, 2, 3, 0, 9, 2]) {
      await writer.push(Uint8Array.from(input.slice(at, at + size)));
      at += size;
    }
    await writer.flush();
    expect(writes).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [8, 9, 10, 11],
      [12, 13, 14, 15],
      [16, 17, 18, 19],
      [20, 21, 22],
    ]);
  });

  it('hands over only views of whole buffers, which engines that write the buffer get right', async () => {
    const written: number[] = [];
    const writer = createGroupedWriter(async (group) => {
      written.push(...new Uint8Array(group.buffer));
    }, 4);
    await writer.push(Uint8Array.of(1, 2, 3, 4, 5, 6));
    await writer.flush();
    expect(written).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('uses smaller groups for small files', async () => {
    const sizes: number[] = [];
    const writer = createGroupedWriter(async (group) => void sizes.push(group.length), 5);
    await writer.push(new Uint8Array(12));
    await writer.flush();
    expect(sizes).toEqual([5, 5, 2]);
  });

  it('reports a failed write at the next push or at flush', async () => {
    const writer = createGroupedWriter(
      async () => {
        throw new Error('disk full');
      },
      4,
      4,
    );
    await writer.push(new Uint8Array(4));
    await expect(writer.flush()).rejects.toThrow('disk full');
  });
});
