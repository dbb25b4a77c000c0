import type { FirmwareImage } from './types.ts';

/** What a person calls the phone an image is for: `VVX 500`, or `Unknown model (part no. …)`. */
export function modelName(image: FirmwareImage): string {
  return image.model?.name ?? `Unknown model (part no. ${image.partNumber})`;
}
