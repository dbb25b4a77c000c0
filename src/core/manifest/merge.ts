import { compareVersions } from '../version/compare.ts';
import type { ManifestEntry } from './types.ts';

/** Which of two entries with the same VERSION to keep. */
export type ConflictChoice = 'existing' | 'added';

export interface MergedManifest {
  /** Every entry once per VERSION, oldest first. */
  entries: ManifestEntry[];
  /** VERSION labels found in both lists with different PATHs, in the order they were added. */
  conflicts: string[];
}

/**
 * Combines the entries of a manifest already on the server with the ones being added, sorted
 * oldest first by {@link compareVersions}. A VERSION in both lists is a conflict: `keep` decides
 * which entry survives (the added one by default) and the label is listed in `conflicts` so the
 * UI can ask. An identical entry (same VERSION and PATH) in both is no conflict: nothing to choose.
 * Within one list a repeated VERSION keeps its first entry. Never throws.
 */
export function mergeManifest(
  existing: readonly ManifestEntry[],
  added: readonly ManifestEntry[],
  keep: (version: string) => ConflictChoice = () => 'added',
): MergedManifest {
  const byVersion = new Map<string, ManifestEntry>();
  for (const entry of existing) {
    if (!byVersion.has(entry.version)) byVersion.set(entry.version, entry);
  }
  const seenInAdded = new Set<string>();
  const conflicts: string[] = [];
  for (const entry of added) {
    if (seenInAdded.has(entry.version)) continue;
    seenInAdded.add(entry.version);
    const current = byVersion.get(entry.version);
    if (current !== undefined && current.path !== entry.path) {
      conflicts.push(entry.version);
      if (keep(entry.version) === 'existing') continue;
    }
    byVersion.set(entry.version, entry);
  }
  const entries = [...byVersion.values()].sort((a, b) => compareVersions(a.version, b.version));
  return { entries, conflicts };
}
