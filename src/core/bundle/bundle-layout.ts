import type { ArchiveEntry } from '../archive/types.ts';
import type { BundleOptions, BundleRelease } from './types.ts';
import { versionFolderName } from './version-folder.ts';

/** One file copied from a release archive into the output folder. */
export interface CopiedFile {
  /** Output path, built only from canonical names: `3111-44500-001.sip.ld`, `5.9.8.5760/sip.ver`. */
  readonly path: string;
  readonly release: BundleRelease;
  readonly entry: ArchiveEntry;
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
    }));
    const sipVer = release.release.sipVer;
    return sipVer ? [...files, { path: `${folder}sip.ver`, release, entry: sipVer }] : files;
  });
}

/** Every path of the output folder, in writing order (ucs.xml last). */
export function bundlePaths(
  releases: readonly BundleRelease[],
  options: Pick<BundleOptions, 'layout' | 'extras'>,
): string[] {
  return [
    ...copiedFiles(releases, options.layout).map((file) => file.path),
    ...(options.extras.readme ? ['README.txt'] : []),
    ...(options.extras.webConfig ? ['web.config'] : []),
    ...(options.extras.sha256sums ? ['SHA256SUMS'] : []),
    'ucs.xml',
  ];
}
