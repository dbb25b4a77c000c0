import { assertReadable } from '../archive/readable-entry.ts';
import type { ArchiveEntry } from '../archive/types.ts';
import { AppError } from '../errors.ts';
import {
  folderOf,
  isCombinedImageName,
  isMacJunk,
  isSipVerName,
  looksLikeFirmware,
  parseImageName,
} from './entry-names.ts';
import { pickImages, type ImageCandidate } from './pick-images.ts';
import { pickSipVer } from './pick-sip-ver.ts';
import { sortImages } from './sort-images.ts';
import type { FirmwareImage, ReleaseWarning } from './types.ts';

/** Smaller than any real phone image (one is tens of MB): a placeholder or a damaged copy. */
export const MIN_PLAUSIBLE_IMAGE_SIZE = 64 * 1024;

/** What a release archive holds, found from its entry list alone. */
export interface Detection {
  readonly images: readonly FirmwareImage[];
  readonly sipVer: ArchiveEntry | undefined;
  readonly warnings: readonly ReleaseWarning[];
}

function imageCandidates(files: readonly ArchiveEntry[]): ImageCandidate[] {
  return files.flatMap((entry) => {
    const parsed = parseImageName(entry.path);
    return parsed === undefined ? [] : [{ entry, ...parsed }];
  });
}

function refuseUnreadable(
  images: readonly FirmwareImage[],
  sipVer: ArchiveEntry | undefined,
): void {
  for (const entry of [...images.map((image) => image.entry), ...(sipVer ? [sipVer] : [])]) {
    assertReadable(entry);
  }
}

/** Entries named like firmware that are neither images nor a Combined `sip.ld`: told, not used. */
function unrecognisedFirmware(files: readonly ArchiveEntry[]): ReleaseWarning[] {
  const paths = files
    .map((entry) => entry.path)
    .filter(
      (path) =>
        looksLikeFirmware(path) && parseImageName(path) === undefined && !isCombinedImageName(path),
    );
  return paths.length === 0 ? [] : [{ code: 'unrecognised-firmware-names', paths }];
}

function noImagesError(files: readonly ArchiveEntry[]): AppError {
  const combined = files.find((entry) => isCombinedImageName(entry.path));
  return combined
    ? new AppError('combined-package', 'This is a Combined package (one sip.ld for every model).', {
        file: combined.path,
      })
    : new AppError('no-images', 'No <part-number>.sip.ld image found in the archive.');
}

/**
 * Finds the firmware images and `sip.ver` of a release from its entries, wherever they sit
 * (root, a wrapping folder, deeper), ignoring macOS junk. Pure: reads no data.
 *
 * @throws AppError `empty-archive` (no files), `combined-package` (a lone `sip.ld`), `no-images`,
 *   `encrypted` (an image or `sip.ver` is password-protected), `unsupported-compression` (an
 *   image neither stored nor deflated).
 */
export function detectRelease(entries: readonly ArchiveEntry[]): Detection {
  const allFiles = entries.filter((entry) => !entry.directory);
  if (allFiles.length === 0) throw new AppError('empty-archive', 'The archive holds no files.');
  const files = allFiles.filter((entry) => !isMacJunk(entry.path));
  const candidates = imageCandidates(files);
  if (candidates.length === 0) throw noImagesError(files);

  const sipVers = files.filter((entry) => isSipVerName(entry.path));
  const picked = pickSipVer(
    sipVers,
    candidates.map((candidate) => folderOf(candidate.entry.path)),
  );
  const sipVerFolder = picked.sipVer && folderOf(picked.sipVer.path);
  const chosen = pickImages(candidates, sipVerFolder);
  const images = sortImages(chosen.images);
  refuseUnreadable(images, picked.sipVer);

  const tooSmall: ReleaseWarning[] = images
    .filter((image) => image.entry.size < MIN_PLAUSIBLE_IMAGE_SIZE)
    .map((image) => ({
      code: 'image-too-small',
      partNumber: image.partNumber,
      size: image.entry.size,
    }));
  return {
    images,
    sipVer: picked.sipVer,
    warnings: [...picked.warnings, ...chosen.warnings, ...tooSmall, ...unrecognisedFirmware(files)],
  };
}
