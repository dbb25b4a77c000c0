import type { ArchiveEntry } from '../archive/types.ts';
import { README_NAME, SHA256SUMS_NAME, WEB_CONFIG_NAME } from './extras.ts';
import { MANIFEST_NAME } from '../manifest/types.ts';
import { modelName } from '../release/model-name.ts';
import type { BundleOptions, BundleRelease } from './types.ts';
import { versionFolderName } from './version-folder.ts';

/** One file copied from a release archive into the output folder. */
export interface CopiedFile {
  /** Output path, built only from canonical names: `3111-44500-001.sip.ld`, `5.9.8.5760/sip.ver`. */
  readonly path: string;
  readonly release: BundleRelease;
  readonly entry: ArchiveEntry;
  /** What README.txt says the file is for: the phone model, or the release's version file. */
  readonly purpose: string;
}

/**
 * Where each picked image and each release's `sip.ver` go: beside ucs.xml (`flat`, one release)
 * or in a folder named by the release's version (`per-version`).
 */
export function copiedFiles(
  releases: readonly BundleRelease[],
  layout: BundleOptions['layout'],
): CopiedFile[] {
  return releases.flatMap((release) => {
    const folder = layout === 'flat' ? '' : `${versionFolderName(release.version)}/`;
    const files = release.images.map((image) => ({
      path: folder + image.outputName,
      release,
      entry: image.entry,
      purpose: modelName(image),
    }));
    const sipVer = release.release.sipVer;
    if (!sipVer) return files;
    const purpose = `version file of release ${release.version}`;
    return [...files, { path: `${folder}sip.ver`, release, entry: sipVer, purpose }];
  });
}

/** Every path of the output folder, in writing order (ucs.xml last). */
export function bundlePaths(
  releases: readonly BundleRelease[],
  options: Pick<BundleOptions, 'layout' | 'extras'>,
): string[] {
  return [
    ...copiedFiles(releases, options.layout).map((file) => file.path),
    ...(options.extras.readme ? [README_NAME] : []),
    ...(options.extras.webConfig ? [WEB_CONFIG_NAME] : []),
    ...(options.extras.sha256sums ? [SHA256SUMS_NAME] : []),
    MANIFEST_NAME,
  ];
}
