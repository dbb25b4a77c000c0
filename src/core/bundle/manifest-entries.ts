import { mergeManifest, type MergedManifest } from '../manifest/merge.ts';
import type { BundleOptions, BundleRelease } from './types.ts';
import { versionFolderName } from './version-folder.ts';

/**
 * The `PHONE_IMAGE` entries of the bundle's ucs.xml: one per release, pointing at the folder that
 * holds its images, merged with the entries already on the server, oldest version first.
 * `conflicts` lists versions both on the server and in the bundle (with different folders);
 * `keep` says which of the two each keeps (the new release unless told otherwise).
 */
export function manifestEntriesFor(
  releases: readonly BundleRelease[],
  options: Pick<BundleOptions, 'folderUrl' | 'layout' | 'existing' | 'keep'>,
): MergedManifest {
  const added = releases.map((release) => ({
    version: release.version,
    path: releaseFolderUrl(options.folderUrl, options.layout, release.version),
  }));
  return mergeManifest(options.existing, added, options.keep);
}

/** The URL of the folder a release's images are served from. */
function releaseFolderUrl(
  folderUrl: string,
  layout: BundleOptions['layout'],
  version: string,
): string {
  return layout === 'flat' ? folderUrl : `${folderUrl}${versionFolderName(version)}/`;
}
