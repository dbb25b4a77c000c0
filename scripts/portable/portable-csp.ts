import { createHash } from 'node:crypto';

/** The CSP source that allows exactly this inline script or style and nothing else. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy of the single-file page opened from disk. Everything is inlined, so nothing may be
 * loaded from anywhere, not even from beside the file: only the page's own script and style,
 * named by their hashes, run. Images come from `data:` (the icon) and `blob:` as in the hosted
 * page; the content workers start from `blob:` addresses made from code in the page. Each
 * difference from the hosted policy in index.html is explained in docs/architecture.md.
 */
export function portableContentSecurityPolicy(inline: {
  scripts: readonly string[];
  styles: readonly string[];
}): string {
  return [
    "default-src 'none'",
    `script-src ${inline.scripts.map(hashSource).join(' ')}`,
    `style-src ${inline.styles.map(hashSource).join(' ')}`,
    'img-src data: blob:',
    'worker-src blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
