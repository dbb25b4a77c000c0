import { createOpfsStager } from './opfs-stager.ts';
import type { Stager } from './stager.ts';

/**
 * How long an export's staged files are kept for the download they back. The browser gives no
 * word when an `<a download>` is finished; even a 1 GB zip is written in well under a minute.
 */
export const STAGING_KEEP_MS = 5 * 60 * 1000;

/** Every export's staging folder sits in here, named `export-<created at>-<random>`. */
const STAGING_FOLDER = 'ucs-bundler-staging';
const PREFIX = 'export-';

/** Names of earlier exports' staging folders that no download can still need. */
export function expiredStagingFolders(names: readonly string[], now: number): string[] {
  return names.filter((name) => {
    if (!name.startsWith(PREFIX)) return false;
    const createdAt = Number(name.slice(PREFIX.length).split('-')[0]);
    return !Number.isFinite(createdAt) || now - createdAt > STAGING_KEEP_MS;
  });
}

/**
 * A staging folder of this export's own in the origin-private file system. Earlier exports'
 * folders are removed only once expired: a new export must not pull the files from under a
 * download that is still being written.
 *
 * @throws whatever `navigator.storage.getDirectory()` throws where OPFS is refused.
 */
export async function openExportStaging(now = Date.now()): Promise<Stager> {
  const root = await navigator.storage.getDirectory();
  const base = await root.getDirectoryHandle(STAGING_FOLDER, { create: true });
  const names: string[] = [];
  for await (const name of base.keys()) names.push(name);
  for (const name of expiredStagingFolders(names, now)) {
    await base.removeEntry(name, { recursive: true }).catch(() => undefined);
  }
  const unique = Math.random().toString(36).slice(2, 8);
  return createOpfsStager(`${PREFIX}${now}-${unique}`, base);
}
