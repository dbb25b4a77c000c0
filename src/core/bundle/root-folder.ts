import { compareVersions } from '../version/compare.ts';
import type { BundleRelease } from './types.ts';
import { versionFolderName } from './version-folder.ts';

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
