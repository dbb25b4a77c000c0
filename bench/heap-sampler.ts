/**
 * The page's main-thread JS heap through the DevTools Protocol: a baseline after a garbage
 * collection, then samples every ~50 ms while something runs.
 */
import type { CDPSession } from '@playwright/test';

const INTERVAL_MS = 50;

export interface HeapWatch {
  readonly beforeBytes: number;
  /** Stops sampling; resolves to the highest used size seen (the baseline at least). */
  stop(): Promise<{ peakBytes: number; samples: number }>;
}

async function usedBytes(session: CDPSession): Promise<number> {
  const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize;
}

/** Collects garbage, records the baseline and starts sampling. */
export async function watchHeap(session: CDPSession): Promise<HeapWatch> {
  await session.send('HeapProfiler.collectGarbage');
  const beforeBytes = await usedBytes(session);
  let peakBytes = beforeBytes;
  let samples = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const used = await usedBytes(session).catch(() => 0);
      peakBytes = Math.max(peakBytes, used);
      samples += 1;
      await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
    }
  })();
  return {
    beforeBytes,
    async stop() {
      running = false;
      await loop;
      return { peakBytes, samples };
    },
  };
}
