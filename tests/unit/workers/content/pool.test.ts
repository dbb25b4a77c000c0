import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../../src/core/checksum/crc32.ts';
import { AppError } from '../../../../src/core/errors.ts';
import { answerContentRequest } from '../../../../src/workers/content/answer.ts';
import { createInThreadEngine } from '../../../../src/workers/content/engine.ts';
import { createWorkerEngine } from '../../../../src/workers/content/pool.ts';
import {
  toSentError,
  type ContentReply,
  type ContentRequest,
} from '../../../../src/workers/content/protocol.ts';
import { sha256Hex } from '../../../fixtures/sha256.ts';
import { createFakeFolder } from '../../../helpers/fake-fs.ts';

type Behaviour = 'answer' | 'fail-to-start' | 'hang' | 'cannot-read';

/** What the browser's engine allows a worker: Chromium has both, WebKit neither. */
interface EngineTraits {
  /** A `FileSystemFileHandle` survives structured cloning into the worker. */
  clonesFileHandles: boolean;
  /** The worker may open a synchronous access handle on an OPFS file. */
  syncAccess: boolean;
}

const CHROMIUM: EngineTraits = { clonesFileHandles: true, syncAccess: true };

/**
 * Stands in for the content worker: messages are structured-cloned both ways, as a real worker's
 * are (a value that cannot be cloned is refused by `postMessage` itself), and answered with the
 * worker's own code; or the worker never starts, or never answers.
 */
class FakeWorker extends EventTarget {
  terminated = false;
  /** Every job offered, sent or not. */
  readonly offered: ContentRequest['op'][] = [];
  readonly jobs: ContentRequest[] = [];
  constructor(
    private readonly behaviour: Behaviour,
    private readonly traits: EngineTraits,
  ) {
    super();
  }
  postMessage(request: ContentRequest): void {
    this.offered.push(request.op);
    const copy = this.cloned(request);
    this.jobs.push(copy);
    if (this.behaviour === 'fail-to-start') {
      setTimeout(() => this.dispatchEvent(Object.assign(new Event('error'), { message: 'x' })));
    }
    if (this.behaviour === 'cannot-read') {
      // WebKit on a file page: the worker may not read the page's files.
      const refused = new AppError('read-failed', 'The I/O read operation failed.');
      setTimeout(() => this.reply({ id: request.id, ok: false, error: toSentError(refused) }));
    }
    if (this.behaviour !== 'answer') return;
    void answerContentRequest(copy, createInThreadEngine()).then(({ reply, transfer }) =>
      this.reply(structuredClone(reply, { transfer })),
    );
  }
  terminate(): void {
    this.terminated = true;
  }
  /** The request as the worker receives it. File handles are browser objects: passed as they are. */
  private cloned(request: ContentRequest): ContentRequest {
    if (request.op !== 'stage') return structuredClone(request);
    if (!this.traits.clonesFileHandles) {
      throw new DOMException('The object can not be cloned.', 'DataCloneError');
    }
    const { target, ...rest } = request;
    const refused = async () => {
      throw new DOMException('Not supported here.', 'NotSupportedError');
    };
    const seen = this.traits.syncAccess
      ? target
      : Object.assign(Object.create(target) as FileSystemFileHandle, {
          createSyncAccessHandle: refused,
        });
    return { ...structuredClone(rest), target: seen };
  }
  private reply(data: ContentReply) {
    if (!this.terminated) this.dispatchEvent(new MessageEvent('message', { data }));
  }
}

function spawner(behaviour: Behaviour, traits = CHROMIUM) {
  const spawned: FakeWorker[] = [];
  const spawn = () => {
    const worker = new FakeWorker(behaviour, traits);
    spawned.push(worker);
    return worker as unknown as Worker;
  };
  return { spawned, spawn };
}

