import { FAMILY_ORDER } from '../core/catalog/lookup.ts';
import { modelName } from '../core/release/model-name.ts';
import type { FirmwareImage, ReleaseWarning } from '../core/release/types.ts';
import { warningMessage } from './messages.ts';

export interface ModelGroup {
  readonly family: string;
  readonly images: readonly FirmwareImage[];
}

const UNKNOWN_FAMILY = 'Other part numbers';

/** Images grouped by phone family in catalog order; unknown part numbers last. */
export function groupByFamily(images: readonly FirmwareImage[]): ModelGroup[] {
  const families = [...FAMILY_ORDER, UNKNOWN_FAMILY];
  return families
    .map((family) => ({
      family,
      images: images.filter((image) => (image.model?.family ?? UNKNOWN_FAMILY) === family),
    }))
    .filter((group) => group.images.length > 0);
}

/** The name a person reads for an image: `VVX 500 (3111-44500-001)` or `Unknown model (part no. …)`. */
export function imageLabel(image: FirmwareImage): string {
  return image.model ? `${image.model.name} (${image.partNumber})` : modelName(image);
}

/** Warnings that concern one image, as sentences to show beside it. */
export function imageNotes(image: FirmwareImage, warnings: readonly ReleaseWarning[]): string[] {
  const notes = warnings
    .filter((warning) => 'partNumber' in warning && warning.partNumber === image.partNumber)
    .map(warningMessage);
  if (image.kind === 'dect') {
    notes.unshift(
      'Not picked by Select all: the D60 base installs its image (.dect.ld, with its own dect.ver) from a provisioning server, not from a custom server.',
    );
  }
  return notes;
}
