/**
 * Copies the browser makes into writables, running behind the checks: an export goes on to the
 * next file as soon as a file's bytes are verified, while the browser still copies them into the
 * destination. At most `limit` copies run at once (each may hold a staged file on disk); a
 * failure is kept and thrown by the next `start` or by `finish`.
 */
export interface BackgroundCopies {
  /** Waits for room, then starts `copy`. Throws the failure of an earlier copy, if any. */
  start(copy: () => Promise<void>): Promise<void>;
  /** Waits until every copy has ended; throws the first failure. */
  finish(): Promise<void>;
}

export function createBackgroundCopies(limit: number): BackgroundCopies {
  const running = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;

  return {
    async start(copy) {
      while (running.size >= Math.max(1, limit) && !failure) await Promise.race(running);
      if (failure) throw failure.error;
      const task: Promise<void> = copy()
        .catch((error: unknown) => {
          failure ??= { error };
        })
        .finally(() => running.delete(task));
      running.add(task);
    },
    async finish() {
      await Promise.all(running);
      if (failure) throw failure.error;
    },
  };
}
