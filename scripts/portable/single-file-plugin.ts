import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { inlinePage } from './inline-page.ts';

/**
 * Replaces everything a build emits with one HTML file holding it all (see inlinePage). The build
 * fails when it emitted a file the page does not inline: the file on disk would lack it.
 */
export function singleFilePage(options: { fileName: string; iconSvg: string }): Plugin {
  return {
    name: 'ucs-bundler:single-file-page',
    apply: 'build',
    enforce: 'post',
    // After Vite's own generateBundle hooks, which still fill in placeholders in the chunks.
    generateBundle: {
      order: 'post',
      handler(_output, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset') return this.error('The build emitted no index.html.');
        const fileText = (path: string) => {
          const item = bundle[path];
          if (!item) return this.error(`index.html links ${path}, which the build did not emit.`);
          return item.type === 'chunk' ? item.code : Buffer.from(item.source).toString('utf8');
        };
        const icon = readFileSync(options.iconSvg).toString('base64');
        const { html, inlined } = inlinePage({
          html: String(index.source),
          fileText,
          iconDataUrl: `data:image/svg+xml;base64,${icon}`,
        });
        const emitted = Object.keys(bundle).filter((name) => name !== 'index.html');
        const missing = emitted.filter((name) => !inlined.includes(name));
        if (missing.length > 0) this.error(`Not inlined into the page: ${missing.join(', ')}.`);
        // Removing a file from the bundle object is how a plugin keeps Rollup from writing it.
        // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
        for (const name of Object.keys(bundle)) delete bundle[name];
        this.emitFile({ type: 'asset', fileName: options.fileName, source: html });
      },
    },
  };
}
