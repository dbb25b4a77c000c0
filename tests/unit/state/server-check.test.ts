import { describe, expect, it } from 'vitest';
import type { CheckReport } from '../../../src/core/server-check/types.ts';
import { ServerCheckJob, type CheckRunner } from '../../../src/state/server-check.svelte.ts';

const REQUEST = { manifestUrl: 'http://fw.example/ucs.xml' };
const REPORT: CheckReport = { manifestUrl: REQUEST.manifestUrl, files: [], cancelled: false };

describe('ServerCheckJob', () => {
  it('shows progress while running, then the report', async () => {
    const seen: string[] = [];
    const runner: CheckRunner = async (_request, { onProgress }) => {
      onProgress({ bytesDone: 1, bytesTotal: 2, currentFile: 'a.sip.ld' });
      seen.push(job.status, job.progress?.currentFile ?? '');
      return REPORT;
    };
    const job = new ServerCheckJob(runner);
    await job.run(REQUEST);
    expect(seen).toEqual(['running', 'a.sip.ld']);
    expect([job.status, job.report, job.request]).toEqual(['done', REPORT, REQUEST]);
  });

  it('ends as cancelled when Cancel is pressed', async () => {
    const runner: CheckRunner = (_request, { signal }) =>
      new Promise((_resolve, reject) =>
        signal.addEventListener('abort', () => reject(signal.reason)),
      );
    const job = new ServerCheckJob(runner);
    const running = job.run(REQUEST);
    job.cancel();
    await running;
    expect(job.status).toBe('cancelled');
  });

  it('keeps a failure of the check page as an error to show', async () => {
    const job = new ServerCheckJob(async () => Promise.reject(new Error('frame gone')));
    await job.run(REQUEST);
    expect(job.status).toBe('failed');
    expect(job.error).toEqual(new Error('frame gone'));
  });
});
