import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { BUILD_ID } from './scripts/build-id.ts';
import { portableVariants } from './scripts/portable/portable-variants.ts';
import { singleFilePage } from './scripts/portable/single-file-plugin.ts';

/** Where `npm run build:portable` writes the portable copy; the hosted build serves it too. */
export const PORTABLE_DIR = 'dist-portable';
export const PORTABLE_FILE = 'ucs-bundler.html';

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The portable copy: the same app as one HTML file, opened from disk (file://) with no server.
 * No service worker or manifest (a file page can have neither), no public folder (the icon is
 * inlined), one script (dynamic imports inlined: a file page cannot load other scripts) and
 * workers bundled as classic scripts inlined as text, started from `blob:` addresses.
 * `import.meta.env.MODE` is 'portable', which the app reads to leave out what a file page lacks.
 */
export default defineConfig({
  mode: 'portable',
  base: './',
  publicDir: false,
  define: { __UCS_BUILD_ID__: JSON.stringify(BUILD_ID) },
  worker: { format: 'iife' },
  plugins: [
    portableVariants(),
    svelte(),
    singleFilePage({ fileName: PORTABLE_FILE, iconSvg: fromHere('./public/icon.svg') }),
  ],
  build: {
    target: 'es2023',
    outDir: PORTABLE_DIR,
    emptyOutDir: true,
    modulePreload: false,
    cssCodeSplit: false,
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
