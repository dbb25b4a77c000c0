import { entryContent } from '../archive/entry-content.ts';
import { createSha256 } from '../checksum/sha256.ts';
import { bytesContent } from '../export/bytes-content.ts';
import { readmeText, sha256sumsText, webConfigText } from '../export/extras.ts';
import type { ExportPlan } from '../export/run-export.ts';
import type { OutputFile, WrittenFile } from '../export/types.ts';
import { buildUcsXml } from '../manifest/build.ts';
import type { ManifestEntry } from '../manifest/types.ts';
import { compareVersions } from '../version/compare.ts';
import { manifestEntriesFor } from './manifest-entries.ts';
import type { BundleOptions, BundleRelease } from './types.ts';
import { versionFolderName } from './version-folder.ts';

/** Everything an output route needs: the folder's name, the files in order, the manifest. */
export interface PlannedBundle {
  /** Name of the ready-to-upload folder (the zip's single top-level folder). */
  readonly rootFolder: string;
  readonly plan: ExportPlan;
  readonly manifest: readonly ManifestEntry[];
  /** Bytes of the images and side files, for size warnings. */
  readonly totalBytes: number;
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
 */
export async function planBundle(
  releases: readonly BundleRelease[],
  options: BundleOptions,
): Promise<PlannedBundle> {
  const manifest = manifestEntriesFor(releases, options);
  const releaseFiles = (
    await Promise.all(releases.map((release) => filesOfRelease(release, options.layout)))
  ).flat();
  const extraFiles: OutputFile[] = [];
  if (options.extras.readme) {
    const text = readmeText({
      folderUrl: options.folderUrl,
      versions: manifest.map((entry) => entry.version),
      files: releases.flatMap((release) =>
        release.images.map((image) => ({
          path: imagePath(release, image.outputName, options.layout),
          model: image.model?.name ?? `Unknown model (part no. ${image.partNumber})`,
        })),
      ),
    });
    extraFiles.push(textFile('README.txt', text));
  }
  if (options.extras.webConfig) extraFiles.push(textFile('web.config', webConfigText()));

  const ucsXml = encoder.encode(buildUcsXml(manifest));
  const files = [...releaseFiles, ...extraFiles];
  const finalFiles = (written: readonly WrittenFile[]): OutputFile[] => {
    const manifestFile = { path: 'ucs.xml', size: ucsXml.length, sha256: sha256Hex(ucsXml) };
    const sums = options.extras.sha256sums
      ? [textFile('SHA256SUMS', sha256sumsText([...written, manifestFile]))]
      : [];
    return [...sums, { path: 'ucs.xml', content: bytesContent(ucsXml) }];
  };
  return {
    rootFolder: rootFolderName(releases),
    plan: { files, finalFiles },
    manifest,
    totalBytes: files.reduce((total, file) => total + file.content.size, 0),
    paths: [
      ...files.map((file) => file.path),
      ...(options.extras.sha256sums ? ['SHA256SUMS'] : []),
      'ucs.xml',
    ],
  };
}

async function filesOfRelease(
  release: BundleRelease,
  layout: BundleOptions['layout'],
): Promise<OutputFile[]> {
  const archive = release.release.archive;
  const sources = release.images.map((image) => ({ name: image.outputName, entry: image.entry }));
  if (release.release.sipVer) sources.push({ name: 'sip.ver', entry: release.release.sipVer });
  return Promise.all(
    sources.map(async ({ name, entry }) => ({
      path: imagePath(release, name, layout),
      content: await entryContent(archive, entry),
    })),
  );
}

function imagePath(release: BundleRelease, name: string, layout: BundleOptions['layout']): string {
  return layout === 'flat' ? name : `${versionFolderName(release.version)}/${name}`;
}

function textFile(path: string, text: string): OutputFile {
  return { path, content: bytesContent(encoder.encode(text)) };
}

function sha256Hex(bytes: Uint8Array): string {
  const hash = createSha256();
  hash.update(bytes);
  return hash.digestHex();
}

/** `ucs-5.9.8.5760` for one release; `ucs-5.9.8.5760-to-6.4.6.1234` for several. */
export function rootFolderName(releases: readonly BundleRelease[]): string {
  const versions = releases.map((release) => release.version).sort(compareVersions);
  const oldest = versions[0];
  const newest = versions[versions.length - 1];
  if (oldest === undefined || newest === undefined) return 'ucs-firmware';
  return oldest === newest
    ? `ucs-${versionFolderName(oldest)}`
    : `ucs-${versionFolderName(oldest)}-to-${versionFolderName(newest)}`;
}
