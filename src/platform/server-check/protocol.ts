import type { CheckProgress, CheckReport, CheckRequest } from '../../core/server-check/types.ts';

/**
 * The check page's name beside index.html. It is the only document of the app allowed to
 * contact other servers, and it never holds firmware: it gets names, sizes and hashes only.
 */
export const CHECK_PAGE = 'check.html';

/** Sent to the check page's window with a MessagePort; one port per check. */
export interface StartCheck {
  readonly type: 'check';
  readonly request: CheckRequest;
}

/** Sent on the port by the app page. */
export interface CancelCheck {
  readonly type: 'cancel';
}

/** Sent on the port by the check page. */
export type CheckPageMessage =
  | { readonly type: 'progress'; readonly progress: CheckProgress }
  | { readonly type: 'report'; readonly report: CheckReport }
  | { readonly type: 'failed'; readonly detail: string };

export function isStartCheck(data: unknown): data is StartCheck {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { type?: unknown }).type === 'check' &&
    typeof (data as { request?: { manifestUrl?: unknown } }).request?.manifestUrl === 'string'
  );
}
