import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { buildUcsXml } from '../../src/core/manifest/build.ts';
import type { ManifestEntry } from '../../src/core/manifest/types.ts';
import { PART } from '../fixtures/named-fixtures.ts';
import { expect, openRelease, type Page } from './app-test.ts';
import { fixturePath } from './paths.ts';

/** The server folder the two-release tests give. */
export const FOLDER = 'http://fw.example.local/firmware/';

/**
 * Opens the app at `start`, then two releases of different versions: the VVX 500 from
 * layout-root.zip (5.9.8.5760) and the VVX 501 from newer-than-model-line.zip (6.4.6.2201).
 */
export async function openTwoReleases(page: Page, start = './'): Promise<void> {
  await page.goto(start);
  await openRelease(page, fixturePath('layout-root.zip'));
  await page.getByRole('checkbox', { name: `VVX 500 (${PART.vvx500})` }).check();
  await page.getByRole('button', { name: /Add another release/ }).click();
  await openRelease(page, fixturePath('newer-than-model-line.zip'));
  await expect(page.getByLabel('Version').last()).toHaveValue('6.4.6.2201');
  await page
    .getByRole('checkbox', { name: `VVX 501 (${PART.vvx501})` })
    .last()
    .check();
  await page.getByLabel('Server URL').fill(FOLDER);
}

/** Gives the page, as the existing ucs.xml, one written from `entries`. */
export async function importUcsXml(page: Page, entries: readonly ManifestEntry[]): Promise<void> {
  const existing = join(tmpdir(), `ucs-existing-${Date.now()}-${Math.random()}.xml`);
  await writeFile(existing, buildUcsXml(entries));
  await page.getByLabel('Existing ucs.xml').setInputFiles(existing);
}
