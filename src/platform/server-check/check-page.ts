// The entry of check.html. It waits for the app page (its parent, same origin) to hand it a
// check and a port, runs the check with the network, and answers on that port.
import { checkServer } from '../../core/server-check/run-check.ts';
import type { CheckProgress } from '../../core/server-check/types.ts';
import { fetchAnswer } from './fetch-answer.ts';
import { type CheckPageMessage, isStartCheck } from './protocol.ts';

/** Progress is posted for each new file and then every mebibyte, not for every chunk. */
const PROGRESS_STEP_BYTES = 1024 * 1024;

window.addEventListener('message', (event) => {
  // Only the app's own page, framing this one, may start a check.
  if (window.parent === window || event.source !== window.parent) return;
  if (event.origin !== location.origin) return;
  const [port] = event.ports;
  if (!port || !isStartCheck(event.data)) return;
  const post = (message: CheckPageMessage) => port.postMessage(message);
  const controller = new AbortController();
  port.onmessage = (message: MessageEvent<unknown>) => {
    if ((message.data as { type?: unknown } | null)?.type === 'cancel') controller.abort();
  };
  let posted: CheckProgress | undefined;
  const onProgress = (progress: CheckProgress) => {
    const due =
      progress.currentFile !== posted?.currentFile ||
      progress.bytesDone - posted.bytesDone >= PROGRESS_STEP_BYTES;
    if (!due) return;
    posted = progress;
    post({ type: 'progress', progress });
  };
  checkServer(event.data.request, fetchAnswer, { signal: controller.signal, onProgress })
    .then((report) => post({ type: 'report', report }))
    .catch((error: unknown) => post({ type: 'failed', detail: String(error) }))
    .finally(() => port.close());
});
