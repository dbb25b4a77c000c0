import { throwIfAborted } from '../../core/abort.ts';
import { splitSafePath } from '../../core/export/safe-path.ts';
import type { OutputSink } from '../../core/export/sink.ts';
import { composeStoredZip, type StoredZipFile } from '../../core/export/stored-zip.ts';

/**
 * A sink composing one stored zip with every file under `rootFolder/`, in plan order (the order
 * the preview shows), whatever order the files were prepared in. No byte is copied: the zip
 * references each prepared Blob (a slice of the release file, a staged inflated image,
 * generated text). `commit` composes it; `result()` returns it.
 *
 * The staged files back the result: they must stay until the zip has been read (downloaded).
 */
export function createZipSink(options: {
  rootFolder: string;
  modified?: Date;
}): OutputSink & { result(): Blob } {
  const { rootFolder } = options;
  splitSafePath(rootFolder);
  const slots: (StoredZipFile | undefined)[] = [];
  let zip: Blob | undefined;

  return {
    async place(prepared, { index, signal, onBytes }) {
      throwIfAborted(signal);
      const { path, blob, size, crc32 } = prepared;
      slots[index] = { path: `${rootFolder}/${path}`, blob, size, crc32 };
      onBytes(size);
    },
    async commit(signal, onFinishing) {
      throwIfAborted(signal);
      // The zip is handed to the browser as a download right after: it cannot be taken back.
      onFinishing?.();
      const entries = slots.filter((entry): entry is StoredZipFile => entry !== undefined);
      if (entries.length !== slots.length) throw new Error('A file was never placed.');
      zip = composeStoredZip(entries, options.modified ?? new Date());
    },
    async abort() {
      slots.length = 0;
      zip = undefined;
    },
    result() {
      if (!zip) throw new Error('The zip is only ready after commit.');
      return zip;
    },
  };
}
