import { BlobWriter, TextReader, Uint8ArrayReader, ZipWriter } from '@zip.js/zip.js';

/** The version written into the sample's sip.ver. */
export const SAMPLE_VERSION = '5.9.8.5760';
export const SAMPLE_FILE_NAME = 'UCS-Bundler-sample-release-NOT-FIRMWARE.zip';

/** Part numbers in the sample: a few known models of different families and one the catalog lacks. */
const SAMPLE_PARTS = [
  '3111-44500-001',
  '3111-44600-001',
  '3111-48450-001',
  '2345-12600-001',
  '3111-40000-001',
  '3111-99999-001',
];
const IMAGE_BYTES = 300_000;

/**
 * Bytes of a fake image: a plain-text banner saying it is not firmware, then pseudo-random bytes
 * (seeded by the part number) so the sample exercises the same copy and checksum paths as a release.
 */
export function sampleImageBytes(partNumber: string): Uint8Array {
  const banner = new TextEncoder().encode(
    `UCS Bundler sample image for ${partNumber}. NOT FIRMWARE: do not install on a phone.\n`,
  );
  const bytes = new Uint8Array(IMAGE_BYTES);
  bytes.set(banner);
  let state = [...partNumber].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) | 0, 7) || 1;
  for (let i = banner.length; i < bytes.length; i += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    // Every other kilobyte repeats a pattern, so deflated entries really shrink.
    bytes[i] = (i >> 10) % 2 === 0 ? state & 0xff : i & 0x0f;
  }
  return bytes;
}

/**
 * Builds a small synthetic Split release in memory (about 2 MB): six fake images, half stored and
 * half deflated, `sip.ver` and the usual side files, so anyone can try the whole flow.
 */
export async function buildSampleRelease(): Promise<Blob> {
  const writer = new ZipWriter(new BlobWriter('application/zip'), { useWebWorkers: false });
  await writer.add(
    'README-SAMPLE.txt',
    new TextReader(
      'This is a sample made by UCS Bundler for trying the app. It holds no firmware.\n',
    ),
  );
  await writer.add('sip.ver', new TextReader(SAMPLE_VERSION));
  await writer.add('000000000000.cfg', new TextReader('<?xml version="1.0"?>\n<APPLICATION />\n'));
  await writer.add('Config/features.cfg', new TextReader('<?xml version="1.0"?>\n<features />\n'));
  for (const [index, part] of SAMPLE_PARTS.entries()) {
    await writer.add(`${part}.sip.ld`, new Uint8ArrayReader(sampleImageBytes(part)), {
      level: index % 2 === 0 ? 0 : 6,
    });
  }
  return writer.close();
}
