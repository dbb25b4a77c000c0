import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeServerUrl, type UrlProblem } from '../../../../src/core/url/server-url.ts';

describe('normalizeServerUrl accepts', () => {
  it.each([
    ['http://fw.example.local/firmware/', 'http://fw.example.local/firmware/'],
    ['http://fw.example.local/firmware', 'http://fw.example.local/firmware/'],
    ['  https://fw.example.local/firmware/ \n', 'https://fw.example.local/firmware/'],
    ['http://fw.example.local', 'http://fw.example.local/'],
    ['HTTP://FW.Example.LOCAL:8080/Firmware/VVX', 'http://fw.example.local:8080/Firmware/VVX/'],
    ['http://192.0.2.10/fw/5.9.8.5760/', 'http://192.0.2.10/fw/5.9.8.5760/'],
    ['http://[2001:db8::1]/fw/', 'http://[2001:db8::1]/fw/'],
    ['http://fw.example.local/a%20b/../c/', 'http://fw.example.local/a%20b/../c/'],
    ["https://fw.example.local/r&d/admin's/", "https://fw.example.local/r&d/admin's/"],
    ['http://fw.example.local/ü/@home/', 'http://fw.example.local/ü/@home/'],
  ])('%j as %j', (input, url) => {
    expect(normalizeServerUrl(input)).toEqual({ ok: true, url });
  });
});

describe('normalizeServerUrl refuses', () => {
  it.each<[string, UrlProblem]>([
    ['', 'empty'],
    ['   \t\n', 'empty'],
    ['http://fw.example.local/my firmware/', 'has-spaces'],
    ['http://fw.example.local/a\tb/', 'has-spaces'],
    ['http://fw.example.local/a\u00a0b/', 'has-spaces'],
    ['http://fw.example.local\\firmware\\', 'has-backslash'],
    ['\\\\server\\share\\fw', 'has-backslash'],
    ['fw.example.local/firmware/', 'not-http'],
    ['/firmware/', 'not-http'],
    ['ftp://fw.example.local/firmware/', 'not-http'],
    ['file:///srv/firmware/', 'not-http'],
    ['httpx://fw.example.local/', 'not-http'],
    ['http://fw.example.local/firmware/?v=1', 'has-query'],
    ['http://fw.example.local?x', 'has-query'],
    ['http://fw.example.local/firmware/#top', 'has-fragment'],
    ['http://fw.example.local/#a?b', 'has-fragment'],
    ['http://admin:secret@fw.example.local/firmware/', 'has-credentials'],
    ['http://admin@fw.example.local/', 'has-credentials'],
    ['http://', 'no-host'],
    ['https:///firmware/', 'no-host'],
    ['http://:8080/firmware/', 'no-host'],
    ['http:/fw.example.local/', 'malformed'],
    ['http:fw.example.local', 'malformed'],
    ['http://fw.example.local:99999/', 'malformed'],
    ['http://fw.example.local:port/', 'malformed'],
    ['http://[::1/', 'malformed'],
    ['http://fw.example.local/a\u0001b/', 'malformed'],
  ])('%j as %s', (input, problem) => {
    expect(normalizeServerUrl(input)).toEqual({ ok: false, problem });
  });
});

/** Strings that look like URLs often enough for the property to reach the accepting branch. */
const urlLike = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc
    .tuple(
      fc.constantFrom(
        'http://',
        'HTTPS://',
        'https://',
        'ftp://',
        'http:/',
        ' http://',
        'javascript:',
      ),
      fc.oneof(fc.domain(), fc.string({ unit: 'binary' })),
      fc.string({ unit: 'binary' }),
    )
    .map(([scheme, host, path]) => `${scheme}${host}/${path}`),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
);

describe('normalizeServerUrl properties', () => {
  it('is idempotent and only ever accepts a clean absolute http(s) folder URL', () => {
    fc.assert(
      fc.property(urlLike, (input) => {
        const result = normalizeServerUrl(input);
        if (!result.ok) return;
        expect(normalizeServerUrl(result.url)).toEqual(result);
        expect(result.url).toMatch(/^https?:\/\/[^/]+\/(.*\/)?$/su);
        expect(result.url).not.toMatch(/[\s\\?#\p{Cc}]/u);
        expect(input.trim()).not.toMatch(/[\s\\?#]/u);
        expect(() => new URL(result.url)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts every plain web URL without query or fragment', () => {
    fc.assert(
      fc.property(fc.webUrl(), (input) => {
        const result = normalizeServerUrl(input);
        expect(result.ok).toBe(true);
      }),
    );
  });
});
