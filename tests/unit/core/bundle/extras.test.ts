import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readmeText, sha256sumsText, webConfigText } from '../../../../src/core/bundle/extras.ts';
import { sha256Hex } from '../../../fixtures/sha256.ts';

/** Shown as skipped, not passed, where the tool is missing. */
const hasSha256sum = spawnSync('sha256sum', ['--version']).status === 0;

const hash = (c: string) => c.repeat(64);

describe('sha256sumsText', () => {
  it('writes sha256sum -c lines sorted by path, leaving itself out', () => {
    const text = sha256sumsText([
      { path: 'ucs.xml', size: 1, sha256: hash('c') },
      { path: 'SHA256SUMS', size: 1, sha256: hash('f') },
      { path: '3111-44500-001.sip.ld', size: 1, sha256: hash('a') },
      { path: '5.9.8.5760/sip.ver', size: 1, sha256: hash('b') },
    ]);
    expect(text).toBe(
      `${hash('a')}  3111-44500-001.sip.ld\n${hash('b')}  5.9.8.5760/sip.ver\n${hash('c')}  ucs.xml\n`,
    );
  });

  it.skipIf(!hasSha256sum)('is accepted by sha256sum -c', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sums-'));
    try {
      const contents = { 'ucs.xml': '<x/>', 'v1/sip.ver': '1.2.3.4\n' };
      mkdirSync(join(dir, 'v1'));
      const written = Object.entries(contents).map(([path, text]) => {
        writeFileSync(join(dir, path), text);
        return { path, size: text.length, sha256: sha256Hex(text) };
      });
      writeFileSync(join(dir, 'SHA256SUMS'), sha256sumsText(written));
      const report = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(report).toBe('ucs.xml: OK\nv1/sip.ver: OK\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a path sha256sum would have to escape', () => {
    expect(() => sha256sumsText([{ path: 'a\\b', size: 1, sha256: hash('a') }])).toThrow(
      'Path unfit for SHA256SUMS: a\\b',
    );
  });
});

describe('readmeText', () => {
  const text = readmeText({
    folderUrl: 'http://fw.example.local/firmware/',
    versions: ['5.9.8.5760'],
    files: [
      { path: '3111-44500-001.sip.ld', model: 'VVX 500' },
      { path: '3111-46157-001.sip.ld', model: 'VVX 410' },
    ],
    extras: { sha256sums: true, webConfig: true },
  });

  it('fills in the upload folder, the test address and the phone steps', () => {
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Poly UC Software 5.9.8.5760, ready for a custom server');
    expect(lines).toContain('     http://fw.example.local/firmware/');
    expect(lines).toContain('     http://fw.example.local/firmware/ucs.xml');
    expect(lines).toContain('     Utilities > Software Upgrade > Server Type: Custom Server');
    expect(lines).toContain('     enter http://fw.example.local/firmware/ucs.xml');
    expect(lines).toContain('     then Check for Updates, pick the version, Install.');
    expect(text).toContain('UCS 4.0 or later');
  });

  it('lists each image with its model', () => {
    expect(text.split('\r\n')).toContain('  3111-44500-001.sip.ld  VVX 500');
    expect(text.split('\r\n')).toContain('  3111-46157-001.sip.ld  VVX 410');
    expect(text.split('\r\n')).toContain(
      `  ${'ucs.xml'.padEnd(21)}  the list of firmware the phones read`,
    );
  });

  it('names SHA256SUMS and web.config only when they are written', () => {
    expect(text).toContain('sha256sum -c SHA256SUMS');
    expect(text).toContain('web.config');
    const bare = readmeText({
      folderUrl: 'http://fw/',
      versions: ['5.9.8.5760'],
      files: [{ path: '3111-44500-001.sip.ld', model: 'VVX 500' }],
      extras: { sha256sums: false, webConfig: false },
    });
    expect(bare).not.toContain('SHA256SUMS');
    expect(bare).not.toContain('web.config');
    expect(bare).toContain('README.txt');
  });
});

describe('webConfigText', () => {
  it('maps the three extensions, each removed first', () => {
    expect(webConfigText()).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<configuration>',
        '  <system.webServer>',
        '    <staticContent>',
        '      <remove fileExtension=".ld" />',
        '      <mimeMap fileExtension=".ld" mimeType="application/octet-stream" />',
        '      <remove fileExtension=".ver" />',
        '      <mimeMap fileExtension=".ver" mimeType="text/plain" />',
        '      <remove fileExtension=".xml" />',
        '      <mimeMap fileExtension=".xml" mimeType="text/xml" />',
        '    </staticContent>',
        '  </system.webServer>',
        '</configuration>',
        '',
      ].join('\r\n'),
    );
  });
});
