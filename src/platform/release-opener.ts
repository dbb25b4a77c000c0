import type { Release } from '../core/release/types.ts';

/**
 * Opens a release archive in this browser. The archive reader (zip.js and the detection core) is
 * imported here, on first use, so the first screen loads without it. A release zip wrapped in a
 * deflated outer zip is unpacked into the origin-private file system when the browser has one.
 */
export async function openReleaseInBrowser(
  file: Blob,
  name: string,
  signal: AbortSignal,
): Promise<Release> {
  const [{ openRelease }, { stageInnerZip }] = await Promise.all([
    import('../core/release/open-release.ts'),
    import('./inner-zip-stager.ts'),
  ]);
  // Where the browser has no OPFS, the stager says so (nested-zip-needs-storage).
  return openRelease(file, name, { signal, stage: stageInnerZip });
}
