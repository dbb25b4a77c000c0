import { NESTED_NAME_SEPARATOR } from '../archive/nested.ts';
import { readEntryWhole } from '../archive/entry-content.ts';
import type { Archive, ArchiveEntry } from '../archive/types.ts';
import { parseSipVer } from '../version/sip-ver.ts';
import { guessVersionFromArchiveName } from '../version/guess-from-name.ts';
import type { ReleaseWarning } from './types.ts';

/** `sip.ver` holds ~10 bytes; anything far bigger is not a version file and is not read whole. */
const MAX_SIP_VER_SIZE = 4096;

/** Archive names innermost first: the inner release zip's name is the better guess. */
function namesInnermostFirst(archiveName: string): string[] {
  return archiveName.split(NESTED_NAME_SEPARATOR).reverse();
}

function guessed(archiveName: string): { version: string; warnings: ReleaseWarning[] } {
  const guess = namesInnermostFirst(archiveName)
    .map(guessVersionFromArchiveName)
    .find((candidate) => candidate !== undefined);
  const warnings: ReleaseWarning[] = [{ code: 'sip-ver-missing' }];
  if (guess === undefined) return { version: '', warnings };
  return { version: guess, warnings: [...warnings, { code: 'version-guessed-from-name', guess }] };
}

/**
 * The release's version from its `sip.ver`. Without a usable one (missing, empty, or too big to
 * be a version file), warns `sip-ver-missing` and falls back to a guess from the archive name
 * (`version-guessed-from-name`, for the user to confirm), or ''.
 *
 * @throws AppError from reading `sip.ver` (`corrupt-entry`, `read-failed`, …); an AbortError.
 */
export async function readReleaseVersion(
  archive: Archive,
  sipVer: ArchiveEntry | undefined,
  signal?: AbortSignal,
): Promise<{ version: string; warnings: ReleaseWarning[] }> {
  if (sipVer === undefined || sipVer.size > MAX_SIP_VER_SIZE) return guessed(archive.name);
  const version = parseSipVer(await readEntryWhole(archive, sipVer, signal));
  return version === '' ? guessed(archive.name) : { version, warnings: [] };
}
