import type { CheckProgress, CheckReport, CheckRequest } from '../../core/server-check/types.ts';
import {
  CHECK_PAGE,
  type CancelCheck,
  type CheckPageMessage,
  type StartCheck,
} from './protocol.ts';

let frame: Promise<Window> | undefined;

/** The hidden check page, loaded once and kept for later checks. */
function checkPage(): Promise<Window> {
  frame ??= new Promise((resolve, reject) => {
    const iframe = document.createElement('iframe');
    iframe.hidden = true;
    iframe.title = 'Server check';
    iframe.addEventListener('load', () => {
      if (iframe.contentWindow) resolve(iframe.contentWindow);
      else reject(new Error('The check page did not open.'));
    });
    iframe.src = new URL(CHECK_PAGE, document.baseURI).href;
    document.body.append(iframe);
  });
  return frame;
}

/**
 * Runs a check in the check page: only the request (addresses, names, sizes, hashes) goes there,
 * only progress and the report come back. Rejects with an AbortError on cancel.
 */
export async function checkInCheckPage(
  request: CheckRequest,
  options: { signal: AbortSignal; onProgress(progress: CheckProgress): void },
): Promise<CheckReport> {
  const page = await checkPage();
  options.signal.throwIfAborted();
  const channel = new MessageChannel();
  return new Promise<CheckReport>((resolve, reject) => {
    const cancel = () => {
      channel.port1.postMessage({ type: 'cancel' } satisfies CancelCheck);
      reject(options.signal.reason);
    };
    options.signal.addEventListener('abort', cancel, { once: true });
    const settle = () => {
      options.signal.removeEventListener('abort', cancel);
      channel.port1.close();
    };
    channel.port1.onmessage = (event: MessageEvent<CheckPageMessage>) => {
      const message = event.data;
      if (message.type === 'progress') options.onProgress(message.progress);
      else {
        settle();
        if (message.type === 'report') resolve(message.report);
        else reject(new Error(message.detail));
      }
    };
    const start: StartCheck = { type: 'check', request };
    page.postMessage(start, location.origin, [channel.port2]);
  });
}
