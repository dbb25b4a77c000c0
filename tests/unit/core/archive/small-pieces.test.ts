import { describe, expect, it } from 'vitest';
import { inSmallPieces } from '../../../../src/core/archive/small-pieces.ts';

describe('inSmallPieces', () => {
  it('hands a big chunk out in pieces, one per pull, reading the source only as needed', async () => {
    let sourceReads = 0;
    const big = new Uint8Array(40_000).map((_, index) => index % 251);
    const source = new ReadableStream<Uint8Array<ArrayBuffer>>(
      {
        pull(controller) {
          sourceReads += 1;
          if (sourceReads === 1) controller.enqueue(big);
          else controller.close();
        },
      },
      { highWaterMark: 0 },
    );
    const reader = inSmallPieces(source, 16_384).getReader();
    const first = await reader.read();
    expect(first.value?.length).toBe(16_384);
    expect(sourceReads).toBe(1);
    const sizes = [first.value?.length];
    const pieces = [first.value!];
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      sizes.push(read.value.length);
      pieces.push(read.value);
    }
    expect(sizes).toEqual([16_384, 16_384, 7_232]);
    expect(new Uint8Array(await new Blob(pieces).arrayBuffer())).toEqual(big);
  });
});
