import { describe, expect, it } from 'vitest';
import { parseSipVer } from '../../../../src/core/version/sip-ver.ts';

const ascii = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);

describe('parseSipVer', () => {
  it('reads a plain 10-byte file with no newline', () => {
    expect(parseSipVer(ascii('5.9.8.5760'))).toBe('5.9.8.5760');
  });

  it('strips LF, CRLF, surrounding spaces, tabs and NULs', () => {
    expect(parseSipVer(ascii('5.9.8.5760\n'))).toBe('5.9.8.5760');
    expect(parseSipVer(ascii('3.2.4.0267\r\n'))).toBe('3.2.4.0267');
    expect(parseSipVer(ascii('  4.0.15.1009 \t \r\n'))).toBe('4.0.15.1009');
    expect(parseSipVer(ascii('\0\x005.0.1.7310\0\0'))).toBe('5.0.1.7310');
  });

  it('strips a UTF-8 BOM', () => {
    expect(parseSipVer(bytes(0xef, 0xbb, 0xbf, ...ascii('7.2.2.1094\r\n')))).toBe('7.2.2.1094');
  });

  it('keeps the first non-blank line and letters inside it', () => {
    expect(parseSipVer(ascii('\r\n4.0.11 Rev K\r\nbuilt by x\n'))).toBe('4.0.11 Rev K');
  });

  it('returns the empty string for an empty or blank file', () => {
    expect(parseSipVer(new Uint8Array(0))).toBe('');
    expect(parseSipVer(ascii(' \r\n\0'))).toBe('');
    expect(parseSipVer(bytes(0xef, 0xbb, 0xbf))).toBe('');
  });

  it('still returns a string for binary garbage, without control characters', () => {
    expect(parseSipVer(bytes(0x35, 0x01, 0x2e, 0x39, 0xff, 0x7f))).toBe('5.9ÿ');
    expect(parseSipVer(bytes(0x80, 0x81, 0xfe))).toMatch(/^[^\p{Cc}]*$/u);
  });

  it('decodes UTF-8 text as UTF-8', () => {
    expect(parseSipVer(ascii('5.9.8 Überarbeitet'))).toBe('5.9.8 Überarbeitet');
  });
});
