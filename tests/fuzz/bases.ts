/**
 * The good releases the fuzzer damages, with every image's original bytes by entry path: small
 * images (so a thousand mutants open in well under a minute) in each form the app reads.
 */
import {
  expectedImageBytes,
  imagePath,
  makeRelease,
  writeZip,
  type ReleaseSpec,
} from '../fixtures/make-release.ts';
import { PART } from '../fixtures/named-fixtures.ts';
import { hostileImageBytes } from '../fixtures/hostile-fixtures.ts';
import { writeRawZip } from '../fixtures/raw-zip.ts';

export interface FuzzBase {
  readonly name: string;
  readonly bytes: Uint8Array<ArrayBuffer>;
  /** Each image's bytes, by the path it has in the archive holding the release. */
  readonly images: ReadonlyMap<string, Uint8Array>;
}

const SIZE = 6 * 1024;

function spec(layout: ReleaseSpec['layout'], zip64 = false): ReleaseSpec {
  return {
    images: [
      { partNumber: PART.vvx500, size: SIZE, level: 0 },
      { partNumber: PART.vvx600, size: SIZE, level: 6 },
      { partNumber: PART.vvx310, size: SIZE, level: 6 },
    ],
    layout,
    zip64,
  };
}

function originals(release: ReleaseSpec): Map<string, Uint8Array> {
  return new Map(
    release.images.map((image) => [
      imagePath(release, image),
      expectedImageBytes(release, image.partNumber),
    ]),
  );
}

async function fromSpec(name: string, release: ReleaseSpec): Promise<FuzzBase> {
  return { name, bytes: await makeRelease(release), images: originals(release) };
}

async function nested(name: string, level: number): Promise<FuzzBase> {
  const inner = spec('wrapped');
  const bytes = await writeZip([
    { path: 'Release Notes.pdf', data: '%PDF-1.4\n% notes\n' },
    { path: 'UC_Software_5_9_8_release_sig_split.zip', data: await makeRelease(inner), level },
  ]);
  return { name, bytes, images: originals(inner) };
}

/** Headers holding sizes and CRC (no data descriptors), unlike zip.js's writer. */
function headersWithSizes(): FuzzBase {
  const parts = [PART.vvx500, PART.vvx1500];
  const bytes = writeRawZip([
    ...parts.map((part) => ({
      name: `${part}.sip.ld`,
      data: hostileImageBytes(part).subarray(0, SIZE),
    })),
    { name: 'sip.ver', data: new TextEncoder().encode('5.9.8.5760') },
  ]);
  return {
    name: 'headers-with-sizes',
    bytes,
    images: new Map(
      parts.map((part) => [`${part}.sip.ld`, hostileImageBytes(part).subarray(0, SIZE)]),
    ),
  };
}

export async function fuzzBases(): Promise<FuzzBase[]> {
  return [
    await fromSpec('root', spec('root')),
    await fromSpec('wrapped-zip64', spec('wrapped', true)),
    await nested('nested-stored', 0),
    await nested('nested-deflated', 6),
    headersWithSizes(),
  ];
}
