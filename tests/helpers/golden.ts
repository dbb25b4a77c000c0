import { readFileSync } from 'node:fs';

/** The text of a golden file in tests/unit/core/manifest/golden, read byte for byte as UTF-8. */
export function golden(name: string): string {
  return readFileSync(new URL(`../unit/core/manifest/golden/${name}`, import.meta.url), 'utf8');
}
