import { FIRST_CUSTOM_SERVER_MAJOR } from '../catalog/legacy.ts';
import { isReleaseNewerThanLine } from '../catalog/lookup.ts';
import { isWellFormedVersion } from '../version/check.ts';
import { splitVersion } from '../version/leading-numbers.ts';
import type { FirmwareImage, ReleaseWarning } from './types.ts';

/** The warnings {@link versionWarnings} gives: they follow the version as the admin edits it. */
export function isVersionWarning(warning: ReleaseWarning): boolean {
  return (
    warning.code === 'version-unusual' ||
    warning.code === 'sip-3x' ||
    warning.code === 'newer-than-model-line' ||
    warning.code === 'model-before-custom-server'
  );
}

/**
 * What the admin should know about a release's version: an unusual label, a SIP 3.x release,
 * each image whose model's last release line is older than this release, and each image of a
 * model whose releases ended before the custom-server upgrade existed (whatever this release is).
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
    const line = image.model?.lastLine;
    if (image.model !== undefined && line !== undefined && line.major < FIRST_CUSTOM_SERVER_MAJOR) {
      warnings.push({
        code: 'model-before-custom-server',
        partNumber: image.partNumber,
        modelLine: image.model.lastLineLabel,
      });
    } else if (image.model !== undefined && isReleaseNewerThanLine(version, image.model)) {
      warnings.push({
        code: 'newer-than-model-line',
        partNumber: image.partNumber,
        modelLine: image.model.lastLineLabel,
      });
    }
  }
  return warnings;
}
