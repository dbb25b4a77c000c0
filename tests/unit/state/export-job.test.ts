import { describe, expect, it, vi } from 'vitest';
import { abortError } from '../../../src/core/abort.ts';
import type { ExportProgress } from '../../../src/core/export/types.ts';
import type { ExportContext, ExportOutcome } from '../../../src/platform/export/routes.ts';
import { ExportJob } from '../../../src/state/export-job.svelte.ts';

const outcome: ExportOutcome = {
  kind: 'folder',
  destination: 'out',
  phoneUrl: 'http://fw/ucs.xml',
  written: [],
};
const progress = (bytesDone: number, finishing = false): ExportProgress => ({
  bytesDone,
  bytesTotal: 10,
  currentFile: 'a.sip.ld',
  finishing,
});

/** A route that runs until told to end, and what it was given. */
function heldRoute() {
  let context: ExportContext | undefined;
  let end: (result: { outcome?: ExportOutcome; error?: unknown }) => void = () => {};
  const route = (given: ExportContext) => {
    context = given;
    return new Promise<ExportOutcome>((resolve, reject) => {
      end = ({ outcome, error }) => (outcome ? resolve(outcome) : reject(error));
    });
  };
  return { route, context: () => context, end: (result: Parameters<typeof end>[0]) => end(result) };
}

describe('ExportJob', () => {
  it('says it is stopping from the Cancel until the route has undone its work', async () => {
    const job = new ExportJob();
    const held = heldRoute();
    const running = job.run(held.route);
    expect(job.status).toBe('running');
    expect(job.stopping).toBe(false);
    job.cancel();
    expect(held.context()?.signal.aborted).toBe(true);
    expect(job.stopping).toBe(true);
    expect(job.status).toBe('running');
    held.end({ error: abortError() });
    await running;
    expect(job.status).toBe('cancelled');
    expect(job.stopping).toBe(false);
  });

  it('shows no progress once stopping: what lands then is thrown away', async () => {
    const job = new ExportJob();
    const held = heldRoute();
    const running = job.run(held.route);
    held.context()?.onProgress(progress(2));
    job.cancel();
    held.context()?.onProgress(progress(10));
    expect(job.progress?.bytesDone).toBe(2);
    held.end({ error: abortError() });
    await running;
  });

  it('cannot be cancelled once the export is being made final', async () => {
    const job = new ExportJob();
    const held = heldRoute();
    const running = job.run(held.route);
    held.context()?.onProgress(progress(10, true));
    expect(job.finishing).toBe(true);
    job.cancel();
    expect(held.context()?.signal.aborted).toBe(false);
    expect(job.stopping).toBe(false);
    held.end({ outcome });
    await running;
    expect(job.status).toBe('done');
  });

  it('does not claim to stop when nothing runs', () => {
    const job = new ExportJob();
    job.cancel();
    expect(job.stopping).toBe(false);
    expect(job.status).toBe('idle');
  });

  it('shows an export that never started as failed with its reason, or as cancelled', () => {
    const job = new ExportJob();
    const reason = new Error('folder unreadable');
    job.endUnstarted(reason);
    expect([job.status, job.error]).toEqual(['failed', reason]);
    job.endUnstarted();
    expect([job.status, job.error]).toEqual(['cancelled', undefined]);
  });

  it('stops stopping when the route fails instead, and starts the next run afresh', async () => {
    const job = new ExportJob();
    const first = heldRoute();
    const running = job.run(first.route);
    job.cancel();
    first.end({ error: new Error('disk gone') });
    await running;
    expect(job.stopping).toBe(false);
    const second = heldRoute();
    const again = job.run(second.route);
    expect(job.stopping).toBe(false);
    expect(job.status).toBe('running');
    second.end({ outcome });
    await again;
    expect(job.status).toBe('done');
  });

  it('says why after stopping has taken five seconds, and forgets it when the run ends', async () => {
    vi.useFakeTimers();
    try {
      const job = new ExportJob();
      const held = heldRoute();
      const running = job.run(held.route);
      job.cancel();
      vi.advanceTimersByTime(4_999);
      expect(job.stoppingSlowly).toBe(false);
      vi.advanceTimersByTime(1);
      expect(job.stoppingSlowly).toBe(true);
      held.end({ error: abortError() });
      await running;
      expect(job.stoppingSlowly).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
