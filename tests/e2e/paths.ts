import { join } from 'node:path';

/** Where the browser tests' generated releases live (git-ignored). */
export const E2E_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'generated', 'e2e');

export function fixturePath(name: string): string {
  return join(E2E_FIXTURES, name);
}
