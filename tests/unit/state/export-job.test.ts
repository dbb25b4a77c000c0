import { describe, expect, it } from 'vitest';
import { abortError } from '../../../src/core/export/abort.ts';
import { ExportJob, type ExportContext } from '../../../src/state/export-job.svelte.ts';

describe('ExportJob', () => {
  it('says it is stopping from the Cancel until the route has undone its work', async () => {
    const job = new ExportJob();
    let finishUndoing = () => {};
    const route = (context: ExportContext) =>
      new Promise<never>((_resolve, reject) => {
        context.signal.addEventListener('abort', () => {
          finishUndoing = () => reject(abortError());
        });
      });
    const running = job.run(route);
    expect(job.status).toBe('running');
    expect(job.stopping).toBe(false);
    job.cancel();
    expect(job.stopping).toBe(true);
    expect(job.status).toBe('running');
    finishUndoing();
    await running;
    expect(job.status).toBe('cancelled');
    expect(job.stopping).toBe(false);
  });

  it('does not claim to stop when nothing runs', () => {
    const job = new ExportJob();
    job.cancel();
    expect(job.stopping).toBe(false);
  });
});
