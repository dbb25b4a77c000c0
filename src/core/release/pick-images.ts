import type { ArchiveEntry } from '../archive/types.ts';
import { lookupModel } from '../catalog/lookup.ts';
import { canonicalImageName, folderOf } from './entry-names.ts';
import { byDepthThenPath } from './pick-sip-ver.ts';
import type { FirmwareImage, ReleaseWarning } from './types.ts';

/** An entry whose base name is an image name. */
export interface ImageCandidate {
  readonly entry: ArchiveEntry;
  readonly partNumber: string;
  readonly kind: 'sip' | 'dect';
}

/**
 * One image per output name. When the same part number sits in several folders, the copy beside
 * `sip.ver` is the one `sip.ver` describes; without that, the shallowest. Each such choice is
 * reported as `duplicate-part-number`.
 */
export function pickImages(
  candidates: readonly ImageCandidate[],
  sipVerFolder: string | undefined,
): { images: FirmwareImage[]; warnings: ReleaseWarning[] } {
  const byOutputName = new Map<string, ImageCandidate[]>();
  for (const candidate of candidates) {
    const outputName = canonicalImageName(candidate.partNumber, candidate.kind);
    byOutputName.set(outputName, [...(byOutputName.get(outputName) ?? []), candidate]);
  }
  const besideSipVer = (candidate: ImageCandidate): number =>
    folderOf(candidate.entry.path) === sipVerFolder ? 0 : 1;
  const images: FirmwareImage[] = [];
  const warnings: ReleaseWarning[] = [];
  for (const [outputName, copies] of byOutputName) {
    const [used, ...ignored] = [...copies].sort(
      (a, b) => besideSipVer(a) - besideSipVer(b) || byDepthThenPath(a.entry, b.entry),
    ) as [ImageCandidate, ...ImageCandidate[]];
    if (ignored.length > 0) {
      warnings.push({
        code: 'duplicate-part-number',
        partNumber: used.partNumber,
        used: used.entry.path,
        ignored: ignored.map((copy) => copy.entry.path),
      });
    }
    images.push({
      entry: used.entry,
      partNumber: used.partNumber,
      outputName,
      kind: used.kind,
      model: lookupModel(used.partNumber),
    });
  }
  return { images, warnings };
}
