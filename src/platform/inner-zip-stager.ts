import { createOpfsStager } from './sinks/opfs-stager.ts';

type InnerZipStage = (
  stream: ReadableStream<Uint8Array>,
  size: number,
  signal?: AbortSignal,
) => Promise<Blob>;

/** Where a wrapped release zip is unpacked: kept apart from export staging, which is cleared per export. */
const INNER_ZIP_FOLDER = 'ucs-bundler-inner-zips';

/**
 * Unpacks a deflated release zip found inside the opened archive into the origin-private file
 * system, so it can be read by random access like any archive without filling memory. Returns
 * undefined where the browser has no OPFS (the opener then explains why it cannot go on).
 */
export async function createInnerZipStager(): Promise<InnerZipStage | undefined> {
  if (!globalThis.isSecureContext || typeof navigator.storage?.getDirectory !== 'function') {
    return undefined;
  }
  const stager = await createOpfsStager(INNER_ZIP_FOLDER);
  let count = 0;
  return (stream, _size, signal) => {
    count += 1;
    return stager.put(`inner-${Date.now()}-${count}.zip`, stream, signal);
  };
}
