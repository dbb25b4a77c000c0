/** Why a server folder URL was refused; the UI turns each into a sentence. */
export type UrlProblem =
  | 'empty'
  | 'not-http'
  | 'no-host'
  | 'has-spaces'
  | 'has-backslash'
  | 'has-query'
  | 'has-fragment'
  | 'has-credentials'
  | 'malformed';

export type NormalizedUrl = { ok: true; url: string } | { ok: false; problem: UrlProblem };

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;

function refuse(problem: UrlProblem): NormalizedUrl {
  return { ok: false, problem };
}

/** Whichever of `?` and `#` comes first names the problem. */
function queryOrFragment(text: string): UrlProblem | undefined {
  const query = text.indexOf('?');
  const fragment = text.indexOf('#');
  if (query === -1 && fragment === -1) return undefined;
  if (fragment === -1 || (query !== -1 && query < fragment)) return 'has-query';
  return 'has-fragment';
}

function parsesAsUrl(text: string): boolean {
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks and normalizes the web folder URL that goes into ucs.xml's PATH. Trims the input, then
 * requires an absolute `http://` or `https://` URL with a host and refuses spaces, backslashes, a
 * query, a fragment, credentials and control characters (Poly's phones support none of them).
 * Lower-cases the scheme and host, keeps the path exactly as typed (no percent-decoding or dot
 * resolution) and adds the trailing `/`. Idempotent: an accepted result normalizes to itself.
 */
export function normalizeServerUrl(input: string): NormalizedUrl {
  const text = input.trim();
  if (text === '') return refuse('empty');
  if (/\s/u.test(text)) return refuse('has-spaces');
  if (text.includes('\\')) return refuse('has-backslash');
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') return refuse('not-http');
  const misplaced = queryOrFragment(text);
  if (misplaced) return refuse(misplaced);
  if (/\p{Cc}/u.test(text)) return refuse('malformed');
  const afterScheme = text.slice(scheme.length + 1);
  if (!afterScheme.startsWith('//')) return refuse('malformed');
  const slash = afterScheme.indexOf('/', 2);
  const authority = slash === -1 ? afterScheme.slice(2) : afterScheme.slice(2, slash);
  const path = slash === -1 ? '/' : afterScheme.slice(slash);
  if (authority.includes('@')) return refuse('has-credentials');
  if (authority === '' || authority.startsWith(':')) return refuse('no-host');
  const url = `${scheme}://${authority.toLowerCase()}${path.endsWith('/') ? path : `${path}/`}`;
  return parsesAsUrl(url) ? { ok: true, url } : refuse('malformed');
}
