import { diskSpace } from './disk-space.ts';
import { openExportStaging } from './sinks/export-staging.ts';
import type { Stager } from './sinks/stager.ts';

/**
 * A staging folder of this export's own on disk, or undefined where there is no disk space or
 * the staging folder cannot be made (the disk is full): the caller then keeps bytes in memory.
 */
export async function openDiskStaging(): Promise<Stager | undefined> {
  if (!(await diskSpace())) return undefined;
  try {
    return await openExportStaging();
  } catch (error) {
    console.warn('No disk space for staging; inflated images are held in memory.', error);
    return undefined;
  }
}
