import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/core/errors.ts';
import { bytesContent, textContent } from '../../../../src/core/export/bytes-content.ts';
import { runExport, type ExportPlan } from '../../../../src/core/export/run-export.ts';
import type { OutputSink, PrepareFile } from '../../../../src/core/export/sink.ts';
import { prepareInMemory } from '../../../helpers/prepare-in-memory.ts';
import type { ExportProgress, OutputFile, WrittenFile } from '../../../../src/core/export/types.ts';

/** A sink that places each file in small pieces and records what happened, in order. */
function recordingSink(failOn?: string): OutputSink & { log: string[] } {
  const log: string[] = [];
  return {
    log,
    async place(file, { onBytes }) {
      log.push(`write ${file.path}`);
      if (file.path === failOn)
        throw new AppError('write-failed', 'disk full', { file: file.path });
      for (let at = 0; at < file.size; at += 1000) onBytes(Math.min(1000, file.size - at));
    },
    async commit() {
      log.push('commit');
    },
    async abort() {
      log.push('abort');
    },
  };
}

/** Files read and hashed for real, placed in `sink`. */
const through = (sink: OutputSink) => ({ prepare: prepareInMemory, sink });

/** Files taken as they are, unread: for sinks that only watch the order of things. */
const unread: PrepareFile = async (file) => ({
  path: file.path,
  size: file.content.size,
  crc32: file.content.crc32,
  sha256: Promise.resolve(file.path),
  blob: new Blob(),
  release: async () => {},
});

const file = (path: string, size: number): OutputFile => ({
  path,
  content: bytesContent(new Uint8Array(size).fill(path.length)),
});

const plan: ExportPlan = {
  files: [file('a.sip.ld', 5000), file('b.sip.ld', 3001), file('sip.ver', 11)],
  finalFiles: (written: readonly WrittenFile[]) => [
    { path: 'SHA256SUMS', content: textContent(written.map((w) => w.path).join(',')) },
    { path: 'ucs.xml', content: textContent('<PHONE_IMAGES/>') },
  ],
};

