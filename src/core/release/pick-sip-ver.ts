import type { ArchiveEntry } from '../archive/types.ts';
import { depthOf, folderOf } from './entry-names.ts';
import type { ReleaseWarning } from './types.ts';

/** Shallower first, then by path, so the choice never depends on the archive's entry order. */
export function byDepthThenPath(a: ArchiveEntry, b: ArchiveEntry): number {
  return depthOf(a.path) - depthOf(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/**
 * Chooses the `sip.ver` that describes the images: with several, the one in the folder holding
 * the most images (a stray copy elsewhere usually belongs to an older release), with a warning.
 */
export function pickSipVer(
  sipVers: readonly ArchiveEntry[],
  imageFolders: readonly string[],
): { sipVer: ArchiveEntry | undefined; warnings: ReleaseWarning[] } {
  if (sipVers.length <= 1) return { sipVer: sipVers[0], warnings: [] };
  const imagesIn = (entry: ArchiveEntry): number =>
    imageFolders.filter((folder) => folder === folderOf(entry.path)).length;
  const [used, ...ignored] = [...sipVers].sort(
    (a, b) => imagesIn(b) - imagesIn(a) || byDepthThenPath(a, b),
  ) as [ArchiveEntry, ...ArchiveEntry[]];
  return {
    sipVer: used,
    warnings: [
      { code: 'several-sip-ver', used: used.path, ignored: ignored.map((entry) => entry.path) },
    ],
  };
}
