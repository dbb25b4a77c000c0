import { AppError } from '../errors.ts';
import { readEntryDataRange } from './local-header.ts';
import type { Archive, ArchiveEntry } from './types.ts';

/**
 * Checks, before any of them is used, the entries the app will read: each local header must
 * agree with the central directory (see {@link readEntryDataRange}), and no two may claim the
 * same bytes, from local header to end of data. Two entries sharing data would give one image
 * under two names, which no archiver writes. Reads only the local headers.
 *
 * @throws AppError `overlapping-entries` naming the later of two entries, and whatever
 *   {@link readEntryDataRange} throws.
 */
export async function checkEntrySpans(
  archive: Archive,
  entries: readonly ArchiveEntry[],
): Promise<void> {
  const spans: { entry: ArchiveEntry; start: number; end: number }[] = [];
  for (const entry of entries) {
    const { end } = await readEntryDataRange(archive.bytes, entry);
    spans.push({ entry, start: entry.localHeaderOffset, end });
  }
  spans.sort((a, b) => a.start - b.start);
  for (let index = 1; index < spans.length; index += 1) {
    const earlier = spans[index - 1];
    const later = spans[index];
    if (earlier && later && later.start < earlier.end) {
      throw new AppError(
        'overlapping-entries',
        `${later.entry.path} and ${earlier.entry.path} share bytes of the archive.`,
        { file: later.entry.path },
      );
    }
  }
}