const bytes = new Uint8Array(50_000).map((_, index) => (index * 7) % 251);
const source = (crc = crc32(bytes)) => ({
  kind: 'plain' as const,
  blob: new Blob([bytes]),
  size: bytes.length,
  crc32: crc,
  file: 'x/a.sip.ld',
});
const sha256 = sha256Hex(bytes);

describe('createWorkerEngine', () => {
  it('runs jobs in at most two workers and returns their answers', async () => {
    const { spawned, spawn } = spawner('answer');
    const engine = createWorkerEngine(spawn);
    const results = await Promise.all([
      engine.read(source()),
      engine.check(source()),
      engine.check(source()),
    ]);
    expect(results[0].bytes).toEqual(bytes);
    expect(results.slice(1)).toEqual([sha256, sha256]);
    expect(results[0].sha256).toBe(sha256);
    expect(spawned).toHaveLength(2);
    expect(spawned.flatMap((worker) => worker.jobs.map((job) => job.op)).sort()).toEqual([
      'check',
      'check',
      'read',
    ]);
    engine.dispose();
    expect(spawned.every((worker) => worker.terminated)).toBe(true);
  });

  it('starts both workers when warmed up, and the first jobs then start none', async () => {
    const { spawned, spawn } = spawner('answer');
    const engine = createWorkerEngine(spawn);
    engine.warmUp();
    expect(spawned).toHaveLength(2);
    await new Promise((resolve) => setTimeout(resolve, 0));
    engine.warmUp();
    expect(await Promise.all([engine.check(source()), engine.check(source())])).toEqual([
      sha256,
      sha256,
    ]);
    // Each warmed worker took its job of no bytes, then one real job; warming again started none.
    expect(spawned.map((worker) => worker.jobs.map((job) => job.source.size))).toEqual([
      [0, bytes.length],
      [0, bytes.length],
    ]);
    engine.dispose();
  });

  it('runs jobs on this thread when the workers fail while warming up', async () => {
    const { spawned, spawn } = spawner('fail-to-start');
    const engine = createWorkerEngine(spawn);
    engine.warmUp();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await engine.check(source())).toBe(sha256);
    expect(spawned.every((worker) => worker.terminated)).toBe(true);
    expect(spawned.flatMap((worker) => worker.offered)).toEqual(['check', 'check']);
  });

  it("rebuilds the worker's AppError with its code and file", async () => {
    const engine = createWorkerEngine(spawner('answer').spawn);
    const error = await engine.check(source(12345)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'corrupt-entry', file: 'x/a.sip.ld' });
  });

  it('runs the job on this thread when a worker cannot start, and every later one too', async () => {
    const { spawned, spawn } = spawner('fail-to-start');
    const engine = createWorkerEngine(spawn);
    expect(await engine.check(source())).toBe(sha256);
    expect(await engine.check(source())).toBe(sha256);
    expect(spawned).toHaveLength(1);
    expect(spawned[0]?.terminated).toBe(true);
  });

  it('reads on this thread what a worker may not read, and leaves the workers out from then on', async () => {
    const { spawned, spawn } = spawner('cannot-read');
    const engine = createWorkerEngine(spawn);
    expect(await engine.check(source())).toBe(sha256);
    expect(await engine.read(source())).toMatchObject({ sha256 });
    expect(spawned.flatMap((worker) => worker.offered)).toEqual(['check']);
  });

  it('reports a file this thread cannot read either', async () => {
    /** A file moved away since it was opened: every read of it fails. */
    class MovedFile extends Blob {
      override slice(): Blob {
        return this;
      }
      override arrayBuffer(): Promise<ArrayBuffer> {
        return Promise.reject(new DOMException('The file is gone.', 'NotReadableError'));
      }
      override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
        return new ReadableStream({
          start: (controller) =>
            controller.error(new DOMException('The file is gone.', 'NotReadableError')),
        });
      }
    }
    const engine = createWorkerEngine(spawner('cannot-read').spawn);
    const moved = { ...source(), blob: new MovedFile([bytes]) };
    await expect(engine.check(moved)).rejects.toMatchObject({ code: 'read-failed' });
  });

  it('terminates the worker of a cancelled job and starts a new one for the next', async () => {
    const { spawned, spawn } = spawner('hang');
    const engine = createWorkerEngine(spawn);
    const controller = new AbortController();
    const job = engine.check(source(), controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 0));
    controller.abort();
    await expect(job).rejects.toMatchObject({ name: 'AbortError' });
    expect(spawned[0]?.terminated).toBe(true);
    void engine.check(source()).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(spawned).toHaveLength(2);
    engine.dispose();
  });

  it('stages verified bytes into the target file and returns their SHA-256', async () => {
    const { fake, handle } = createFakeFolder();
    const target = await handle.getFileHandle('staged', { create: true });
    const engine = createWorkerEngine(spawner('answer').spawn);
    const staged = engine.stage(source(), target as unknown as FileSystemFileHandle);
    expect(await staged).toBe(sha256);
    expect(fake.snapshot()['staged']).toBe(Buffer.from(bytes).toString('latin1'));
    engine.dispose();
  });

  it.each([
    // Nothing was sent: the worker then reads each file for this thread to write.
    [
      'cannot send the file to a worker',
      { clonesFileHandles: false, syncAccess: false },
      ['stage', 'read', 'read'],
    ],
    // The worker verified the first file before the write was refused: it sends those bytes
    // back instead of being asked to make them again.
    [
      'refuses the worker synchronous access',
      { clonesFileHandles: true, syncAccess: false },
      ['stage', 'read'],
    ],
  ] as const)(
    'stages from this thread where the engine %s, with bytes the worker verified',
    async (_why, traits, offered) => {
      const { fake, handle } = createFakeFolder();
      const { spawned, spawn } = spawner('answer', traits);
      const engine = createWorkerEngine(spawn);
      for (const name of ['one', 'two']) {
        const target = await handle.getFileHandle(name, { create: true });
        expect(await engine.stage(source(), target as unknown as FileSystemFileHandle)).toBe(
          sha256,
        );
        expect(fake.snapshot()[name]).toBe(Buffer.from(bytes).toString('latin1'));
      }
      // The worker was given back after the refusal, and asked to write only once.
      expect(spawned).toHaveLength(1);
      expect(spawned[0]?.offered).toEqual(offered);
      expect(await engine.check(source())).toBe(sha256);
      engine.dispose();
    },
  );
});

