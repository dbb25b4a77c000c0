/** A version label split into its leading dot-separated numbers and whatever follows them. */
export interface VersionParts {
  /** Leading digit groups as written (zero padding kept), e.g. `['5', '9', '8', '0100']`. */
  readonly numbers: readonly string[];
  /** Text after the numbers, e.g. ` Rev K`; '' for an all-numeric label. */
  readonly rest: string;
}

/**
 * Splits `4.0.11 Rev K` into numbers `['4', '0', '11']` and rest ` Rev K`. A label that does not
 * start with an ASCII digit has no numbers and is all rest.
 */
export function splitVersion(label: string): VersionParts {
  const match = /^[0-9]+(?:\.[0-9]+)*/.exec(label);
  if (!match) return { numbers: [], rest: label };
  return { numbers: match[0].split('.'), rest: label.slice(match[0].length) };
}

/** Compares two digit strings by numeric value, at any length (no overflow). */
export function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+(?=.)/, '');
  const y = b.replace(/^0+(?=.)/, '');
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}
