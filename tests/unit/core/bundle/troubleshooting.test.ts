import { describe, expect, it } from 'vitest';
import { readmeText } from '../../../../src/core/bundle/extras.ts';
import { troubleshootingCases, wrapText } from '../../../../src/core/bundle/troubleshooting.ts';

const PHONE_URL = 'http://fw.example.local/firmware/ucs.xml';

function readme(webConfig: boolean): string {
  return readmeText({
    folderUrl: 'http://fw.example.local/firmware/',
    versions: ['5.9.8.5760'],
    files: [{ path: '3111-44500-001.sip.ld', model: 'VVX 500' }],
    extras: { sha256sums: true, webConfig },
  });
}

/** README.txt's troubleshooting part with its lines joined back into running text. */
function troubleshootingPart(text: string): string {
  const part = text.slice(text.indexOf('IF A PHONE REPORTS A PROBLEM'));
  return part
    .split('\r\n')
    .map((line) => line.replace(/^[-\s]+/, ''))
    .join(' ');
}

describe("README.txt's troubleshooting", () => {
  const part = troubleshootingPart(readme(true));

  it.each([
    ['xml-cannot-be-read', ['"XML file cannot be read"', `ending in ucs.xml: ${PHONE_URL}`]],
    [
      'old-address',
      ['older custom-server address is stored in the phone', 'upgrade.custom.server.url'],
    ],
    [
      'https-not-trusted',
      ['few certificate authorities', 'wildcard certificates', 'plain HTTP on the local network'],
    ],
    ['case-sensitive', ['tell upper from lower case', '3111-44500-001.SIP.LD']],
    [
      'iis-mime-types',
      [
        'IIS answers 404',
        'Keep web.config in the folder',
        '.ld application/octet-stream, .ver text/plain, .xml text/xml',
      ],
    ],
    ['version-in-between', ['through a version in between', 'Add another release']],
  ])('explains %s', (id, phrases) => {
    expect(troubleshootingCases(PHONE_URL, true).map((item) => item.id)).toContain(id);
    for (const phrase of phrases) expect(part).toContain(phrase);
  });

  it('has one entry per case, each a "- " symptom line and its fix indented', () => {
    const text = readme(true);
    const lines = text.slice(text.indexOf('IF A PHONE REPORTS A PROBLEM')).split('\r\n');
    const symptoms = lines.filter((line) => line.startsWith('- '));
    expect(symptoms).toHaveLength(troubleshootingCases(PHONE_URL, true).length);
    expect(lines.every((line) => line.length <= 76)).toBe(true);
  });

  it('points at web.config only when the folder has one', () => {
    const without = troubleshootingPart(readme(false));
    expect(without).toContain('Declare the types in IIS Manager');
    expect(without).not.toContain('web.config');
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the width, keeping a long word whole', () => {
    expect(wrapText('aa bb cc dd', 5)).toEqual(['aa bb', 'cc dd']);
    expect(wrapText('http://a.very.long/address ok', 10)).toEqual([
      'http://a.very.long/address',
      'ok',
    ]);
  });
});
