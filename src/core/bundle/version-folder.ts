/**
 * The folder name a version's files live in when a bundle holds several versions. A `sip.ver`
 * label can hold spaces or other characters a phone cannot fetch (Poly's guides: no spaces, no
 * escapes in URLs), so anything outside letters, digits, dot, dash and underscore becomes `_`.
 */
export function versionFolderName(version: string): string {
  const safe = version
    .trim()
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^\.+/, '_');
  return safe === '' ? 'unnamed-version' : safe;
}
