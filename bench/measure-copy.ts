/**
 * The floor under "Save to folder" in this browser: the copy the browser makes into each file's
 * writable, timed alone on the same bytes (see copyAlone in page-probes.js).
 */
import type { BrowserContext } from '@playwright/test';
import { freshPage } from './browser.ts';
import type { CpuMeter } from './process-io.ts';

/** As many copies at once as the app's folder sink allows behind its checks. */
const COPIES_AT_ONCE = 4;

export interface CopyRun {
  readonly seconds: number;
  readonly cpuSeconds: number;
}

/** Copies `count` slices of `size` bytes of `archive` into an OPFS folder, on a fresh page. */
export async function measureCopyAlone(
  context: BrowserContext,
  url: string,
  archive: string,
  slices: { count: number; size: number },
  startCpuMeter: () => Promise<CpuMeter>,
): Promise<CopyRun> {
  const page = await freshPage(context, url);
  await page.evaluate('window.__bench.clearOpfs()');
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'bench-source';
    input.hidden = true;
    document.body.append(input);
  });
  await page.setInputFiles('#bench-source', archive);
  const cpu = await startCpuMeter();
  const seconds = (await page.evaluate(
    `window.__bench.copyAlone(${slices.count}, ${slices.size}, ${COPIES_AT_ONCE})`,
  )) as number;
  const cpuSeconds = await cpu.stop();
  await page.evaluate('window.__bench.clearOpfs()');
  return { seconds, cpuSeconds };
}
