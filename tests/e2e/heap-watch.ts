import type { Page } from '@playwright/test';

/**
 * Samples the page's JavaScript heap through the DevTools protocol (Chromium only) until
 * stopped, and reports the largest figure seen: what the page held at its worst, not after.
 */
export async function watchHeap(page: Page): Promise<{ stop(): Promise<number> }> {
  const session = await page.context().newCDPSession(page);
  let peak = 0;
  let running = true;
  const sample = async () => {
    const usage = (await session.send('Runtime.getHeapUsage')) as {
      usedSize: number;
      backingStorageSize?: number;
    };
    peak = Math.max(peak, usage.usedSize + (usage.backingStorageSize ?? 0));
  };
  const loop = (async () => {
    while (running) {
      await sample();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await sample();
      await session.detach();
      return peak;
    },
  };
}
