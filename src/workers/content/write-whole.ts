import { wholeBufferView } from '../../core/streams/whole-buffer.ts';

/** OPFS synchronous access (workers only; not in the DOM typings this project compiles with). */
interface SyncAccessHandle {
  write(buffer: BufferSource, options?: { at?: number }): number;
  truncate(size: number): void;
  flush(): void;
  close(): void;
}

/** A file handle that may offer synchronous access: an OPFS file, seen from a worker. */
export type WholeFileTarget = FileSystemFileHandle & {
  createSyncAccessHandle?: () => Promise<SyncAccessHandle>;
};

/**
 * Writes `bytes` as the whole content of `target`. Where synchronous access exists (an OPFS file,
 * in a worker) it writes straight to disk, without the swap file an async writable goes through;
 * elsewhere through a writable, discarded on failure.
 *
 * @throws what the file system throws: a `NotSupportedError` from an engine that lists
 *   synchronous access but refuses it, a quota error, …
 */
export async function writeWholeFile(
  target: WholeFileTarget,
  bytes: Uint8Array<ArrayBuffer>,
): Promise<void> {
  if (target.createSyncAccessHandle) {
    const access = await target.createSyncAccessHandle();
    try {
      access.truncate(0);
      for (let at = 0; at < bytes.length;) {
        const count = access.write(bytes.subarray(at), { at });
        if (count <= 0) throw new Error('The file took no more bytes.');
        at += count;
      }
      access.flush();
    } finally {
      access.close();
    }
    return;
  }
  const writable = await target.createWritable();
  try {
    await writable.write(wholeBufferView(bytes));
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => undefined);
    throw error;
  }
}
