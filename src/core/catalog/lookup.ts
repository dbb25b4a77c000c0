import { splitVersion } from '../version/leading-numbers.ts';
import { PHONE_MODELS } from './models.ts';
import type { PhoneFamily, PhoneModel } from './types.ts';

const BY_PART_NUMBER = new Map(PHONE_MODELS.map((model) => [model.partNumber, model]));

/** Families in the order the model picker shows them: the phones most admins have first. */
export const FAMILY_ORDER: readonly PhoneFamily[] = [
  'VVX',
  'RealPresence Trio',
  'SoundPoint IP',
  'SoundStation IP',
  'SpectraLink',
  'SoundStructure',
];

/**
 * The known model with this hardware part number (exact match, e.g. `3111-44500-001`), or
 * undefined: an unknown part number is never guessed.
 */
export function lookupModel(partNumber: string): PhoneModel | undefined {
  return BY_PART_NUMBER.get(partNumber);
}

/**
 * True when `version` belongs to a release line after the model's last one, e.g. `6.4.6.1234`
 * for a VVX 500 whose line ends at 5.9.x. False when the model's line is unknown or the version
 * has no leading numbers to compare.
 */
export function isReleaseNewerThanLine(version: string, model: PhoneModel): boolean {
  const line = model.lastLine;
  const [major, minor] = splitVersion(version).numbers.map(Number);
  if (line === undefined || major === undefined) return false;
  if (major !== line.major || line.minor === undefined) return major > line.major;
  return minor !== undefined && minor > line.minor;
}
