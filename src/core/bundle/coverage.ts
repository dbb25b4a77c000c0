import type { ManifestEntry } from '../manifest/types.ts';
import { modelName } from '../release/model-name.ts';
import type { BundleRelease } from './types.ts';

/** What one version's folder offers one model. */
export type Coverage =
  /** The folder holds the model's image. */
  | 'served'
  /** The phone's menu offers this version, but the folder lacks the image: installing fails. */
  | 'missing'
  /** An entry already on the server: the app cannot see which images that folder holds. */
  | 'unknown';

export interface CoverageTable {
  /** The manifest's versions, in menu order (oldest first). */
  readonly versions: readonly string[];
  /** Every model picked in any release, by part number, with a display name. */
  readonly models: readonly { readonly partNumber: string; readonly name: string }[];
  /** `cells[model][version]`, indexed like `models` and `versions`. */
  readonly cells: readonly (readonly Coverage[])[];
}

/**
 * Which version folder serves which phones. Every phone sees every `PHONE_IMAGE` of ucs.xml in
 * its menu, so a version whose folder lacks a model's image is a trap for that model's phones.
 */
export function coverageTable(
  releases: readonly BundleRelease[],
  manifest: readonly ManifestEntry[],
): CoverageTable {
  const models = new Map<string, string>();
  for (const release of releases) {
    for (const image of release.images) {
      if (!models.has(image.partNumber)) models.set(image.partNumber, modelName(image));
    }
  }
  const versions = manifest.map((entry) => entry.version);
  const byVersion = new Map(releases.map((release) => [release.version, release]));
  const cells = [...models.keys()].map((partNumber) =>
    versions.map((version): Coverage => {
      const release = byVersion.get(version);
      if (release === undefined) return 'unknown';
      return release.images.some((image) => image.partNumber === partNumber) ? 'served' : 'missing';
    }),
  );
  return {
    versions,
    models: [...models].map(([partNumber, name]) => ({ partNumber, name })),
    cells,
  };
}

const MARK: Record<Coverage, string> = { served: 'yes', missing: 'MISSING', unknown: '?' };

/** The table in plain text for README.txt, columns padded to line up in a fixed-width font. */
export function coverageText(table: CoverageTable): string {
  const header = ['Model (part number)', ...table.versions];
  const rows = table.models.map((model, index) => [
    `${model.name} (${model.partNumber})`,
    ...(table.cells[index] ?? []).map((cell) => MARK[cell]),
  ]);
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  const notes = [
    "yes = the version folder holds this model's image",
    "MISSING = the phone's menu offers this version but installing it will fail",
    '? = already on the server; check that folder yourself',
  ];
  return [line(header), ...rows.map(line), '', ...notes].join('\n') + '\n';
}
