import { describe, expect, it } from 'vitest';
import { sha256sumsText } from '../../../../src/core/bundle/extras.ts';
import { parseSha256sums } from '../../../../src/core/server-check/sha256sums.ts';
import { checkTargets } from '../../../../src/core/server-check/targets.ts';

const hash = (c: string) => c.repeat(64);

describe('parseSha256sums', () => {
  it('reads back what the export writes', () => {
    const written = [
      { path: '5.9.8.5760/3111-44500-001.sip.ld', size: 1, sha256: hash('a') },
      { path: 'ucs.xml', size: 1, sha256: hash('b') },
    ];
    expect(parseSha256sums(sha256sumsText(written))).toEqual(
      written.map(({ path, sha256 }) => ({ path, sha256 })),
    );
  });

  it('takes binary-mode lines, CRLF and upper-case hex; passes over other lines', () => {
    const text = `# made by hand\r\n${hash('A')} *sip.ver\r\n\r\nnot a line\r\n\\${hash('c')}  a\\nb\r\n`;
    expect(parseSha256sums(text)).toEqual([{ path: 'sip.ver', sha256: hash('a') }]);
  });
});

describe('checkTargets', () => {
  const manifestUrl = 'http://fw.example/fw/ucs.xml';
  const entries = [
    { version: '5.9.8.5760', path: 'http://fw.example/fw/5.9.8.5760/' },
    { version: '6.4.6.1234', path: 'http://fw.example/fw/6.4.6.1234/' },
  ];

  it('asks each version folder for its sip.ver and the images expected there', () => {
    const { targets, notListed } = checkTargets(manifestUrl, entries, [
      { path: '5.9.8.5760/3111-44500-001.sip.ld', size: 5, sha256: hash('a') },
      { path: '5.9.8.5760/sip.ver', size: 10, sha256: hash('b') },
      { path: '6.4.6.1234/3111-48500-001.sip.ld', size: 6, sha256: hash('c') },
      { path: 'README.txt', size: 1, sha256: hash('d') },
    ]);
    expect(targets.map((target) => [target.name, target.version, target.expectation])).toEqual([
      ['5.9.8.5760/sip.ver', '5.9.8.5760', { role: 'version-file', size: 10, sha256: hash('b') }],
      [
        '5.9.8.5760/3111-44500-001.sip.ld',
        '5.9.8.5760',
        { role: 'image', size: 5, sha256: hash('a') },
      ],
      ['6.4.6.1234/sip.ver', '6.4.6.1234', { role: 'version-file' }],
      [
        '6.4.6.1234/3111-48500-001.sip.ld',
        '6.4.6.1234',
        { role: 'image', size: 6, sha256: hash('c') },
      ],
    ]);
    expect(notListed).toEqual([]);
  });

  it('names a PATH outside the ucs.xml folder in full, and never leaves the folder for a listed path', () => {
    const { targets, notListed } = checkTargets(
      manifestUrl,
      [{ version: '4.0.15.1009', path: 'http://old.example/fw/' }],
      [
        { path: '../elsewhere/3111-44500-001.sip.ld', sha256: hash('a') },
        { path: 'http://evil.example/3111-44500-001.sip.ld', sha256: hash('a') },
        { path: '2345-12500-001.sip.ld', sha256: hash('b') },
      ],
    );
    expect(targets.map((target) => target.name)).toEqual(['http://old.example/fw/sip.ver']);
    expect(notListed.map((file) => [file.name, file.verdict.code])).toEqual([
      ['2345-12500-001.sip.ld', 'not-listed'],
    ]);
  });
});
