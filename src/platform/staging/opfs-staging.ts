import { throwIfAborted } from '../../core/abort.ts';
import { writeStep } from '../../core/export/write-step.ts';
import { forEachChunk } from '../../core/streams/for-each-chunk.ts';
import { pageWritesFiles } from '../capabilities.ts';
import { createGroupedWriter } from './grouped-writer.ts';
import type { Staging } from './staging.ts';

/**
 * The origin-private file system, when it offers what staging needs: its root, and files the
 * page can write (`createWritable`, missing on the page in Safari before 26).
 *
 * @throws what `navigator.storage.getDirectory()` throws where OPFS is refused (a private window,
 *   a file page), or a `NotSupportedError` where its files cannot be written from the page.
 */
export async function usableOpfsRoot(): Promise<FileSystemDirectoryHandle> {
  if (!pageWritesFiles()) {
    throw new DOMException(
      'Files of the origin-private file system cannot be written here.',
      'NotSupportedError',
    );
  }
  return navigator.storage.getDirectory();
}

/**
 * Staging in a folder of the origin-private file system (on disk, invisible to the user), so
 * staged images do not take memory. The folder is created on first use and removed by `clear()`.
 *
 * @param base where the folder goes (see {@link usableOpfsRoot}).
 */
export function createOpfsStaging(folderName: string, base: FileSystemDirectoryHandle): Staging {
  const stagingFolder = (name: string) =>
    writeStep(name, () => base.getDirectoryHandle(folderName, { create: true }));
  const file = async (name: string) => {
    const folder = await stagingFolder(name);
    return writeStep(name, () => folder.getFileHandle(name, { create: true }));
  };
  const drop = async (name: string) => {
    // A file that cannot be removed now goes with the next clear().
    const folder = await base.getDirectoryHandle(folderName).catch(() => undefined);
    await folder?.removeEntry(name).catch(() => undefined);
  };
  return {
    where: 'disk',
    async put(name, stream, signal) {
      const handle = await file(name);
      const writable = await writeStep(name, () => handle.createWritable());
      try {
        const grouped = createGroupedWriter((group) =>
          writeStep(name, () => writable.write(group)),
        );
        await forEachChunk(stream, async (chunk) => {
          throwIfAborted(signal);
          await grouped.push(chunk);
        });
        await grouped.flush();
        await writeStep(name, () => writable.close());
      } catch (error) {
        // Clean-up steps may fail too (the writable already errored); the first error is the story.
        await writable.abort().catch(() => undefined);
        await drop(name);
        throw error;
      }
      return writeStep(name, () => handle.getFile());
    },
    file,
    drop,
    // What cannot be removed now goes once its export's staging has expired.
    clear: () => base.removeEntry(folderName, { recursive: true }).catch(() => undefined),
  };
}
