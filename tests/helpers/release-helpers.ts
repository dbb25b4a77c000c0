import type { BundleRelease } from '../../src/core/bundle/types.ts';
import { openRelease } from '../../src/core/release/open-release.ts';
import type { Release } from '../../src/core/release/types.ts';
import { makeRelease, type ReleaseSpec } from '../fixtures/make-release.ts';

/** Opens a generated release the way the app does. */
export async function openGenerated(spec: ReleaseSpec, name = 'release.zip'): Promise<Release> {
  return openRelease(new Blob([await makeRelease(spec)]), name, {});
}

/** A bundle release picking the given part numbers (all images when none are given). */
export function pick(release: Release, parts?: readonly string[], version?: string): BundleRelease {
  return {
    release,
    images: release.images.filter(
      (image) => parts === undefined || parts.includes(image.partNumber),
    ),
    version: version ?? release.version,
  };
}
