import { throwIfAborted } from '../../core/export/abort.ts';
import { createGroupedWriter } from './grouped-writer.ts';
import type { Stager } from './stager.ts';
import { isNotFound, writeStep } from './write-errors.ts';

/**
 * A stager keeping files in a folder of the origin-private file system (on disk, invisible to
 * the user), so staged images do not take memory. The folder is created on first use and
 * removed by `clear()`.
 *
 * @param root where the folder goes; the origin-private root unless given (tests).
 * @throws whatever `navigator.storage.getDirectory()` throws where OPFS is unavailable.
 */
export async function createOpfsStager(
  folderName: string,
  root?: FileSystemDirectoryHandle,
): Promise<Stager> {
  const base = root ?? (await navigator.storage.getDirectory());
  const stagingFolder = (name: string) =>
    writeStep(name, () => base.getDirectoryHandle(folderName, { create: true }));
  return {
    async put(name, stream, signal) {
      const folder = await stagingFolder(name);
      const handle = await writeStep(name, () => folder.getFileHandle(name, { create: true }));
      const writable = await writeStep(name, () => handle.createWritable());
      const grouped = createGroupedWriter((group) => writeStep(name, () => writable.write(group)));
      const reader = stream.getReader();
      try {
        for (let read = await reader.read(); !read.done; read = await reader.read()) {
          throwIfAborted(signal);
          await grouped.push(read.value);
        }
        await grouped.flush();
        await writeStep(name, () => writable.close());
      } catch (error) {
        // Clean-up steps may fail too (the writable already errored); the first error is the story.
        reader.cancel().catch(() => undefined);
        await writable.abort().catch(() => undefined);
        await folder.removeEntry(name).catch(() => undefined);
        throw error;
      }
      return writeStep(name, () => handle.getFile());
    },
    async putVerified(name, source, engine, signal) {
      const folder = await stagingFolder(name);
      const handle = await writeStep(name, () => folder.getFileHandle(name, { create: true }));
      try {
        const sha256 = await engine.stage(source, handle, signal);
        return { blob: await writeStep(name, () => handle.getFile()), sha256 };
      } catch (error) {
        await folder.removeEntry(name).catch(() => undefined);
        throw error;
      }
    },
    async drop(name) {
      // A file that cannot be removed now goes with the next clear().
      const folder = await base.getDirectoryHandle(folderName).catch(() => undefined);
      await folder?.removeEntry(name).catch(() => undefined);
    },
    clear: () => removeFolder(base, folderName),
  };
}

async function removeFolder(base: FileSystemDirectoryHandle, name: string): Promise<void> {
  try {
    await base.removeEntry(name, { recursive: true });
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}
