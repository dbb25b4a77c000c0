import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildUcsXml } from '../../../../src/core/manifest/build.ts';
import { golden } from '../../../helpers/golden.ts';

describe('buildUcsXml', () => {
  it('writes the single-version example byte for byte', () => {
    const xml = buildUcsXml([{ version: '5.9.8.5760', path: 'http://fw.example.local/firmware/' }]);
    expect(xml).toBe(golden('ucs-single.xml'));
  });

  it('writes several entries in the order given', () => {
    const xml = buildUcsXml([
      { version: '5.9.8.5760', path: 'http://fw.example.local/firmware/5.9.8.5760/' },
      { version: '6.4.6.1234', path: 'http://fw.example.local/firmware/6.4.6.1234/' },
    ]);
    expect(xml).toBe(golden('ucs-two-versions.xml'));
  });

  it('escapes the five special characters and keeps other text as UTF-8', () => {
    const xml = buildUcsXml([
      {
        version: `4.0.11 "Rev K" <test> & 'beta' ü`,
        path: "https://fw.example.local/r&d/admin's/",
      },
    ]);
    expect(xml).toBe(golden('ucs-special-chars.xml'));
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('starts with the declaration, ends with one newline and has no carriage return or BOM', () => {
    const xml = buildUcsXml([{ version: '1.2.3.4', path: 'http://h/' }]);
    expect(
      xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<PHONE_IMAGES>\n'),
    ).toBe(true);
    expect(xml.endsWith('</PHONE_IMAGES>\n')).toBe(true);
    expect(xml).not.toMatch(/\r|\uFEFF|\n\n/);
  });
});
