/** How long a step may take in a slow engine on a busy machine before the test gives up. */
export const STEP_TIMEOUT_MS = 60_000;

/**
 * Asks `ready` every 100 ms until it answers true; after `timeoutMs` rejects with what
 * `describe` says about the state it is stuck in.
 */
export async function pollUntil(
  ready: () => Promise<boolean>,
  describe: () => Promise<string>,
  timeoutMs = STEP_TIMEOUT_MS,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(await describe());
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
