import { entryContent } from '../archive/entry-content.ts';
import { createSha256 } from '../checksum/sha256.ts';
import { bytesContent } from '../export/bytes-content.ts';
import { readmeText, sha256sumsText, webConfigText } from '../export/extras.ts';
import type { ExportPlan } from '../export/run-export.ts';
import type { OutputFile, WrittenFile } from '../export/types.ts';
import { buildUcsXml } from '../manifest/build.ts';
import type { ManifestEntry } from '../manifest/types.ts';
import { bundlePaths, copiedFiles } from './bundle-layout.ts';
import { coverageTable, coverageText } from './coverage.ts';
import { manifestEntriesFor } from './manifest-entries.ts';
import type { BundleOptions, BundleRelease } from './types.ts';
import { rootFolderName } from './root-folder.ts';

/** Everything an output route needs: the folder's name, the files in order, the manifest. */
export interface PlannedBundle {
  /** Name of the ready-to-upload folder (the zip's single top-level folder). */
  readonly rootFolder: string;
  readonly plan: ExportPlan;
  readonly manifest: readonly ManifestEntry[];
  /** Every path the export will write, for the "replace existing files?" prompt. */
  readonly paths: readonly string[];
}

const encoder = new TextEncoder();

/**
 * Lays out the ready-to-upload folder: each release's picked images and its `sip.ver` (flat, or
 * in a folder named by the version), the optional README.txt and web.config, then SHA256SUMS and
 * finally ucs.xml, so a folder that holds ucs.xml always holds every file it points at.
 * Output paths come only from canonical image names and version folder names, never from
 * archive paths.
 *
 * @throws AppError from {@link entryContent} when an entry cannot be read (encrypted, damaged).
 */
export async function planBundle(
  releases: readonly BundleRelease[],
  options: BundleOptions,
): Promise<PlannedBundle> {
  const manifest = manifestEntriesFor(releases, options).entries;
  const copied = await Promise.all(
    copiedFiles(releases, options.layout).map(async (file) => ({
      path: file.path,
      content: await entryContent(file.release.release.archive, file.entry),
    })),
  );
  const extras: OutputFile[] = [];
  if (options.extras.readme) {
    extras.push(textFile('README.txt', bundleReadme(releases, manifest, options)));
  }
  if (options.extras.webConfig) extras.push(textFile('web.config', webConfigText()));

  const ucsXml = encoder.encode(buildUcsXml(manifest));
  const finalFiles = (written: readonly WrittenFile[]): OutputFile[] => {
    const manifestFile = { path: 'ucs.xml', size: ucsXml.length, sha256: sha256Hex(ucsXml) };
    const sums = options.extras.sha256sums
      ? [textFile('SHA256SUMS', sha256sumsText([...written, manifestFile]))]
      : [];
    return [...sums, { path: 'ucs.xml', content: bytesContent(ucsXml) }];
  };
  return {
    rootFolder: rootFolderName(releases),
    plan: { files: [...copied, ...extras], finalFiles },
    manifest,
    paths: bundlePaths(releases, options),
  };
}

function bundleReadme(
  releases: readonly BundleRelease[],
  manifest: readonly ManifestEntry[],
  options: BundleOptions,
): string {
  const text = readmeText({
    folderUrl: options.folderUrl,
    versions: manifest.map((entry) => entry.version),
    files: copiedFiles(releases, options.layout).map((file) => ({
      path: file.path,
      model: describeCopied(file.path, file.release),
    })),
  });
  if (manifest.length < 2) return text;
  const table = coverageText(coverageTable(releases, manifest)).split('\n').join('\r\n');
  return `${text}\r\nWHICH VERSION SERVES WHICH PHONES\r\n\r\n${table}`;
}

function describeCopied(path: string, release: BundleRelease): string {
  const image = release.images.find((candidate) => path.endsWith(candidate.outputName));
  if (image === undefined) return `version of release ${release.version}`;
  return image.model?.name ?? `Unknown model (part no. ${image.partNumber})`;
}

function textFile(path: string, text: string): OutputFile {
  return { path, content: bytesContent(encoder.encode(text)) };
}

function sha256Hex(bytes: Uint8Array): string {
  const hash = createSha256();
  hash.update(bytes);
  return hash.digestHex();
}
