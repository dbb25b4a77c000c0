/** Why a typed ucs.xml address cannot be checked; the UI turns each into a sentence. */
export type AddressProblem = 'empty' | 'not-http' | 'folder' | 'has-credentials' | 'malformed';

export type CheckAddress = { ok: true; url: string } | { ok: false; problem: AddressProblem };

/**
 * Reads the ucs.xml address a person typed: an absolute http(s) URL of a file. A folder address
 * (ending in `/`) is refused with its own reason, because it is the mistake behind the phone's
 * "XML file cannot be read".
 */
export function readCheckAddress(input: string): CheckAddress {
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: /^[a-z][a-z0-9+.-]*:/i.test(text) ? 'malformed' : 'not-http' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, problem: 'not-http' };
  if (url.username !== '' || url.password !== '') return { ok: false, problem: 'has-credentials' };
  if (url.pathname.endsWith('/')) return { ok: false, problem: 'folder' };
  url.hash = '';
  return { ok: true, url: url.href };
}
