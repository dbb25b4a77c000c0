import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildUcsXml } from '../../../../src/core/manifest/build.ts';
import { parseUcsXml } from '../../../../src/core/manifest/parse.ts';
import { normalizeServerUrl } from '../../../../src/core/url/server-url.ts';

/**
 * Version labels: any Unicode text without control characters (XML cannot carry most of them and
 * parseSipVer removes them). parseUcsXml trims values with String.prototype.trim, so the round
 * trip gives back the trimmed label; a label that is blank after trimming is refused by parse and
 * so is not generated here (the UI never offers one).
 */
const versionLabel = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 30 })
  .filter((label) => !/\p{Cc}/u.test(label) && label.trim() !== '');

/** Folder URLs exactly as normalizeServerUrl returns them, with odd but accepted path characters. */
const folderUrl = fc
  .tuple(fc.webUrl(), fc.string({ unit: 'binary', maxLength: 12 }))
  .map(([base, extra]) => normalizeServerUrl(`${base}/${extra}`))
  .filter((result) => result.ok)
  .map((result) => (result.ok ? result.url : ''));

/** Each label once: a manifest listing a version twice is refused (the phone's menu could not tell them apart). */
const entries = fc.uniqueArray(fc.record({ version: versionLabel, path: folderUrl }), {
  minLength: 1,
  maxLength: 5,
  selector: (entry) => entry.version.trim(),
});

describe('ucs.xml round trip', () => {
  it('parses back what it built, including text that looks like entities', () => {
    const written = [
      { version: '5.7.3.1234', path: 'http://fw.example.local/firmware/5.7.3/' },
      { version: '4.0.11 Rev K', path: 'https://fw.example.local/r&d/' },
      { version: '&lt;&amp;&#65;&quot;', path: 'https://fw.example.local/&amp;/' },
    ];
    expect(parseUcsXml(buildUcsXml(written))).toEqual(written);
  });

  it('builds valid XML that parses back to the same entries (versions trimmed)', () => {
    fc.assert(
      fc.property(entries, (written) => {
        const xml = buildUcsXml(written);
        expect(XMLValidator.validate(xml)).toBe(true);
        expect(parseUcsXml(xml)).toEqual(
          written.map((e) => ({ version: e.version.trim(), path: e.path })),
        );
      }),
      { numRuns: 300 },
    );
  });
});
