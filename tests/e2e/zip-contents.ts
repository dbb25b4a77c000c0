import { openAsBlob } from 'node:fs';
import { BlobReader, Uint8ArrayWriter, ZipReader } from '@zip.js/zip.js';

/** Every file of a downloaded zip (folders left out), by path, read back with CRC checks. */
export async function readZip(path: string): Promise<Map<string, Uint8Array>> {
  const reader = new ZipReader(new BlobReader(await openAsBlob(path)), { useWebWorkers: false });
  const files = new Map<string, Uint8Array>();
  for (const entry of await reader.getEntries()) {
    if (entry.directory || !entry.getData) continue;
    files.set(entry.filename, await entry.getData(new Uint8ArrayWriter(), { checkCrc32: true }));
  }
  await reader.close();
  return files;
}
