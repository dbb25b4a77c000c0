import { AppError } from '../errors.ts';

/**
 * The most entries an archive may list. A real Split release lists a few hundred (images,
 * configuration, localization folders); a download wrapping one adds a handful. Thirty times
 * that leaves room for any release while refusing, before it costs memory or time, an archive of
 * hundreds of thousands of entries that cannot be one.
 */
export const MAX_ENTRIES = 10_000;

/**
 * The most bytes any single read may take while listing. The central directory is the largest
 * (about 100 bytes an entry, 60 KB for a real release); 4 MiB holds {@link MAX_ENTRIES} entries
 * with names of 400 bytes. Together these bound memory while opening any archive, whatever it
 * declares (see docs/architecture.md).
 */
export const MAX_LISTING_READ_BYTES = 4 * 1024 * 1024;

export function tooManyEntries(archiveName: string): AppError {
  return new AppError(
    'too-many-entries',
    `The archive lists more than ${MAX_ENTRIES} entries or ${MAX_LISTING_READ_BYTES} bytes of them.`,
    { file: archiveName },
  );
}
