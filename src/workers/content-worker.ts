/**
 * Dedicated worker reading, inflating, checking and hashing whole files off the page's main
 * thread (see readVerified). One request at a time; a cancel terminates the worker.
 */
import { AppError } from '../core/errors.ts';
import { readVerified, type VerifiedBytes } from '../core/export/verified-bytes.ts';
import { toSentError, type ContentReply, type ContentRequest } from './content-protocol.ts';

/** OPFS synchronous access (workers only; not in the DOM typings this project compiles with). */
interface SyncAccessHandle {
  write(buffer: BufferSource, options?: { at?: number }): number;
  truncate(size: number): void;
  flush(): void;
  close(): void;
}
type SyncCapable = FileSystemFileHandle & {
  createSyncAccessHandle?: () => Promise<SyncAccessHandle>;
};

addEventListener('message', (event: MessageEvent<ContentRequest>) => {
  void answer(event.data).then(({ reply, transfer }) => postMessage(reply, { transfer }));
});

async function answer(
  request: ContentRequest,
): Promise<{ reply: ContentReply; transfer: Transferable[] }> {
  const { id } = request;
  try {
    const verified = await readVerified(request.source);
    if (request.op === 'read') {
      const reply = { id, ok: true, sha256: verified.sha256, bytes: verified.bytes } as const;
      return { reply, transfer: [verified.bytes.buffer] };
    }
    if (request.op === 'stage') await writeInto(request.target, verified, request.source.file);
    return { reply: { id, ok: true, sha256: verified.sha256 }, transfer: [] };
  } catch (error) {
    return { reply: { id, ok: false, error: toSentError(error) }, transfer: [] };
  }
}

/** Synchronous access writes straight to disk, without the swap file an async writable uses. */
async function writeInto(target: SyncCapable, { bytes }: VerifiedBytes, file: string) {
  try {
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
    await writable.write(bytes);
    await writable.close();
  } catch (cause) {
    throw new AppError('write-failed', `Could not write ${file}.`, { file, cause });
  }
}
