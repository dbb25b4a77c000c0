import { openAsBlob } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Download, Page } from '@playwright/test';
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

/** Saves a finished download to a fresh temporary file and returns its path. */
export async function saveDownload(download: Download): Promise<string> {
  const path = join(tmpdir(), `ucs-e2e-${Date.now()}-${Math.random().toString(36).slice(2)}.zip`);
  await download.saveAs(path);
  return path;
}

/**
 * Clicks "Download ZIP" as a user does and returns the download once the browser started it;
 * `readDownloadedZip` reads it back.
 */
export async function clickDownloadZip(page: Page): Promise<Download> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Download ZIP/ }).click(),
  ]);
  return download;
}

/** Clicks "Download ZIP" and reads every file of the zip the browser saved. */
export async function downloadZipFiles(page: Page): Promise<Map<string, Uint8Array>> {
  return readZip(await saveDownload(await clickDownloadZip(page)));
}