describe('runExport', () => {
  it('writes the files, then the final files made from them with ucs.xml last, then commits', async () => {
    const sink = recordingSink();
    const written = await runExport(plan, through(sink));
    expect(sink.log).toEqual([
      'write a.sip.ld',
      'write b.sip.ld',
      'write sip.ver',
      'write SHA256SUMS',
      'write ucs.xml',
      'commit',
    ]);
    expect(written.map((w) => [w.path, w.size])).toEqual([
      ['a.sip.ld', 5000],
      ['b.sip.ld', 3001],
      ['sip.ver', 11],
      ['SHA256SUMS', 'a.sip.ld,b.sip.ld,sip.ver'.length],
      ['ucs.xml', 15],
    ]);
  });

  it('reports progress by bytes, never going back, ending at the total', async () => {
    const progress: ExportProgress[] = [];
    await runExport(plan, through(recordingSink()), { onProgress: (p) => progress.push(p) });
    const done = progress.map((p) => p.bytesDone);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(progress.every((p) => p.bytesDone <= p.bytesTotal)).toBe(true);
    const last = progress[progress.length - 1];
    expect(last?.bytesDone).toBe(5000 + 3001 + 11 + 25 + 15);
    expect(last?.bytesTotal).toBe(last?.bytesDone);
    expect(last?.currentFile).toBe('ucs.xml');
    expect(progress[0]).toEqual({
      bytesDone: 0,
      bytesTotal: 8012,
      currentFile: 'a.sip.ld',
      finishing: false,
    });
    expect(progress.some((p) => p.currentFile === 'b.sip.ld' && p.bytesDone === 6000)).toBe(true);
  });

  it('says when the export becomes final: at the point of no return of the sink, not before', async () => {
    const seen: ExportProgress[] = [];
    const sink: OutputSink = {
      ...recordingSink(),
      async commit(_signal, onFinishing) {
        expect(seen.some((p) => p.finishing)).toBe(false);
        onFinishing?.();
      },
    };
    await runExport(plan, through(sink), { onProgress: (p) => seen.push(p) });
    expect(seen.at(-1)?.finishing).toBe(true);
    expect(seen.filter((p) => p.finishing)).toHaveLength(1);
  });

  it('counts no bytes that land once the export is stopping', async () => {
    const late: (() => void)[] = [];
    const controller = new AbortController();
    const sink: OutputSink = {
      async place(file, { onBytes }) {
        late.push(() => onBytes(file.size));
        controller.abort();
      },
      async commit() {},
      async abort() {
        for (const land of late) land();
      },
    };
    const seen: ExportProgress[] = [];
    await expect(
      runExport(plan, through(sink), {
        signal: controller.signal,
        onProgress: (p) => seen.push(p),
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen.every((p) => p.bytesDone === 0)).toBe(true);
  });

  it('refuses a plan that writes one path twice, before the sink sees the second', async () => {
    const sink = recordingSink();
    const files = [
      { path: 'a.sip.ld', content: textContent('1') },
      { path: 'a.sip.ld', content: textContent('2') },
    ];
    await expect(runExport({ files }, through(sink))).rejects.toThrow('a.sip.ld is written twice.');
    expect(sink.log).toEqual(['write a.sip.ld', 'abort']);
  });

  it('aborts the sink and rethrows when a write fails, committing nothing', async () => {
    const sink = recordingSink('b.sip.ld');
    await expect(runExport(plan, through(sink))).rejects.toMatchObject({
      code: 'write-failed',
      file: 'b.sip.ld',
    });
    expect(sink.log).toEqual(['write a.sip.ld', 'write b.sip.ld', 'abort']);
  });

  it('places a file while its check runs and commits nothing when the check then fails', async () => {
    const sink = recordingSink();
    let failCheck: (error: unknown) => void = () => undefined;
    const checkedLater: PrepareFile = async (file) => ({
      ...(await unread(file)),
      sha256: new Promise<string>((_, reject) => {
        failCheck = reject;
      }),
    });
    const run = runExport({ files: [file('a.sip.ld', 10)] }, { prepare: checkedLater, sink });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sink.log).toEqual(['write a.sip.ld']);
    failCheck(new AppError('corrupt-entry', 'CRC-32 mismatch', { file: 'a.sip.ld' }));
    await expect(run).rejects.toMatchObject({ code: 'corrupt-entry' });
    expect(sink.log).toEqual(['write a.sip.ld', 'abort']);
  });

  it('aborts the sink and ends with an AbortError when cancelled mid-file', async () => {
    const sink = recordingSink();
    const controller = new AbortController();
    const error = await runExport(plan, through(sink), {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.bytesDone >= 2000) controller.abort();
      },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(sink.log).toEqual(['write a.sip.ld', 'abort']);
  });

  it('aborts before writing anything when already cancelled', async () => {
    const sink = recordingSink();
    const controller = new AbortController();
    controller.abort('any reason');
    await expect(
      runExport(plan, through(sink), { signal: controller.signal }),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(sink.log).toEqual(['abort']);
  });
});

/** A sink whose writes wait until released, to watch how many run at once. */
function gatedSink() {
  const log: string[] = [];
  const gates = new Map<string, { open: () => void; fail: (error: unknown) => void }>();
  let running = 0;
  let mostAtOnce = 0;
  const sink: OutputSink = {
    async place(file, { signal }) {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      log.push(`start ${file.path}`);
      try {
        await new Promise<void>((resolve, reject) => {
          gates.set(file.path, { open: resolve, fail: reject });
          signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
        });
        log.push(`end ${file.path}`);
      } catch (error) {
        log.push(`stopped ${file.path}`);
        throw error;
      } finally {
        running -= 1;
      }
    },
    async commit() {
      log.push('commit');
    },
    async abort() {
      log.push('abort');
    },
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { sink, log, gates, settle, mostAtOnce: () => mostAtOnce };
}

describe('runExport progress from sinks that finish behind', () => {
  it('counts bytes reported after a write returned, naming the oldest file still arriving', async () => {
    const late: (() => void)[] = [];
    const sink: OutputSink = {
      async place(file, { onBytes }) {
        // The bytes land later, as a background copy's would, and not in order.
        late.push(() => onBytes(file.size));
      },
      async commit() {
        for (const land of late.reverse()) land();
      },
      async abort() {},
    };
    const seen: ExportProgress[] = [];
    const files = [
      { path: 'a.sip.ld', content: textContent('aaaa') },
      { path: 'b.sip.ld', content: textContent('bb') },
    ];
    await runExport({ files }, through(sink), { onProgress: (p) => seen.push(p) });
    // b lands first: a is still arriving, so it is the one named; then all is in.
    expect(seen.slice(-2)).toEqual([
      { bytesDone: 2, bytesTotal: 6, currentFile: 'a.sip.ld', finishing: false },
      { bytesDone: 6, bytesTotal: 6, currentFile: 'b.sip.ld', finishing: false },
    ]);
    expect(seen.map((p) => p.currentFile)).not.toContain('');
  });
});

describe('runExport with files in flight', () => {
  it('keeps two files in the sink at once and returns them in plan order', async () => {
    const { sink, log, gates, settle, mostAtOnce } = gatedSink();
    const done = runExport(plan, { prepare: unread, sink }, { concurrency: 2 });
    await settle();
    expect(log).toEqual(['start a.sip.ld', 'start b.sip.ld']);
    gates.get('b.sip.ld')?.open();
    await settle();
    expect(log.at(-1)).toBe('start sip.ver');
    gates.get('a.sip.ld')?.open();
    gates.get('sip.ver')?.open();
    await settle();
    gates.get('SHA256SUMS')?.open();
    await settle();
    gates.get('ucs.xml')?.open();
    const written = await done;
    expect(written.map((w) => w.path)).toEqual([
      'a.sip.ld',
      'b.sip.ld',
      'sip.ver',
      'SHA256SUMS',
      'ucs.xml',
    ]);
    expect(mostAtOnce()).toBe(2);
    expect(log.at(-1)).toBe('commit');
  });

  it('starts the costliest files first (inflating counts double, ties in plan order) and still returns plan order', async () => {
    const { sink, log, gates, settle } = gatedSink();
    const sized = (path: string, size: number, inflated = false): OutputFile => ({
      path,
      content: inflated
        ? { kind: 'deflated', size, crc32: 0, entry: path, locate: async () => new Blob() }
        : bytesContent(new Uint8Array(size)),
    });
    const files = [
      sized('small', 10),
      sized('big', 300),
      sized('inflated', 200, true),
      sized('as big', 300),
    ];
    const done = runExport({ files }, { prepare: unread, sink }, { concurrency: 2 });
    await settle();
    expect(log).toEqual(['start inflated', 'start big']);
    gates.get('big')?.open();
    await settle();
    expect(log.at(-1)).toBe('start as big');
    for (const path of ['inflated', 'as big']) gates.get(path)?.open();
    await settle();
    gates.get('small')?.open();
    expect((await done).map((w) => w.path)).toEqual(['small', 'big', 'inflated', 'as big']);
  });

  it('stops the other write when one fails and aborts the sink only once both settled', async () => {
    const { sink, log, gates, settle } = gatedSink();
    const done = runExport(plan, { prepare: unread, sink }, { concurrency: 2 });
    await settle();
    gates.get('b.sip.ld')?.fail(new AppError('corrupt-entry', 'bad CRC', { file: 'b.sip.ld' }));
    await expect(done).rejects.toMatchObject({ code: 'corrupt-entry', file: 'b.sip.ld' });
    expect(log).toEqual([
      'start a.sip.ld',
      'start b.sip.ld',
      'stopped b.sip.ld',
      'stopped a.sip.ld',
      'abort',
    ]);
  });

  it('ends with an AbortError and aborts the sink when cancelled with two files in flight', async () => {
    const { sink, log, settle } = gatedSink();
    const controller = new AbortController();
    const done = runExport(
      plan,
      { prepare: unread, sink },
      { concurrency: 2, signal: controller.signal },
    );
    await settle();
    controller.abort();
    await expect(done).rejects.toMatchObject({ name: 'AbortError' });
    expect(log.slice(2).sort()).toEqual(['abort', 'stopped a.sip.ld', 'stopped b.sip.ld']);
    expect(log.at(-1)).toBe('abort');
  });
});
