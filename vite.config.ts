import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import packageJson from './package.json' with { type: 'json' };
import { BUILD_ID } from './scripts/build-id.ts';
import { embedPortableCopy } from './scripts/portable/embed-portable-copy.ts';
import { PORTABLE_FILE } from './vite.portable.config.ts';

/**
 * Workbox skips larger files from the precache; vite-plugin-pwa turns that into a build error (its
 * default, kept on below), so an asset that would silently be missing offline fails the build.
 * The variable exists so a test can lower the limit and watch the build fail.
 */
const PRECACHE_LIMIT_BYTES = Number(process.env.UCS_PRECACHE_LIMIT_BYTES ?? 2 * 1024 * 1024);

/**
 * The dev server injects CSS as <style> elements, which the production policy in index.html
 * forbids; only the dev server's copy of the page is relaxed, the built page keeps the strict one.
 */
function allowInlineStylesInDev(): Plugin {
  return {
    name: 'ucs-bundler:dev-inline-styles',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  };
}

/**
 * The server check's page is a hidden frame: it has no use for the web manifest the PWA plugin
 * links from every page, and its policy (default-src 'none') would only refuse it. Its policy
 * needs no `manifest-src` then, a directive one engine does not know.
 */
function unlinkManifestFromCheckPage(): Plugin {
  return {
    name: 'ucs-bundler:check-page-without-manifest',
    apply: 'build',
    // After the PWA plugin's own post-processing, which adds the link.
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler: (html, { path }) =>
        path.endsWith('/check.html') ? html.replace(/<link rel="manifest"[^>]*>/, '') : html,
    },
  };
}

export default defineConfig({
  // A relative base lets the same build run from any sub-path of an intranet server.
  base: './',
  define: { __UCS_BUILD_ID__: JSON.stringify(BUILD_ID) },
  plugins: [
    svelte(),
    allowInlineStylesInDev(),
    embedPortableCopy({ configFile: 'vite.portable.config.ts', fileName: PORTABLE_FILE }),
    VitePWA({
      strategies: 'generateSW',
      // Registration is done by src/platform/pwa/register.ts with workbox-window.
      injectRegister: false,
      // A new version waits until the person clicks "reload": an export in progress is never cut.
      registerType: 'prompt',
      showMaximumFileSizeToCacheInBytesWarning: false,
      // The glob below already precaches the icons; listing them twice would duplicate entries.
      includeManifestIcons: false,
      manifest: {
        name: 'UCS Bundler',
        short_name: 'UCS Bundler',
        description: packageJson.description,
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b5cad',
        icons: [
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
        // "Open with UCS Bundler" for release archives, once installed (Chromium on desktop).
        file_handlers: [
          {
            action: './',
            accept: { 'application/zip': ['.zip'], 'application/x-zip-compressed': ['.zip'] },
          },
        ],
      },
      workbox: {
        // Everything the build emits, whatever its type: offline must not depend on a pattern list.
        globPatterns: ['**/*'],
        // The plugin adds the manifest to the precache itself, with its own revision. The portable
        // copy is a download for another computer, not part of this app: every visitor would
        // fetch it for nothing.
        globIgnores: ['manifest.webmanifest', PORTABLE_FILE],
        maximumFileSizeToCacheInBytes: PRECACHE_LIMIT_BYTES,
        navigateFallback: 'index.html',
        // Opening the portable copy's link must give that file, never the app's page.
        navigateFallbackDenylist: [new RegExp(`/${PORTABLE_FILE.replace('.', '\\.')}$`)],
        cleanupOutdatedCaches: true,
      },
    }),
    unlinkManifestFromCheckPage(),
  ],
  build: {
    target: 'es2023',
    // The server check runs in a page of its own, with its own Content-Security-Policy.
    rolldownOptions: { input: { index: 'index.html', check: 'check.html' } },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // A test that asserts nothing passes by accident: every test must assert at least once.
    expect: { requireAssertions: true },
    // zip.js and the fixture generator take seconds to start on a busy two-core machine.
    testTimeout: 30_000,
  },
});
