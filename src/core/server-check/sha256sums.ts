/** One line of a SHA256SUMS file. */
export interface ChecksumLine {
  readonly path: string;
  readonly sha256: string;
}

/** `<64 hex>  <path>` (text mode) or `<64 hex> *<path>` (binary mode), as sha256sum writes them. */
const LINE = /^([0-9a-fA-F]{64}) [ *](.+)$/;

/**
 * Reads the lines of a SHA256SUMS as `sha256sum` writes them, hashes lower-cased. Lines of
 * another shape (blank, comments, escaped names starting with a backslash) are passed over: the
 * check then simply does not know those files.
 */
export function parseSha256sums(text: string): ChecksumLine[] {
  return text.split(/\r?\n/).flatMap((line) => {
    const match = LINE.exec(line);
    if (!match?.[1] || !match[2]) return [];
    return [{ path: match[2], sha256: match[1].toLowerCase() }];
  });
}
