import type { InnerZipStage } from '../core/archive/nested.ts';
import { AppError } from '../core/errors.ts';
import { createOpfsStaging, usableOpfsRoot } from './staging/opfs-staging.ts';

/** Where a wrapped release zip is unpacked: apart from export staging, whose folders expire. */
const INNER_ZIP_FOLDER = 'ucs-bundler-inner-zips';

/**
 * This page's mark on the files it unpacks. A Web Lock of the same name is held while the page
 * lives, so another tab of the app can tell its files from those of a tab that is gone.
 */
const TAB_ID = `tab-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
const LOCK_PREFIX = 'ucs-bundler-';

let unpacked = 0;
let ownership: Promise<void> | undefined;

/**
 * Unpacks a deflated release zip found inside the opened archive into the origin-private file
 * system, so it can be read by random access like any archive without filling memory. OPFS is
 * asked for only when such a zip turns up: a browser that refuses it (a private window) still
 * opens every other release, and this one gets the reason it cannot. Files left by tabs that are
 * gone (closed, crashed) are removed first; a file another open tab still reads is never touched.
 */
export const stageInnerZip: InnerZipStage = async (stream, signal) => {
  let staging;
  try {
    staging = createOpfsStaging(INNER_ZIP_FOLDER, await usableOpfsRoot());
  } catch (cause) {
    await stream.cancel().catch(() => undefined);
    throw new AppError('nested-zip-needs-storage', 'This browser gives the app no disk space.', {
      cause,
    });
  }
  await claimAndSweep();
  unpacked += 1;
  return staging.put(`${TAB_ID}-${unpacked}.zip`, stream, signal);
};

/** Takes this tab's lock (once), then removes the files of tabs whose lock nobody holds. */
async function claimAndSweep(): Promise<void> {
  const locks = navigator.locks as LockManager | undefined;
  if (!locks) return; // Without locks no tab can tell; files go with the site's storage.
  ownership ??= new Promise<void>((granted) => {
    void locks.request(LOCK_PREFIX + TAB_ID, () => {
      granted();
      return new Promise<never>(() => {}); // Held until the page goes.
    });
  });
  await ownership;
  const held = new Set((await locks.query()).held?.map((lock) => lock.name) ?? []);
  const root = await navigator.storage.getDirectory();
  const folder = await root.getDirectoryHandle(INNER_ZIP_FOLDER, { create: true });
  const orphans: string[] = [];
  for await (const name of folder.keys()) {
    const owner = /^(tab-\d+-[a-z0-9]+)-/.exec(name)?.[1];
    if (!owner || !held.has(LOCK_PREFIX + owner)) orphans.push(name);
  }
  for (const name of orphans) await folder.removeEntry(name).catch(() => undefined);
}
