const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWithBom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((byte, i) => bytes[i] === byte);
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // Not UTF-8: every byte is still a character in the single-byte fallback, so nothing is lost.
    return new TextDecoder('latin1').decode(bytes);
  }
}

/**
 * A version label as ucs.xml can carry it: surrounding whitespace and every control character
 * (a stray paste, a NUL pad) dropped.
 */
export function cleanVersionLabel(text: string): string {
  return text.replace(/\p{Cc}/gu, '').trim();
}

/**
 * Reads the version string out of a `sip.ver` file's bytes. Decodes UTF-8 (single-byte latin
 * fallback), drops a UTF-8 BOM, keeps only the first non-blank line, trims surrounding
 * whitespace and NULs and removes any other control character, because the result becomes a
 * label in ucs.xml where control characters are not allowed. Returns '' for an empty or blank
 * file. Never throws: judging the result is {@link isWellFormedVersion}'s job.
 */
export function parseSipVer(bytes: Uint8Array): string {
  const body = startsWithBom(bytes) ? bytes.subarray(UTF8_BOM.length) : bytes;
  const lines = decode(body)
    .split(/\r\n|\r|\n/)
    .map(cleanVersionLabel);
  return lines.find((line) => line !== '') ?? '';
}
