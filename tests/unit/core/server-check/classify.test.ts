import { describe, expect, it } from 'vitest';
import {
  type Expectation,
  expectedTypeIfWrong,
  mediaType,
  verdictBeforeBody,
  verdictOfBody,
} from '../../../../src/core/server-check/classify.ts';
import { isBlockedAsMixedContent } from '../../../../src/core/server-check/mixed-content.ts';
import type { BodySummary } from '../../../../src/core/server-check/read-body.ts';
import type { ServerAnswer } from '../../../../src/core/server-check/types.ts';

type Answered = Extract<ServerAnswer, { kind: 'answered' }>;

const answered = (httpStatus: number, extra: Partial<Answered> = {}): Answered => ({
  kind: 'answered',
  httpStatus,
  contentType: 'application/octet-stream',
  body: null,
  ...extra,
});

const body = (size: number, sha256: string, looksLikeHtml = false): BodySummary => ({
  size,
  sha256,
  looksLikeHtml,
  bytes: undefined,
});

const image: Expectation = { role: 'image', size: 100, sha256: 'a'.repeat(64) };

describe('verdictBeforeBody', () => {
  it.each([
    [answered(404), { code: 'missing', httpStatus: 404 }],
    [answered(410), { code: 'missing', httpStatus: 410 }],
    [answered(403), { code: 'http-error', httpStatus: 403 }],
    [answered(500), { code: 'http-error', httpStatus: 500 }],
    [answered(200, { redirectedTo: 'https://x/f' }), { code: 'redirected', to: 'https://x/f' }],
    // A redirect that ends on a 404 is still the redirect's fault first.
    [answered(404, { redirectedTo: 'https://x/f' }), { code: 'redirected', to: 'https://x/f' }],
  ])('%o → %o', (answer, verdict) => {
    expect(verdictBeforeBody(answer)).toEqual(verdict);
  });

  it('asks for the body of a 2xx answer from the address asked', () => {
    expect(verdictBeforeBody(answered(200))).toBeUndefined();
    expect(verdictBeforeBody(answered(204))).toBeUndefined();
  });
});

describe('verdictOfBody', () => {
  it('finds the file identical only with the same size and hash', () => {
    expect(verdictOfBody('application/octet-stream', body(100, 'a'.repeat(64)), image)).toEqual({
      code: 'identical',
      size: 100,
    });
  });

  it('reports a truncated file, a longer one and one with other bytes as different', () => {
    for (const got of [body(40, 'a'.repeat(64)), body(101, 'b'.repeat(64))]) {
      expect(verdictOfBody('', got, image)).toEqual({
        code: 'different',
        size: got.size,
        expectedSize: 100,
      });
    }
    expect(verdictOfBody('', body(100, 'c'.repeat(64)), image).code).toBe('different');
  });

  it('compares by hash alone when only SHA256SUMS is known', () => {
    const sumsOnly: Expectation = { role: 'image', sha256: 'a'.repeat(64) };
    expect(verdictOfBody('', body(7, 'a'.repeat(64)), sumsOnly).code).toBe('identical');
    expect(verdictOfBody('', body(7, 'b'.repeat(64)), sumsOnly).code).toBe('different');
  });

  it('says a page came instead of the file, by its type or by its first bytes', () => {
    const page = body(100, 'a'.repeat(64), true);
    expect(verdictOfBody('text/html; charset=utf-8', body(5, 'x'), image)).toEqual({
      code: 'web-page',
      contentType: 'text/html; charset=utf-8',
    });
    expect(verdictOfBody('application/octet-stream', page, image).code).toBe('web-page');
  });

  it('flags an unfit type only once the bytes are right', () => {
    const manifest: Expectation = { role: 'manifest', size: 100, sha256: 'a'.repeat(64) };
    expect(verdictOfBody('application/octet-stream', body(100, 'a'.repeat(64)), manifest)).toEqual({
      code: 'wrong-type',
      contentType: 'application/octet-stream',
      expectedType: 'text/xml',
    });
    expect(verdictOfBody('text/plain', body(1, 'b'), manifest).code).toBe('different');
  });

  it('says found, not identical, when there is nothing to compare with', () => {
    expect(verdictOfBody('text/plain', body(10, 'b'), { role: 'version-file' })).toEqual({
      code: 'found',
      size: 10,
    });
  });
});

describe('content types', () => {
  it('reads the media type without parameters or case', () => {
    expect(mediaType(' Text/XML ; charset=UTF-8')).toBe('text/xml');
    expect(mediaType('')).toBe('');
  });

  it.each([
    ['manifest', 'text/xml', undefined],
    ['manifest', 'application/xml; charset=utf-8', undefined],
    ['manifest', 'application/octet-stream', 'text/xml'],
    ['manifest', '', 'text/xml'],
    ['image', 'application/octet-stream', undefined],
    ['image', '', undefined],
    ['image', 'text/plain', 'application/octet-stream'],
    // nginx and Apache serve .ver as application/octet-stream or without a type: both work.
    ['version-file', 'application/octet-stream', undefined],
    ['version-file', '', undefined],
    ['checksums', 'application/octet-stream', undefined],
  ] as const)('%s served as "%s" → %s', (role, type, expected) => {
    expect(expectedTypeIfWrong(role, type)).toBe(expected);
  });
});

describe('isBlockedAsMixedContent', () => {
  it.each([
    ['https://tools.example/ucs/', 'http://fw.example/ucs.xml', true],
    ['https://tools.example/ucs/', 'https://fw.example/ucs.xml', false],
    ['http://tools.example/ucs/', 'http://fw.example/ucs.xml', false],
    ['https://tools.example/ucs/', 'http://127.0.0.1:8080/ucs.xml', false],
    ['https://tools.example/ucs/', 'http://localhost/ucs.xml', false],
    ['https://tools.example/ucs/', 'http://[::1]/ucs.xml', false],
  ])('%s reading %s: %s', (page, target, blocked) => {
    expect(isBlockedAsMixedContent(page, target)).toBe(blocked);
  });
});
