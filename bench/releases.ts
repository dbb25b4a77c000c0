/**
 * The synthetic releases the benchmark opens: the same entries at two sizes (to show that listing
 * does not depend on the archive's size), and sparse ones past 2 and 4 GiB. Each is generated once
 * under bench/.work/ and reused while its spec is unchanged.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { lookupModel } from '../src/core/catalog/lookup.ts';
import { fillerBytes, seedFrom } from '../tests/fixtures/pseudo-random.ts';
import { sipVerBytes } from '../tests/fixtures/make-release.ts';
import { createZipFile } from './zip-file-writer.ts';

export const VERSION = '5.9.8.5760';

/** 25 models whose last line is 5.9 or later (or unknown), so none is flagged as too old. */
const PART_NUMBERS = [
  ...['2345-17960-001', '3111-46135-002', '3111-46161-001', '3111-46157-002', '3111-46162-001'],
  ...['3111-44500-001', '3111-44600-001', '3111-40250-001', '3111-40450-001', '3111-48300-001'],
  ...['3111-48350-001', '3111-48400-001', '3111-48450-001', '3111-48500-001', '3111-48600-001'],
  ...['3111-48810-001', '3111-48820-001', '3111-48830-001', '3111-48840-001', '3111-65290-001'],
  ...['3111-33215-001', '3111-36150-001', '3111-36152-001', '3111-36154-001', '3111-19000-001'],
];

/** Even positions are stored, odd ones deflated (level 6): 13 stored and 12 deflated. */
function levelOf(index: number): number {
  return index % 2 === 0 ? 0 : 6;
}

/** The five images exported: three deflated, two stored (VVX 300, 310, 400, 410, 500). */
export const EXPORTED_PARTS = PART_NUMBERS.slice(1, 6);

export interface BenchRelease {
  readonly file: string;
  readonly imageSize: number;
  /** Bytes of zeros stored (as a hole) before the images, pushing them past 2 or 4 GiB. */
  readonly paddingBytes: number;
}

export const BIG: BenchRelease = { file: 'release-1g.zip', imageSize: 40_000_000, paddingBytes: 0 };
export const SMALL: BenchRelease = {
  file: 'release-20m.zip',
  imageSize: 1_100_000,
  paddingBytes: 0,
};
export const SPARSE_2G: BenchRelease = {
  file: 'release-sparse-2g.zip',
  imageSize: 1_100_000,
  paddingBytes: 2_300_000_000,
};
export const SPARSE_5G: BenchRelease = {
  file: 'release-sparse-5g.zip',
  imageSize: 1_100_000,
  paddingBytes: 5_000_000_000,
};

/** The checkbox label the app shows for a part number, e.g. `VVX 500 (3111-44500-001)`. */
export function modelLabel(partNumber: string): string {
  const model = lookupModel(partNumber);
  if (!model) throw new Error(`${partNumber} is not in the catalog`);
  return `${model.name} (${partNumber})`;
}

export function imageName(partNumber: string): string {
  return `${partNumber}.sip.ld`;
}

const SIDE_FILES: readonly (readonly [string, string])[] = [
  ['000000000000.cfg', '<APPLICATION APP_FILE_PATH="sip.ld" CONFIG_FILES="site.cfg" />\n'],
  ['000000000000-directory~.xml', '<directory><item_list/></directory>\n'],
  ['Config/features.cfg', '<features feature.callList.enabled="1"/>\n'],
  ['Config/site.cfg', '<site tcpIpApp.sntp.address=""/>\n'],
  ['VVXLocalization/English_United_Kingdom/VVX-dictionary.xml', '<dictionary/>\n'],
];

/** Writes `release` unless the same spec was written before; returns the archive's path. */
export async function ensureRelease(workDir: string, release: BenchRelease): Promise<string> {
  const path = join(workDir, release.file);
  const specPath = `${path}.json`;
  const spec = JSON.stringify({ ...release, parts: PART_NUMBERS, version: 1 });
  const previous = await readFile(specPath, 'utf8').catch(() => '');
  if (previous === spec && (await stat(path).catch(() => undefined))) return path;
  console.log(`Generating ${release.file}…`);
  const zip = await createZipFile(path);
  if (release.paddingBytes > 0) await zip.addZeros('Recovery/padding.bin', release.paddingBytes);
  for (const [index, part] of PART_NUMBERS.entries()) {
    const bytes = fillerBytes(release.imageSize, seedFrom(part), part);
    await zip.add(imageName(part), bytes, levelOf(index));
  }
  await zip.add('sip.ver', sipVerBytes(VERSION, 'crlf'), 0);
  for (const [name, text] of SIDE_FILES) {
    await zip.add(name, new TextEncoder().encode(text), 6);
  }
  await zip.close();
  await writeFile(specPath, spec);
  return path;
}
