import type { ArchiveEntry } from './types.ts';

const DESCRIPTOR_SIGNATURE = 0x08074b50;

/** The longest data descriptor: signature, CRC-32 and two 64-bit sizes. */
export const MAX_DESCRIPTOR_LENGTH = 24;

/** Where each layout of a descriptor puts its fields: signature or not, 32- or 64-bit sizes. */
const LAYOUTS = [
  { signed: true, wide: false },
  { signed: true, wide: true },
  { signed: false, wide: false },
  { signed: false, wide: true },
] as const;

/**
 * True when the data descriptor found right after an entry's data (flag bit 3: the local header
 * left the CRC-32 and sizes to it) agrees with the central directory in one of the layouts
 * writers use. Without this, a directory whose CRC and sizes were zeroed would pass a
 * zero-filled local header and serve an empty file that checks out.
 */
export function descriptorAgrees(entry: ArchiveEntry, descriptor: DataView): boolean {
  return LAYOUTS.some(({ signed, wide }) => {
    const at = signed ? 4 : 0;
    const length = at + 4 + (wide ? 16 : 8);
    if (descriptor.byteLength < length) return false;
    if (signed && descriptor.getUint32(0, true) !== DESCRIPTOR_SIGNATURE) return false;
    const size = (offset: number) =>
      wide ? Number(descriptor.getBigUint64(offset, true)) : descriptor.getUint32(offset, true);
    const sizesAt = at + 4;
    return (
      descriptor.getUint32(at, true) === entry.crc32 &&
      size(sizesAt) === entry.compressedSize &&
      size(sizesAt + (wide ? 8 : 4)) === entry.size
    );
  });
}