describe('writing a staged file through synchronous access', () => {
  /** An OPFS file as a worker sees it, taking at most `perWrite` bytes a call, then none. */
  function syncTarget(perWrite: number, capacity: number) {
    const written = new Uint8Array(capacity);
    let closed = false;
    const target = {
      createSyncAccessHandle: async () => ({
        truncate: () => undefined,
        flush: () => undefined,
        close: () => (closed = true),
        write(buffer: Uint8Array, { at = 0 }: { at?: number } = {}) {
          const count = Math.max(0, Math.min(perWrite, buffer.length, capacity - at));
          written.set(buffer.subarray(0, count), at);
          return count;
        },
      }),
    };
    return { target: target as unknown as FileSystemFileHandle, written, closed: () => closed };
  }

  it('keeps writing what a short write left, and closes the file', async () => {
    const { target, written, closed } = syncTarget(7_000, bytes.length);
    expect(await createInThreadEngine().stage(source(), target)).toBe(sha256);
    expect(written).toEqual(bytes);
    expect(closed()).toBe(true);
  });

  it('fails as write-failed, naming the file, when the disk takes no more', async () => {
    const { target, closed } = syncTarget(7_000, 20_000);
    await expect(createInThreadEngine().stage(source(), target)).rejects.toMatchObject({
      code: 'write-failed',
      file: 'x/a.sip.ld',
    });
    expect(closed()).toBe(true);
  });
});
