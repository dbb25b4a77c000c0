import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from './paths.ts';

/** The portable copy `npm run build:portable` writes (test:e2e builds it before the tests). */
export const PORTABLE_PATH = join(REPO, 'dist-portable', 'ucs-bundler.html');

/** The portable copy's address when opened from disk, as a double-click opens it. */
export const PORTABLE_URL = pathToFileURL(PORTABLE_PATH).href;

/**
 * The requests that left the page: anything but the file itself and the `blob:` and `data:`
 * addresses the page makes of its own bytes (its workers, its icon, the download).
 */
export function requestsLeavingThePage(urls: readonly string[]): string[] {
  return urls.filter(
    (url) => url !== PORTABLE_URL && !url.startsWith('blob:') && !url.startsWith('data:'),
  );
}
