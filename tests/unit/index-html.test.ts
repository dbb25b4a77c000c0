import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Directives Chromium, Firefox and WebKit all implement. A directive one engine does not know
 * (WebKit: `manifest-src`) is logged as an error on every load there and protects nothing.
 */
const KNOWN_TO_EVERY_ENGINE = new Set([
  'default-src',
  'script-src',
  'style-src',
  'img-src',
  'connect-src',
  'font-src',
  'media-src',
  'object-src',
  'frame-src',
  'child-src',
  'worker-src',
  'base-uri',
  'form-action',
  'frame-ancestors',
  'upgrade-insecure-requests',
]);

function pagePolicy(): string[] {
  const html = readFileSync(join(import.meta.dirname, '..', '..', 'index.html'), 'utf8');
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  if (policy === undefined) throw new Error('index.html has no Content-Security-Policy');
  return policy.split(';').map((directive) => directive.trim().split(/\s+/)[0]!);
}

describe("the page's Content-Security-Policy", () => {
  it('uses only directives every engine knows', () => {
    expect(pagePolicy().filter((name) => !KNOWN_TO_EVERY_ENGINE.has(name))).toEqual([]);
  });

  it('still limits every fetch to the app itself', () => {
    expect(pagePolicy()).toContain('default-src');
  });
});
