import { checkEntrySpans } from '../archive/entry-spans.ts';
import { openNestedArchive, type InnerZipStage } from '../archive/nested.ts';
import { openArchive } from '../archive/open.ts';
import type { Archive, ArchiveEntry } from '../archive/types.ts';
import { AppError } from '../errors.ts';
import { detectRelease, type Detection } from './detect.ts';
import { baseName, isMacJunk } from './entry-names.ts';
import { readReleaseVersion } from './read-version.ts';
import type { Release } from './types.ts';
import { versionWarnings } from './version-warnings.ts';

export interface OpenReleaseOptions {
  readonly signal?: AbortSignal;
  /** Where a deflated inner release zip is unpacked; without it such a zip is refused. */
  readonly stage?: InnerZipStage;
}

/** Zips inside the archive that may be the wrapped release, largest first (notes are small). */
function innerZips(entries: readonly ArchiveEntry[]): ArchiveEntry[] {
  return entries
    .filter(
      (entry) => !entry.directory && !isMacJunk(entry.path) && /\.zip$/i.test(baseName(entry.path)),
    )
    .sort((a, b) => b.size - a.size);
}

/**
 * The archive that holds the release, and what it holds: the file itself, or else the first zip
 * inside it that does (a download wrapping the release zip with its release notes).
 */
async function locateRelease(
  outer: Archive,
  options: OpenReleaseOptions,
): Promise<{ archive: Archive; detection: Detection }> {
  try {
    return { archive: outer, detection: detectRelease(outer.entries) };
  } catch (error) {
    const candidates = innerZips(outer.entries);
    if (!(error instanceof AppError) || error.code !== 'no-images' || candidates.length === 0)
      throw error;
    let firstFailure: unknown;
    for (const entry of candidates) {
      const inner = await openNestedArchive(outer, entry, options);
      try {
        return { archive: inner, detection: detectRelease(inner.entries) };
      } catch (innerError) {
        firstFailure ??= innerError;
      }
    }
    throw firstFailure;
  }
}

/**
 * Opens a release archive: lists it, finds its images and `sip.ver` (looking inside a wrapped
 * release zip when the archive itself has no images), reads the version and gathers every
 * warning. Reads only the directory, the local headers of the images and `sip.ver` (checked
 * against the directory), `sip.ver`, and (for a deflated inner zip) that zip.
 *
 * @throws AppError `not-a-zip`, `truncated-zip`, `damaged-zip`, `too-many-entries`,
 *   `unrecognised-zip`, `empty-archive`, `combined-package`, `no-images`, `encrypted`,
 *   `unsupported-compression`, `nested-zip-needs-storage`, `corrupt-entry`,
 *   `entry-header-mismatch`, `overlapping-entries`, `read-failed`; an AbortError when
 *   `options.signal` fires.
 */
export async function openRelease(
  file: Blob,
  name: string,
  options: OpenReleaseOptions = {},
): Promise<Release> {
  const outer = await openArchive(file, name, options.signal);
  const { archive, detection } = await locateRelease(outer, options);
  const used = detection.images.map((image) => image.entry);
  await checkEntrySpans(archive, detection.sipVer ? [...used, detection.sipVer] : used);
  options.signal?.throwIfAborted();
  const { version, warnings } = await readReleaseVersion(archive, detection.sipVer, options.signal);
  return {
    archive,
    images: detection.images,
    sipVer: detection.sipVer,
    version,
    warnings: [...detection.warnings, ...warnings, ...versionWarnings(version, detection.images)],
  };
}
