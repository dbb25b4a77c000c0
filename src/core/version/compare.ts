import { compareDigits, splitVersion, type VersionParts } from './leading-numbers.ts';

function compareNumberLists(a: readonly string[], b: readonly string[]): number {
  const shared = Math.min(a.length, b.length);
  for (let i = 0; i < shared; i++) {
    const order = compareDigits(a[i] as string, b[i] as string);
    if (order !== 0) return order;
  }
  // A shorter prefix sorts first: 4.0.11 before 4.0.11.1009.
  return a.length - b.length;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareParts(a: VersionParts, b: VersionParts): number {
  // Labels with no leading number at all ("beta") go after every numbered one.
  const aUnnumbered = a.numbers.length === 0 ? 1 : 0;
  const bUnnumbered = b.numbers.length === 0 ? 1 : 0;
  if (aUnnumbered !== bUnnumbered) return aUnnumbered - bUnnumbered;
  const byNumbers = compareNumberLists(a.numbers, b.numbers);
  if (byNumbers !== 0) return byNumbers;
  // Same numbers: the plain release before a labelled one ("4.0.11" before "4.0.11 Rev K").
  const aLabelled = a.rest === '' ? 0 : 1;
  const bLabelled = b.rest === '' ? 0 : 1;
  if (aLabelled !== bLabelled) return aLabelled - bLabelled;
  return compareText(a.rest, b.rest);
}

/**
 * Orders version labels oldest first: leading numbers compared numerically part by part
 * (4.0.15.1009 < 5.9.8.5760 < 6.4.6.1234), then labels with text after the numbers after the
 * plain ones, labels without leading numbers last. Numerically equal labels (`5.9.8.0100` and
 * `5.9.8.100`) are ordered by plain string comparison, so the order is total and stable: the
 * result is 0 only for identical strings. Never throws.
 */
export function compareVersions(a: string, b: string): number {
  const order = compareParts(splitVersion(a), splitVersion(b));
  return order !== 0 ? Math.sign(order) : compareText(a, b);
}
