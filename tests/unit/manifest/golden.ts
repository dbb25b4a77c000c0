import { readFileSync } from 'node:fs';

/** The text of a golden file in tests/unit/golden, read byte for byte as UTF-8. */
export function golden(name: string): string {
  return readFileSync(new URL(`../golden/${name}`, import.meta.url), 'utf8');
}
