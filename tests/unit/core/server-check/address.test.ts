import { describe, expect, it } from 'vitest';
import { readCheckAddress } from '../../../../src/core/server-check/address.ts';
import { addressesToOpenByHand, allUsable } from '../../../../src/core/server-check/by-hand.ts';
import type { CheckReport, CheckedFile } from '../../../../src/core/server-check/types.ts';

describe('readCheckAddress', () => {
  it.each([
    [
      '  http://fw.example/firmware/ucs.xml ',
      { ok: true, url: 'http://fw.example/firmware/ucs.xml' },
    ],
    [
      'https://FW.example:8443/a/ucs.xml#top',
      { ok: true, url: 'https://fw.example:8443/a/ucs.xml' },
    ],
    ['', { ok: false, problem: 'empty' }],
    ['fw.example/ucs.xml', { ok: false, problem: 'not-http' }],
    ['ftp://fw.example/ucs.xml', { ok: false, problem: 'not-http' }],
    ['http://fw.example/firmware/', { ok: false, problem: 'folder' }],
    ['http://fw.example', { ok: false, problem: 'folder' }],
    ['http://admin:secret@fw.example/ucs.xml', { ok: false, problem: 'has-credentials' }],
    ['http://', { ok: false, problem: 'malformed' }],
  ])('%j → %j', (input, result) => {
    expect(readCheckAddress(input)).toEqual(result);
  });
});

const FOLDER = 'http://fw.example/fw/';
const file = (name: string, code: CheckedFile['verdict']['code']): CheckedFile =>
  ({ name, url: FOLDER + name, role: 'image', verdict: { code } }) as CheckedFile;
const report = (files: CheckedFile[], cancelled = false): CheckReport => ({
  manifestUrl: `${FOLDER}ucs.xml`,
  files,
  cancelled,
});

describe('addressesToOpenByHand', () => {
  const expected = [
    { path: '3111-44500-001.sip.ld', size: 1, sha256: 'a'.repeat(64) },
    { path: 'sip.ver', size: 1, sha256: 'b'.repeat(64) },
    { path: 'README.txt', size: 1, sha256: 'c'.repeat(64) },
  ];

  it('gives ucs.xml and the files a phone would read after it when ucs.xml was refused', () => {
    const request = { manifestUrl: `${FOLDER}ucs.xml`, expected };
    expect(addressesToOpenByHand(request, report([file('ucs.xml', 'refused')]))).toEqual([
      `${FOLDER}ucs.xml`,
      `${FOLDER}3111-44500-001.sip.ld`,
      `${FOLDER}sip.ver`,
    ]);
  });

  it('gives SHA256SUMS for a server prepared earlier, and only the refused files otherwise', () => {
    const earlier = { manifestUrl: `${FOLDER}ucs.xml` };
    expect(addressesToOpenByHand(earlier, report([file('ucs.xml', 'mixed-content')]))).toEqual([
      `${FOLDER}ucs.xml`,
      `${FOLDER}SHA256SUMS`,
    ]);
    const partly = report([file('ucs.xml', 'identical'), file('a.sip.ld', 'refused')]);
    expect(addressesToOpenByHand({ manifestUrl: `${FOLDER}ucs.xml`, expected }, partly)).toEqual([
      `${FOLDER}a.sip.ld`,
    ]);
    expect(addressesToOpenByHand(earlier, report([file('ucs.xml', 'missing')]))).toEqual([]);
  });
});

describe('allUsable', () => {
  it('holds when every file can be used, not after a cancel', () => {
    const files = [file('ucs.xml', 'wrong-type'), file('sip.ver', 'found'), file('a', 'identical')];
    expect(allUsable(report(files))).toBe(true);
    expect(allUsable(report(files, true))).toBe(false);
    expect(allUsable(report([...files, file('b', 'missing')]))).toBe(false);
  });
});
