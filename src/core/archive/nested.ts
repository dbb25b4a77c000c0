import { AppError } from '../errors.ts';
import { entryContent, entryStream } from './entry-content.ts';
import { openArchive } from './open.ts';
import type { Archive, ArchiveEntry } from './types.ts';

/**
 * Writes an inflated inner zip somewhere with room for it (the browser passes an OPFS stager)
 * and returns it as a Blob backed by that storage, not by memory.
 */
export type InnerZipStage = (
  stream: ReadableStream<Uint8Array>,
  signal?: AbortSignal,
) => Promise<Blob>;

/** Joins the outer and inner archive names in `Archive.name`. */
export const NESTED_NAME_SEPARATOR = ' › ';

/**
 * Opens a zip stored as an entry of another zip. A stored inner zip is read in place (a slice of
 * the outer bytes: no copy, no staging); a deflated one is inflated, CRC-checked, through `stage`.
 *
 * @throws AppError `encrypted`, `unsupported-compression`, `nested-zip-needs-storage` (deflated
 *   and no `stage`), `corrupt-entry` (no local header, or bad data while staging: more bytes
 *   than declared stop it at once), `entry-header-mismatch`, plus whatever
 *   `openArchive` and `stage` throw; an AbortError when `signal` fires.
 */
export async function openNestedArchive(
  outer: Archive,
  entry: ArchiveEntry,
  options: { signal?: AbortSignal; stage?: InnerZipStage } = {},
): Promise<Archive> {
  const name = `${outer.name}${NESTED_NAME_SEPARATOR}${entry.path.slice(entry.path.lastIndexOf('/') + 1)}`;
  const content = entryContent(outer, entry);
  if (content.kind === 'slice') return openArchive(await content.locate(), name, options.signal);
  if (options.stage === undefined) {
    throw new AppError(
      'nested-zip-needs-storage',
      `${entry.path} must be unpacked to disk first.`,
      {
        file: entry.path,
      },
    );
  }
  const staged = await options.stage(entryStream(content, options.signal), options.signal);
  return openArchive(staged, name, options.signal);
}
