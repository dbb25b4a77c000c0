import { entryContent } from '../archive/entry-content.ts';
import { sha256HexOf } from '../checksum/sha256.ts';
import { bytesContent, textContent } from '../export/bytes-content.ts';
import { README_NAME, SHA256SUMS_NAME, WEB_CONFIG_NAME } from './extra-names.ts';
import { readmeText, sha256sumsText, webConfigText } from './extras.ts';
import type { ExportPlan } from '../export/run-export.ts';
import type { OutputFile, WrittenFile } from '../export/types.ts';
import { buildUcsXml } from '../manifest/build.ts';
import { phoneAddress } from '../manifest/phone-address.ts';
import { MANIFEST_NAME, type ManifestEntry } from '../manifest/types.ts';
import { bundlePaths, copiedFiles, type CopiedFile } from './bundle-layout.ts';
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
  /** The address to type into each phone: this bundle's ucs.xml on the server. */
  readonly phoneUrl: string;
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
 * @throws AppError from {@link entryContent} when an entry cannot be read (encrypted, unsupported).
 */
export function planBundle(
  releases: readonly BundleRelease[],
  options: BundleOptions,
): PlannedBundle {
  const manifest = manifestEntriesFor(releases, options).entries;
  const copied = copiedFiles(releases, options.layout);
  const files: OutputFile[] = copied.map((file) => ({
    path: file.path,
    content: entryContent(file.release.release.archive, file.entry),
  }));
  if (options.extras.readme) {
    const readme = bundleReadme(releases, copied, manifest, options);
    files.push({ path: README_NAME, content: textContent(readme) });
  }
  if (options.extras.webConfig) {
    files.push({
      path: WEB_CONFIG_NAME,
      content: textContent(webConfigText(options.extras.corsOrigin)),
    });
  }

  const ucsXml = encoder.encode(buildUcsXml(manifest));
  const finalFiles = (written: readonly WrittenFile[]): OutputFile[] => {
    const manifestFile = { path: MANIFEST_NAME, size: ucsXml.length, sha256: sha256HexOf(ucsXml) };
    const sums = options.extras.sha256sums
      ? [
          {
            path: SHA256SUMS_NAME,
            content: textContent(sha256sumsText([...written, manifestFile])),
          },
        ]
      : [];
    return [...sums, { path: MANIFEST_NAME, content: bytesContent(ucsXml) }];
  };
  return {
    rootFolder: rootFolderName(releases),
    plan: { files, finalFiles },
    manifest,
    phoneUrl: phoneAddress(options.folderUrl),
    paths: bundlePaths(releases, options),
  };
}

function bundleReadme(
  releases: readonly BundleRelease[],
  copied: readonly CopiedFile[],
  manifest: readonly ManifestEntry[],
  { folderUrl, extras }: BundleOptions,
): string {
  const text = readmeText({
    folderUrl,
    extras,
    versions: manifest.map((entry) => entry.version),
    files: copied.map((file) => ({ path: file.path, model: file.purpose })),
  });
  if (manifest.length < 2) return text;
  const table = coverageText(coverageTable(releases, manifest)).split('\n').join('\r\n');
  return `${text}\r\nWHICH VERSION SERVES WHICH PHONES\r\n\r\n${table}`;
}
