/**
 * What the release detector needs to know from an entry's name. Names are only ever matched here:
 * nothing derived from them but the part number ever becomes an output path.
 */

/**
 * `NNNN-NNNNN-NNN.sip.ld` (phone image) or `.dect.ld` (D60 base), any letter case. The part
 * number is digits and dashes only, so the output name rebuilt from it cannot carry a path.
 */
const IMAGE_NAME = /^([0-9]{4}-[0-9]{5}-[0-9]{3})\.(sip|dect)\.ld$/i;

/** Some Windows archivers store `\` as the separator: treat both as one so base names are right. */
const SEPARATOR = /[/\\]/;

/** The last path component: `a/b\c.sip.ld` → `c.sip.ld`. */
export function baseName(path: string): string {
  return path.split(SEPARATOR).at(-1) ?? '';
}

/** Everything before the base name, separators normalised to `/` (`''` at the root). */
export function folderOf(path: string): string {
  return path.split(SEPARATOR).slice(0, -1).join('/');
}

/** How many folders deep an entry sits (0 at the root). */
export function depthOf(path: string): number {
  return path.split(SEPARATOR).length - 1;
}

/** macOS Finder leftovers: anything under `__MACOSX/` and AppleDouble `._name` files. */
export function isMacJunk(path: string): boolean {
  return (
    path.split(SEPARATOR).some((part) => part === '__MACOSX') || baseName(path).startsWith('._')
  );
}

/** True for `sip.ver` in any letter case. */
export function isSipVerName(path: string): boolean {
  return baseName(path).toLowerCase() === 'sip.ver';
}

/** True for the single `sip.ld` of a Combined package, in any letter case. */
export function isCombinedImageName(path: string): boolean {
  return baseName(path).toLowerCase() === 'sip.ld';
}

/**
 * True for a name ending in `.ld`, as every Poly firmware file does, in any letter case: an
 * entry so named that is no image name and no Combined `sip.ld` is worth telling about.
 */
export function looksLikeFirmware(path: string): boolean {
  return baseName(path).toLowerCase().endsWith('.ld');
}

/** The part number and kind an image name carries, or undefined when it is no image name. */
export function parseImageName(
  path: string,
): { partNumber: string; kind: 'sip' | 'dect' } | undefined {
  const match = IMAGE_NAME.exec(baseName(path));
  if (match === null) return undefined;
  const [, partNumber = '', suffix = ''] = match;
  return { partNumber, kind: suffix.toLowerCase() === 'dect' ? 'dect' : 'sip' };
}

/** The canonical output name for an image: `<part>.sip.ld` or `<part>.dect.ld`, lower-case suffix. */
export function canonicalImageName(partNumber: string, kind: 'sip' | 'dect'): string {
  return `${partNumber}.${kind}.ld`;
}
