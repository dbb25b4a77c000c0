import { describe, expect, it } from 'vitest';
import { textContent } from '../../../../src/core/export/bytes-content.ts';
import { createFilePreparer } from '../../../../src/platform/export/prepare-file.ts';
import { createMemoryStaging } from '../../../../src/platform/staging/memory-staging.ts';
import {
  createInThreadEngine,
  type ContentEngine,
} from '../../../../src/workers/content/engine.ts';

/** The engine of this thread, whose checks end only when the test says so. */
function engineCheckingOnCue(): ContentEngine & { finishChecks(): void } {
  const engine = createInThreadEngine();
  const waiting: (() => void)[] = [];
  return {
    ...engine,
    async check(source, signal) {
      await new Promise<void>((resolve) => waiting.push(resolve));
      return engine.check(source, signal);
    },
    finishChecks: () => waiting.splice(0).forEach((finish) => finish()),
  };
}

describe('createFilePreparer', () => {
  it('hands over bytes already in a Blob before their check ends, and the verdict after', async () => {
    const engine = engineCheckingOnCue();
    const prepare = createFilePreparer({ engine, staging: createMemoryStaging() });
    const content = textContent('<PHONE_IMAGES/>');
    const prepared = await prepare({ path: 'ucs.xml', content });
    expect(prepared.blob).toBe(content.blob);
    let verdict: string | undefined;
    void prepared.sha256.then((sha256) => (verdict = sha256));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(verdict).toBeUndefined();
    engine.finishChecks();
    expect(await prepared.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('passes a failed check on through the hash', async () => {
    const engine = engineCheckingOnCue();
    const prepare = createFilePreparer({ engine, staging: createMemoryStaging() });
    const content = { ...textContent('<PHONE_IMAGES/>'), crc32: 1 };
    const prepared = await prepare({ path: 'ucs.xml', content });
    engine.finishChecks();
    await expect(prepared.sha256).rejects.toMatchObject({ code: 'corrupt-entry' });
  });
});
