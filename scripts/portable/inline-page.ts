import { portableContentSecurityPolicy } from './portable-csp.ts';

export interface PageToInline {
  /** The built index.html. */
  readonly html: string;
  /** The text of a file the page links, by its path relative to the page (`assets/index.js`). */
  readonly fileText: (path: string) => string;
  /** The page's icon as a `data:` address. */
  readonly iconDataUrl: string;
}

export interface InlinedPage {
  readonly html: string;
  /** The linked files now inside the page, relative to it. */
  readonly inlined: readonly string[];
}

const SCRIPT_TAG = /<script\b[^>]*\bsrc="\.\/([^"]+)"[^>]*><\/script>/g;
const STYLESHEET_TAG = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="\.\/([^"]+)"[^>]*>/g;
const ICON_TAG = /<link\b[^>]*\brel="(icon|apple-touch-icon)"[^>]*>/g;
const CSP_CONTENT = /(http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/;
/** Anything still pointing at another file once the page is inlined. */
const LEFT_OUT_REFERENCE = /\s(?:src|href)="(?!data:)[^"]*"/;

/**
 * The HTML parser turns every CR into LF before the page sees the text, and the policy's hash is
 * taken over what the page sees: normalised here, the hash and the browser agree.
 */
function asParsed(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Code that cannot close its <script> element early nor switch the parser into the state where
 * `</script>` is ignored. Minified code has these sequences only inside strings, template
 * literals and regular expressions, where `\x3C` reads as the same `<`.
 */
function asInlineScript(code: string): string {
  return asParsed(code).replace(/<(\/?script|!--)/gi, '\\x3C$1');
}

function asInlineStyle(css: string): string {
  if (/<\/style/i.test(css)) throw new Error('A stylesheet holds "</style": it cannot be inlined.');
  return asParsed(css);
}

/**
 * Turns the built page into one self-contained page: module scripts and stylesheets inlined, the
 * icon as `data:`, the home-screen icon (meaningless for a file) dropped, the build's comments
 * removed, and the Content-Security-Policy replaced by the portable one with the hashes of the
 * inlined script and style.
 *
 * @throws Error when the page still refers to another file afterwards.
 */
export function inlinePage({ html, fileText, iconDataUrl }: PageToInline): InlinedPage {
  const inlined: string[] = [];
  const scripts: string[] = [];
  const styles: string[] = [];
  let page = html.replace(/<!--[\s\S]*?-->\s*/g, '');
  page = page.replace(SCRIPT_TAG, (_tag, path: string) => {
    const code = asInlineScript(fileText(path));
    inlined.push(path);
    scripts.push(code);
    return `<script type="module">${code}</script>`;
  });
  page = page.replace(STYLESHEET_TAG, (_tag, path: string) => {
    const css = asInlineStyle(fileText(path));
    inlined.push(path);
    styles.push(css);
    return `<style>${css}</style>`;
  });
  page = page.replace(ICON_TAG, (_tag, rel: string) =>
    rel === 'icon' ? `<link rel="icon" href="${iconDataUrl}" />` : '',
  );
  if (!CSP_CONTENT.test(page))
    throw new Error('The page has no Content-Security-Policy to replace.');
  const policy = portableContentSecurityPolicy({ scripts, styles });
  page = page.replace(
    CSP_CONTENT,
    (_match, before: string, after: string) => before + policy + after,
  );
  const withoutInlined = page.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '');
  const leftOut = LEFT_OUT_REFERENCE.exec(withoutInlined);
  if (leftOut) throw new Error(`The page still refers to another file:${leftOut[0]}`);
  return { html: page, inlined };
}
