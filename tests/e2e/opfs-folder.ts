import type { Page } from '@playwright/test';

/** The OPFS folder that stands in for the folder an admin picks. */
export const PICKED_FOLDER = 'picked-folder';

/**
 * Replaces the directory picker (which Playwright cannot click) with one that hands out a fresh,
 * empty folder in the origin-private file system, optionally seeded with files.
 */
export async function usePickerBackedByOpfs(
  page: Page,
  seed: Record<string, string> = {},
): Promise<void> {
  await page.addInitScript(
    ({ folderName, files }) => {
      const picked = async () => {
        const root = await navigator.storage.getDirectory();
        return root.getDirectoryHandle(folderName, { create: true });
      };
      Object.defineProperty(window, 'showDirectoryPicker', { configurable: true, value: picked });
      Object.defineProperty(window, '__pickedFolder', { value: picked });
      (window as unknown as { __seedPickedFolder: () => Promise<void> }).__seedPickedFolder =
        async () => {
          const root = await navigator.storage.getDirectory();
          await root.removeEntry(folderName, { recursive: true }).catch(() => undefined);
          const folder = await root.getDirectoryHandle(folderName, { create: true });
          for (const [name, text] of Object.entries(files)) {
            const writable = await (
              await folder.getFileHandle(name, { create: true })
            ).createWritable();
            await writable.write(text);
            await writable.close();
          }
        };
    },
    { folderName: PICKED_FOLDER, files: seed },
  );
}

/** Empties the stand-in folder and writes the seed files (call after the first navigation). */
export async function resetPickedFolder(page: Page): Promise<void> {
  await page.evaluate(() =>
    (window as unknown as { __seedPickedFolder: () => Promise<void> }).__seedPickedFolder(),
  );
}

/**
 * Every file in the stand-in folder (this one's or usePickerBackedByMemory's), recursively, with
 * its size and SHA-256.
 */
export async function listPickedFolder(
  page: Page,
): Promise<Record<string, { size: number; sha256: string; text: string }>> {
  return page.evaluate(async () => {
    const result: Record<string, { size: number; sha256: string; text: string }> = {};
    const hex = (buffer: ArrayBuffer) =>
      [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    async function walk(folder: FileSystemDirectoryHandle, prefix: string) {
      for await (const [name, handle] of (
        folder as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
      ).entries()) {
        if (handle.kind === 'directory') {
          await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
          continue;
        }
        const file = await (handle as FileSystemFileHandle).getFile();
        const bytes = await file.arrayBuffer();
        result[`${prefix}${name}`] = {
          size: file.size,
          sha256: hex(await crypto.subtle.digest('SHA-256', bytes)),
          text: file.size < 100_000 ? new TextDecoder().decode(bytes) : '',
        };
      }
    }
    const picked = (
      window as unknown as { __pickedFolder: () => Promise<FileSystemDirectoryHandle> }
    ).__pickedFolder;
    await walk(await picked(), '');
    return result;
  });
}

/** Makes every write to a file slow, like a slow network drive, so a cancel lands mid-export. */
export async function slowDownWrites(page: Page, delayMs: number): Promise<void> {
  await page.addInitScript((delay) => {
    const prototype = FileSystemWritableFileStream.prototype;
    const write = prototype.write;
    prototype.write = async function (this: FileSystemWritableFileStream, data) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      return write.call(this, data);
    } as typeof prototype.write;
  }, delayMs);
}
