import { isBlockedAsMixedContent } from '../../core/server-check/mixed-content.ts';
import type { Fetcher } from '../../core/server-check/types.ts';

/**
 * Fetches as a phone does: a plain GET, no cookies, nothing from the browser's cache. A fetch
 * that fails is tried once more in `no-cors` mode, whose answer cannot be read but shows whether
 * the server answered at all: if it did, the first failure was the browser refusing to let this
 * page read it (no CORS header), not a server that is down.
 */
export const fetchAnswer: Fetcher = async (url, signal) => {
  if (isBlockedAsMixedContent(location.href, url)) return { kind: 'mixed-content' };
  try {
    const response = await fetch(url, {
      signal,
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
    });
    return {
      kind: 'answered',
      httpStatus: response.status,
      contentType: response.headers.get('content-type') ?? '',
      ...(response.redirected ? { redirectedTo: response.url } : {}),
      body: response.body,
    };
  } catch {
    signal.throwIfAborted();
    return (await answersAtAll(url, signal)) ? { kind: 'refused' } : { kind: 'unreachable' };
  }
};

/** True when the server answers; the answer's body is not downloaded. */
async function answersAtAll(url: string, signal: AbortSignal): Promise<boolean> {
  const probe = new AbortController();
  const stop = () => probe.abort();
  signal.addEventListener('abort', stop, { once: true });
  try {
    await fetch(url, {
      mode: 'no-cors',
      signal: probe.signal,
      cache: 'no-store',
      credentials: 'omit',
    });
    return true;
  } catch {
    signal.throwIfAborted();
    return false;
  } finally {
    probe.abort();
    signal.removeEventListener('abort', stop);
  }
}
