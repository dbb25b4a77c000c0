import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  firstScreenFiles,
  measureFirstScreen,
  measurePortable,
} from '../../../scripts/size-budget.mjs';

/** A tiny build: an entry importing a shared chunk statically and zip.js dynamically. */
function fakeBuild(entryCode: string): string {
  const dist = mkdtempSync(join(tmpdir(), 'ucs-size-budget-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><head><script type="module" crossorigin src="./assets/index-a1.js"></script>' +
      '<link rel="stylesheet" crossorigin href="./assets/index-b2.css"><link rel="icon" href="./icon.svg"></head>',
  );
  writeFileSync(join(dist, 'assets', 'index-a1.js'), entryCode);
  writeFileSync(join(dist, 'assets', 'shared-c3.js'), 'export const shared=1;');
  writeFileSync(
    join(dist, 'assets', 'zip.js-d4.js'),
    'throw new Error("File format is not recognized")',
  );
  writeFileSync(join(dist, 'assets', 'index-b2.css'), 'body{margin:0}');
  return dist;
}

describe('the first-screen size budget', () => {
  it('counts the page, its stylesheets and the static import closure, not dynamic imports', () => {
    const dist = fakeBuild(
      'import{shared as s}from"./shared-c3.js";const z=()=>import("./zip.js-d4.js");console.log(s,z);',
    );
    expect(firstScreenFiles(dist)).toEqual([
      'index.html',
      'assets/index-a1.js',
      'assets/shared-c3.js',
      'assets/index-b2.css',
    ]);
    const { files, total } = measureFirstScreen(dist);
    expect(files.some((entry) => entry.hasZipJs)).toBe(false);
    expect(total).toBe(files.reduce((sum, entry) => sum + entry.gzipped, 0));
    expect(files[2]).toEqual({
      file: 'assets/shared-c3.js',
      gzipped: gzipSync('export const shared=1;').length,
      hasZipJs: false,
    });
  });

  it('spots zip.js when the entry imports it statically', () => {
    const dist = fakeBuild('import"./zip.js-d4.js";');
    const { files } = measureFirstScreen(dist);
    expect(files.filter((entry) => entry.hasZipJs)).toEqual([
      expect.objectContaining({ file: 'assets/zip.js-d4.js' }),
    ]);
  });
});

describe('the portable copy size budget', () => {
  it('counts the file as stored, and says when it was not built', () => {
    const dist = mkdtempSync(join(tmpdir(), 'ucs-size-portable-'));
    writeFileSync(join(dist, 'ucs-bundler.html'), 'x'.repeat(5000));
    expect(measurePortable(join(dist, 'ucs-bundler.html'))).toEqual({ size: 5000 });
    expect(measurePortable(join(dist, 'missing.html'))).toEqual({ missing: true });
  });
});
