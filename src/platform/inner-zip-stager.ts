import type { Stager as InnerZipStage } from '../core/archive/nested.ts';
import { AppError } from '../core/errors.ts';
import { createOpfsStager } from './sinks/opfs-stager.ts';

/** Where a wrapped release zip is unpacked: apart from export staging, whose folders expire. */
export const INNER_ZIP_FOLDER = 'ucs-bundler-inner-zips';

let unpacked = 0;

/**
 * Unpacks a deflated release zip found inside the opened archive into the origin-private file
 * system, so it can be read by random access like any archive without filling memory. OPFS is
 * asked for only when such a zip turns up: a browser that refuses it (a private window) still
 * opens every other release, and this one gets the reason it cannot.
 */
export const stageInnerZip: InnerZipStage = async (stream, _size, signal) => {
  let stager;
  try {
    stager = await createOpfsStager(INNER_ZIP_FOLDER);
  } catch (cause) {
    await stream.cancel().catch(() => undefined);
    throw new AppError('nested-zip-needs-storage', 'This browser gives the app no disk space.', {
      cause,
    });
  }
  unpacked += 1;
  return stager.put(`inner-${Date.now()}-${unpacked}.zip`, stream, signal);
};
