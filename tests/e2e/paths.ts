import { join } from 'node:path';

/** Where the browser tests' generated releases live (git-ignored). */
export const E2E_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'generated', 'e2e');

export function fixturePath(name: string): string {
  return join(E2E_FIXTURES, name);
}

/** Where an intranet might put the app: a folder deep inside another site. */
export const SUB_PATH = '/intranet/tools/ucs/';
export const REPO = join(import.meta.dirname, '..', '..');
/** The production build `npm run test:e2e` makes before the browser tests. */
export const DIST = join(REPO, 'dist');
