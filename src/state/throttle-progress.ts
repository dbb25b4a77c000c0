import type { ExportProgress } from '../core/export/types.ts';

/** Progress arrives per 64 KiB chunk; repainting more often than this only costs time. */
const PROGRESS_INTERVAL_MS = 100;

/**
 * Passes progress on at most every PROGRESS_INTERVAL_MS, except what must show at once (another
 * file, the last byte, the point of no return); an update held back is shown when the interval
 * ends, so the bar never stops short of the latest figure.
 */
export function throttleProgress(show: (progress: ExportProgress) => void): {
  offer(progress: ExportProgress): void;
  stop(): void;
} {
  let shown: ExportProgress | undefined;
  let shownAt = 0;
  let held: ReturnType<typeof setTimeout> | undefined;
  let latest: ExportProgress | undefined;
  const showNow = (progress: ExportProgress) => {
    if (held !== undefined) clearTimeout(held);
    held = undefined;
    shown = progress;
    shownAt = performance.now();
    show(progress);
  };
  return {
    offer(progress: ExportProgress) {
      latest = progress;
      const urgent =
        progress.currentFile !== shown?.currentFile ||
        progress.finishing !== shown?.finishing ||
        progress.bytesDone >= progress.bytesTotal;
      const wait = shownAt + PROGRESS_INTERVAL_MS - performance.now();
      if (urgent || wait <= 0) showNow(progress);
      else held ??= setTimeout(() => latest && showNow(latest), wait);
    },
    stop() {
      if (held !== undefined) clearTimeout(held);
      held = undefined;
    },
  };
}
