import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseUcsXml } from '../../src/core/manifest/parse.ts';
import { expectedImageBytes } from '../fixtures/make-release.ts';
import { PART, namedFixture } from '../fixtures/named-fixtures.ts';
import { expect, openRelease, test } from './app-test.ts';
import { FOLDER, importUcsXml, openTwoReleases } from './two-releases.ts';
import { fixturePath } from './paths.ts';
import { downloadZipFiles } from './zip-contents.ts';

test('two releases give one folder per version and a ucs.xml listing both, oldest first', async ({
  page,
}) => {
  await openTwoReleases(page);
  await expect(
    page.getByRole('table', { name: /which version serves which phones/i }),
  ).toBeVisible();
  const files = await downloadZipFiles(page);
  const root = 'ucs-5.9.8.5760-to-6.4.6.2201';
  expect([...files.keys()].filter((name) => name.endsWith('.sip.ld')).sort()).toEqual([
    `${root}/5.9.8.5760/${PART.vvx500}.sip.ld`,
    `${root}/6.4.6.2201/${PART.vvx501}.sip.ld`,
  ]);
  const older = namedFixture('layout-root.zip').spec!;
  const newer = namedFixture('newer-than-model-line.zip').spec!;
  expect(files.get(`${root}/5.9.8.5760/${PART.vvx500}.sip.ld`)).toEqual(
    expectedImageBytes(older, PART.vvx500),
  );
  expect(files.get(`${root}/6.4.6.2201/${PART.vvx501}.sip.ld`)).toEqual(
    expectedImageBytes(newer, PART.vvx501),
  );
  const manifest = parseUcsXml(new TextDecoder().decode(files.get(`${root}/ucs.xml`)));
  expect(manifest).toEqual([
    { version: '5.9.8.5760', path: `${FOLDER}5.9.8.5760/` },
    { version: '6.4.6.2201', path: `${FOLDER}6.4.6.2201/` },
  ]);
});

test('an imported ucs.xml keeps its older entry beside the two new versions', async ({ page }) => {
  await openTwoReleases(page);
  await importUcsXml(page, [{ version: '5.5.2.1234', path: 'http://fw.example.local/old/' }]);
  await expect(page.getByText('5.5.2.1234:')).toBeVisible();
  const files = await downloadZipFiles(page);
  const manifest = parseUcsXml(
    new TextDecoder().decode(files.get('ucs-5.9.8.5760-to-6.4.6.2201/ucs.xml')),
  );
  expect(manifest.map((entry) => entry.version)).toEqual([
    '5.5.2.1234',
    '5.9.8.5760',
    '6.4.6.2201',
  ]);
});

test('keeping the server entry for a version in the bundle writes that entry', async ({ page }) => {
  await openTwoReleases(page);
  const onServer = { version: '5.9.8.5760', path: 'http://fw.example.local/old/' };
  await importUcsXml(page, [onServer]);
  await page.getByRole('radio', { name: 'The entry already on the server' }).check();
  const files = await downloadZipFiles(page);
  const manifest = parseUcsXml(
    new TextDecoder().decode(files.get('ucs-5.9.8.5760-to-6.4.6.2201/ucs.xml')),
  );
  expect(manifest).toEqual([onServer, { version: '6.4.6.2201', path: `${FOLDER}6.4.6.2201/` }]);
});

test('a broken ucs.xml is refused with its reason and changes nothing', async ({ page }) => {
  await openTwoReleases(page);
  const broken = join(tmpdir(), `ucs-broken-${Date.now()}.xml`);
  await writeFile(broken, '<PHONE_IMAGES><REVISION><PHONE_IMAGE><VERSION>1</VERSION>');
  await page.getByLabel('Existing ucs.xml').setInputFiles(broken);
  await expect(page.getByRole('alert')).toContainText('This ucs.xml cannot be used.');
  await expect(page.getByLabel('ucs.xml preview')).not.toContainText('<VERSION>1</VERSION>');
});

test('the same release opened twice is stopped by a plain reason, not exported', async ({
  page,
}) => {
  await page.goto('./');
  await openRelease(page, fixturePath('layout-root.zip'));
  await page.getByRole('checkbox', { name: `VVX 500 (${PART.vvx500})` }).check();
  await page.getByRole('button', { name: /Add another release/ }).click();
  await openRelease(page, fixturePath('layout-root.zip'));
  await expect(page.getByLabel('Version')).toHaveCount(2);
  await page
    .getByRole('checkbox', { name: `VVX 600 (${PART.vvx600})` })
    .last()
    .check();
  await page.getByLabel('Server URL').fill(FOLDER);
  await expect(page.getByText('Two releases have the same version')).toBeVisible();
  await expect(page.getByRole('button', { name: /Download ZIP/ })).toBeDisabled();
  await expect(page.getByLabel('Output folder layout')).toBeVisible();
});
