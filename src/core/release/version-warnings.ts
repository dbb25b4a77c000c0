import { isReleaseNewerThanLine } from '../catalog/lookup.ts';
import { isWellFormedVersion } from '../version/check.ts';
import { splitVersion } from '../version/leading-numbers.ts';
import type { FirmwareImage, ReleaseWarning } from './types.ts';

/** Phones on SIP 3.x have no web-UI upgrade: they need a provisioning server first. */
const FIRST_CUSTOM_SERVER_MAJOR = 4;

/** The warnings {@link versionWarnings} gives: they follow the version as the admin edits it. */
export function isVersionWarning(warning: ReleaseWarning): boolean {
  return (
    warning.code === 'version-unusual' ||
    warning.code === 'sip-3x' ||
    warning.code === 'newer-than-model-line'
  );
}

/**
 * What the admin should know about a release's version: an unusual label, a SIP 3.x release, and
 * each image whose model's last release line is older than this release.
 */
export function versionWarnings(
  version: string,
  images: readonly FirmwareImage[],
): ReleaseWarning[] {
  if (version === '') return [];
  const warnings: ReleaseWarning[] = [];
  if (!isWellFormedVersion(version)) warnings.push({ code: 'version-unusual', version });
  const major = splitVersion(version).numbers[0];
  if (major !== undefined && Number(major) < FIRST_CUSTOM_SERVER_MAJOR)
    warnings.push({ code: 'sip-3x', version });
  for (const image of images) {
    if (image.model !== undefined && isReleaseNewerThanLine(version, image.model)) {
      warnings.push({
        code: 'newer-than-model-line',
        partNumber: image.partNumber,
        modelLine: image.model.lastLineLabel,
      });
    }
  }
  return warnings;
}
