import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  entryContent,
  entryStream,
  gzipMember,
} from '../../../../src/core/archive/entry-content.ts';
import { inSmallPieces } from '../../../../src/core/archive/small-pieces.ts';
import { readVerified } from '../../../../src/core/export/verified-bytes.ts';
import {
  collect,
  entryNamed,
  listArchive,
  makeZip,
  sampleBytes,
} from '../../../helpers/zip-fixture.ts';

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

describe('the input pieces each inflate takes', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** Records the size of every chunk of input the browser's inflater is given. */
  function recordInflaterInput(): number[] {
    const sizes: number[] = [];
    const Real = DecompressionStream;
    class Recording {
      readonly readable: ReadableStream<Uint8Array>;
      readonly writable: WritableStream<Uint8Array<ArrayBuffer>>;
      constructor(format: CompressionFormat) {
        const real = new Real(format);
        const tap = new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
          transform(chunk, controller) {
            sizes.push(chunk.byteLength);
            controller.enqueue(chunk);
          },
        });
        void tap.readable.pipeTo(real.writable).catch(() => undefined);
        this.writable = tap.writable;
        this.readable = real.readable;
      }
    }
    vi.stubGlobal('DecompressionStream', Recording);
    return sizes;
  }

  const bytes = sampleBytes(1_000_003, 4);
  const deflated = async () => {
    const archive = await listArchive(await makeZip([{ path: 'a.sip.ld', bytes, deflate: true }]));
    return entryContent(archive, entryNamed(archive, 'a.sip.ld'));
  };

  it('is at most 16 KiB for a streamed read, whose output nothing bounds', async () => {
    const content = await deflated();
    const sizes = recordInflaterInput();
    expect(await collect(entryStream(content))).toEqual(bytes);
    expect(Math.max(...sizes)).toBe(16 * 1024);
  });

  it('is at most 64 KiB for a file read whole into a buffer of its size', async () => {
    const content = await deflated();
    const source = {
      kind: 'gzip' as const,
      blob: await gzipMember(content),
      size: content.size,
      crc32: content.crc32,
      file: 'a.sip.ld',
    };
    const sizes = recordInflaterInput();
    expect((await readVerified(source)).bytes).toEqual(bytes);
    expect(Math.max(...sizes)).toBe(64 * 1024);
  });
});
