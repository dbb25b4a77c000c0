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
  // Read side by side: each read of the archive costs a round trip to wherever the browser keeps
  // the file, and one after another they would add up to most of the time a release takes to open.
  const ranges = await Promise.allSettled(
    entries.map((entry) => readEntryDataRange(archive.bytes, entry)),
  );
  const spans = entries.map((entry, index) => {
    const range = ranges[index];
    // The first refusal in entry order is the one reported, whichever read finished first.
    if (range?.status !== 'fulfilled') throw range?.reason;
    return { entry, start: entry.localHeaderOffset, end: range.value.end };
  });
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
