import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlinePage } from '../../../scripts/portable/inline-page.ts';

const BUILT_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <!-- why the policy is strict -->
    <meta
      http-equiv="Content-Security-Policy"
      content="default-src 'self'; script-src 'self'"
    />
    <link rel="icon" href="./icon.svg" type="image/svg+xml" />
    <link rel="apple-touch-icon" href="./icon-192.png" />
    <script type="module" crossorigin src="./assets/index-a1.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-b2.css">
  </head>
  <body><div id="app"></div></body>
</html>`;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

function inline(files: Record<string, string>, html = BUILT_PAGE) {
  return inlinePage({
    html,
    fileText: (path) => files[path] ?? '',
    iconDataUrl: 'data:image/svg+xml;base64,PHN2Zy8+',
  });
}

describe('inlinePage', () => {
  it('puts the script and the stylesheet in the page, each allowed by its hash alone', () => {
    const script = 'console.log("$& $1 app")';
    const style = 'body{margin:0}';
    const { html, inlined } = inline({
      'assets/index-a1.js': script,
      'assets/index-b2.css': style,
    });
    expect(inlined).toEqual(['assets/index-a1.js', 'assets/index-b2.css']);
    expect(html).toContain(`<script type="module">${script}</script>`);
    expect(html).toContain(`<style>${style}</style>`);
    expect(html).toContain(`script-src 'sha256-${sha256(script)}'`);
    expect(html).toContain(`style-src 'sha256-${sha256(style)}'`);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toContain("'self'");
    expect(html).not.toContain("'unsafe-inline'");
  });

  it('inlines the icon, drops the home-screen icon and the build comments', () => {
    const { html } = inline({});
    expect(html).toContain('<link rel="icon" href="data:image/svg+xml;base64,PHN2Zy8+" />');
    expect(html).not.toContain('apple-touch-icon');
    expect(html).not.toContain('<!--');
  });

  it('keeps code that spells out </script> or <!-- from ending or bending its element', () => {
    const script = 'const a="</script><!--<script>";const b=/<\\/SCRIPT>/;';
    const { html } = inline({ 'assets/index-a1.js': script });
    const body = /<script type="module">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(body).toBe('const a="\\x3C/script>\\x3C!--\\x3Cscript>";const b=/<\\/SCRIPT>/;');
    expect(new Function(`${body};return a`)()).toBe('</script><!--<script>');
    expect(html).toContain(`'sha256-${sha256(body)}'`);
  });

  it('hashes what the page will see: line ends as the HTML parser turns them', () => {
    const { html } = inline({ 'assets/index-a1.js': 'let a=1;\r\nlet b=2;\rlet c=3;' });
    expect(html).toContain('<script type="module">let a=1;\nlet b=2;\nlet c=3;</script>');
    expect(html).toContain(`'sha256-${sha256('let a=1;\nlet b=2;\nlet c=3;')}'`);
  });

  it('refuses a page that would still need another file, or has no policy to replace', () => {
    const withImage = BUILT_PAGE.replace('<body>', '<body><img src="./logo.png" />');
    expect(() => inline({}, withImage)).toThrow(
      /still refers to another file: src="\.\/logo\.png"/,
    );
    const withoutPolicy = BUILT_PAGE.replace(/<meta[\s\S]*?\/>/, '');
    expect(() => inline({}, withoutPolicy)).toThrow(/no Content-Security-Policy/);
    expect(() => inline({ 'assets/index-b2.css': 'a::after{content:"</style>"}' })).toThrow(
      /<\/style/,
    );
  });
});
