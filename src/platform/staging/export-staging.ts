import { createMemoryStaging } from './memory-staging.ts';
import { createOpfsStaging, usableOpfsRoot } from './opfs-staging.ts';
import type { Staging } from './staging.ts';

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
 * This export's staging, the same for every route: a folder of its own in the origin-private
 * file system where the browser offers what staging needs, memory where it does not or refuses
 * (a private window, a file page, Safari before 26). Earlier exports' folders are removed only
 * once expired: a new export must not pull the files from under a download still being written.
 */
export async function openExportStaging(now = Date.now()): Promise<Staging> {
  let base: FileSystemDirectoryHandle;
  try {
    const root = await usableOpfsRoot();
    base = await root.getDirectoryHandle(STAGING_FOLDER, { create: true });
  } catch {
    return createMemoryStaging();
  }
  const names: string[] = [];
  for await (const name of base.keys()) names.push(name);
  for (const name of expiredStagingFolders(names, now)) {
    await base.removeEntry(name, { recursive: true }).catch(() => undefined);
  }
  const unique = Math.random().toString(36).slice(2, 8);
  return createOpfsStaging(`${PREFIX}${now}-${unique}`, base);
}
