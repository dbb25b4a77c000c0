import { throwIfAborted } from '../../core/abort.ts';

/**
 * Copies the browser makes into writables, running behind the checks: an export goes on to the
 * next file as soon as a file's bytes are verified, while the browser still copies them into the
 * destination. At most `limit` copies run at once; a failure is kept and thrown by the next
 * `start` or by `finish`.
 */
export interface BackgroundCopies {
  /**
   * Waits for room, then starts `copy`. Throws the failure of an earlier copy, if any, or an
   * AbortError when `signal` aborted meanwhile; `copy` is then never started.
   */
  start(copy: () => Promise<void>, signal?: AbortSignal): Promise<void>;
  /** Waits until every copy has ended; throws the first failure. */
  finish(): Promise<void>;
  /** Waits until every copy has ended, failed or not: nothing is left reading or writing. */
  settle(): Promise<void>;
}

export function createBackgroundCopies(limit: number): BackgroundCopies {
  const running = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  const settle = async () => {
    while (running.size > 0) await Promise.all(running);
  };

  return {
    async start(copy, signal) {
      while (running.size >= Math.max(1, limit) && !failure) await Promise.race(running);
      if (failure) throw failure.error;
      throwIfAborted(signal);
      const task: Promise<void> = copy()
        .catch((error: unknown) => {
          failure ??= { error };
        })
        .finally(() => running.delete(task));
      running.add(task);
    },
    async finish() {
      await settle();
      if (failure) throw failure.error;
    },
    settle,
  };
}
