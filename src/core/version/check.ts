/**
 * True for the usual `sip.ver` shape: exactly four dot-separated groups of ASCII digits, zero
 * padding allowed (`3.2.4.0267`). Anything else deserves a warning, never a refusal.
 */
export function isWellFormedVersion(v: string): boolean {
  return /^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$/.test(v);
}
