import { FAMILY_ORDER } from '../catalog/lookup.ts';
import type { FirmwareImage } from './types.ts';

const NAME_ORDER = new Intl.Collator('en', { numeric: true });

function familyRank(image: FirmwareImage): number {
  return image.model === undefined ? FAMILY_ORDER.length : FAMILY_ORDER.indexOf(image.model.family);
}

/**
 * Catalog family order, then model name in natural order (VVX 300 before VVX 1500); images the
 * catalog does not know come last, by part number.
 */
export function sortImages(images: readonly FirmwareImage[]): FirmwareImage[] {
  return [...images].sort(
    (a, b) =>
      familyRank(a) - familyRank(b) ||
      NAME_ORDER.compare(a.model?.name ?? a.partNumber, b.model?.name ?? b.partNumber) ||
      NAME_ORDER.compare(a.outputName, b.outputName),
  );
}
