import { abortError } from '../../core/abort.ts';
import { AppError } from '../../core/errors.ts';
import type { BytesSource, VerifiedBytes } from '../../core/export/verified-bytes.ts';
import { writeStep } from '../../core/export/write-step.ts';
import { createInThreadEngine, isStagingRefusal, type ContentEngine } from './engine.ts';
import { writeWholeFile } from './write-whole.ts';
import { fromSentError, type ContentJob, type ContentReply } from './protocol.ts';
import { spawnContentWorker } from './spawn-content-worker.ts';

/** Both cores of a small machine; more would only compete with the page and the browser. */
const WORKERS = 2;

/** A worker that could not start (blocked, failed to load): the job runs on this thread. */
class WorkerUnavailable extends Error {}

/**
 * A ContentEngine running each job in one of a few dedicated workers, so inflating, CRC and
 * hashing use every core and keep the page responsive. A cancel terminates the worker doing the
 * job (a new one is started for the next job). Where a worker cannot start, this and every later
 * job run on the calling thread instead. Where a worker cannot write a staged file (the engine
 * cannot send it the file's handle, or refuses it synchronous access), the worker still reads
 * and verifies the bytes, and this thread writes them, for this and every later file.
 */
export function createWorkerEngine(spawn: () => Worker = spawnContentWorker): ContentEngine {
  const fallback = createInThreadEngine();
  const idle: Worker[] = [];
  const started = new Set<Worker>();
  const waiting: ((worker: Worker) => void)[] = [];
  let lastId = 0;
  let unavailable = false;
  let stagingInWorker = true;

  const start = () => {
    const worker = spawn();
    started.add(worker);
    return worker;
  };
  const acquire = (): Promise<Worker> => {
    const worker = idle.pop();
    if (worker) return Promise.resolve(worker);
    if (started.size < WORKERS) return Promise.resolve(start());
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = (worker: Worker) => {
    const next = waiting.shift();
    if (next) next(worker);
    else idle.push(worker);
  };
  const retire = (worker: Worker) => {
    worker.terminate();
    started.delete(worker);
    const next = waiting.shift();
    if (next) next(start());
  };

  async function run(job: ContentJob, signal?: AbortSignal): Promise<ContentReply & { ok: true }> {
    const worker = await acquire();
    if (signal?.aborted) {
      release(worker);
      throw abortError();
    }
    const id = ++lastId;
    return new Promise((resolve, reject) => {
      const finish = () => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        signal?.removeEventListener('abort', onAbort);
      };
      const onMessage = (event: MessageEvent<ContentReply>) => {
        if (event.data.id !== id) return;
        finish();
        release(worker);
        if (event.data.ok) resolve(event.data);
        else reject(fromSentError(event.data.error));
      };
      const onError = (event: ErrorEvent) => {
        event.preventDefault();
        finish();
        retire(worker);
        unavailable = true;
        reject(new WorkerUnavailable(event.message));
      };
      const onAbort = () => {
        finish();
        retire(worker);
        reject(abortError());
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        worker.postMessage({ ...job, id });
      } catch (error) {
        // Nothing was sent (a value the engine cannot clone): the worker is free for the next job.
        finish();
        release(worker);
        reject(error);
      }
    });
  }

  /**
   * Runs `inWorker`, or `inThread` where workers cannot run. A file the worker could not read is
   * tried on this thread: WebKit refuses a file page's workers the page's files (NotReadableError).
   * If this thread reads it, the workers are left out from then on; if not, the file really is
   * unreadable and that error stands.
   */
  async function either<T>(inWorker: () => Promise<T>, inThread: () => Promise<T>): Promise<T> {
    if (unavailable) return inThread();
    try {
      return await inWorker();
    } catch (error) {
      if (error instanceof WorkerUnavailable) return inThread();
      if (!(error instanceof AppError && error.code === 'read-failed')) throw error;
      const result = await inThread();
      unavailable = true;
      return result;
    }
  }

  const read = (source: BytesSource, signal?: AbortSignal) =>
    either(
      async () => {
        const reply = await run({ op: 'read', source }, signal);
        if (!reply.bytes) throw new Error('The worker sent no bytes.');
        return { bytes: reply.bytes, sha256: reply.sha256 };
      },
      () => fallback.read(source, signal),
    );

  const check = (source: BytesSource, signal?: AbortSignal) =>
    either(
      async () => (await run({ op: 'check', source }, signal)).sha256,
      () => fallback.check(source, signal),
    );

  return {
    read,
    check,
    async stage(source, target, signal) {
      const writeHere = async ({ bytes, sha256 }: VerifiedBytes) => {
        await writeStep(source.file, () => writeWholeFile(target, bytes));
        return sha256;
      };
      if (stagingInWorker) {
        try {
          const staged = await either<{ sha256: string; bytes?: Uint8Array<ArrayBuffer> }>(
            () => run({ op: 'stage', source, target }, signal),
            async () => ({
              sha256: await fallback.stage(source, target, signal),
              bytes: undefined,
            }),
          );
          if (!staged.bytes) return staged.sha256;
          // Verified, but the worker was refused the write (synchronous access).
          stagingInWorker = false;
          return await writeHere({ bytes: staged.bytes, sha256: staged.sha256 });
        } catch (error) {
          // The file's handle could not even be sent to the worker.
          if (!isStagingRefusal(error)) throw error;
          stagingInWorker = false;
        }
      }
      return writeHere(await read(source, signal));
    },
    warmUp() {
      // A job of no bytes for each worker starts it, and shows whether it can run at all.
      const nothing = { kind: 'plain', blob: new Blob([]), size: 0, crc32: 0, file: '' } as const;
      for (let index = started.size; index < WORKERS; index += 1) {
        check(nothing).catch(() => undefined);
      }
    },
    dispose() {
      // A job still running here was abandoned by its caller (a sibling write failed first).
      for (const worker of started) worker.terminate();
      started.clear();
      idle.length = 0;
    },
  };
}

/** Workers where the browser has them, this thread otherwise (Node tests, old browsers). */
export function createContentEngine(): ContentEngine {
  return typeof Worker === 'function' ? createWorkerEngine() : createInThreadEngine();
}
