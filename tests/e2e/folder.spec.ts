import { parseUcsXml } from '../../src/core/manifest/parse.ts';
import { expectedImageBytes, sipVerBytes } from '../fixtures/make-release.ts';
import { PART, bigReleaseSpec, namedFixture } from '../fixtures/named-fixtures.ts';
import { expect, openRelease, test, type Page } from './app-test.ts';
import {
  listPickedFolder,
  resetPickedFolder,
  slowDownWrites,
  usePickerBackedByOpfs,
} from './opfs-folder.ts';
import { fixturePath } from './paths.ts';
import { clickDownloadZip, downloadZipFiles, readZip, saveDownload } from './zip-contents.ts';
import { sha256Hex } from '../fixtures/sha256.ts';

const FOLDER_URL = 'http://fw.example.local/firmware/';

async function prepare(page: Page, release: string, parts: readonly string[]) {
  await page.goto('./');
  await resetPickedFolder(page);
  await openRelease(page, fixturePath(release));
  for (const part of parts) {
    await page.getByRole('checkbox', { name: new RegExp(`\\(${part}\\)`) }).check();
  }
  await page.getByLabel('Server URL').fill(FOLDER_URL);
}

test('saving to a folder writes verified images, a checkable SHA256SUMS and ucs.xml', async ({
  page,
}) => {
  await usePickerBackedByOpfs(page);
  await prepare(page, 'big-release.zip', [PART.vvx500, PART.vvx600]);
  await page.getByRole('button', { name: /Save to folder/ }).click();
  await expect(page.getByRole('heading', { name: /Saved into the folder/ })).toBeVisible();

  const files = await listPickedFolder(page);
  expect(Object.keys(files).sort()).toEqual(
    [
      `${PART.vvx500}.sip.ld`,
      `${PART.vvx600}.sip.ld`,
      'README.txt',
      'SHA256SUMS',
      'sip.ver',
      'ucs.xml',
      'web.config',
    ].sort(),
  );
  const spec = bigReleaseSpec();
  for (const part of [PART.vvx500, PART.vvx600]) {
    expect(files[`${part}.sip.ld`]!.sha256).toBe(sha256Hex(expectedImageBytes(spec, part)));
  }
  expect(files['sip.ver']!.sha256).toBe(sha256Hex(sipVerBytes('5.9.8.5760')));
  const sums = files['SHA256SUMS']!.text.trim().split('\n');
  expect(sums).toHaveLength(Object.keys(files).length - 1);
  for (const line of sums) {
    const [hash, path] = line.split('  ');
    expect(files[path!]!.sha256, path).toBe(hash);
  }
  expect(parseUcsXml(files['ucs.xml']!.text)).toEqual([
    { version: '5.9.8.5760', path: FOLDER_URL },
  ]);
  expect(files['README.txt']!.text).toContain(`${FOLDER_URL}ucs.xml`);
  expect(files['web.config']!.text).toContain('application/octet-stream');

  // The done screen lists every file written with its SHA-256, and the phone address.
  const rows = page.getByRole('table', { name: 'Files written' }).getByRole('row');
  await expect(rows).toHaveCount(Object.keys(files).length + 1);
  for (const [path, file] of Object.entries(files)) {
    await expect(rows.filter({ hasText: path }).filter({ hasText: file.sha256 })).toHaveCount(1);
  }
  await expect(page.locator('.done code').first()).toHaveText(`${FOLDER_URL}ucs.xml`);
});

test('without the folder APIs the zip route is taken and holds the same folder', async ({
  page,
}) => {
  await page.addInitScript(() => {
    delete (window as { showDirectoryPicker?: unknown }).showDirectoryPicker;
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
  await page.goto('./');
  await openRelease(page, fixturePath('layout-wrapped.zip'));
  await page.getByRole('checkbox', { name: `VVX 600 (${PART.vvx600})` }).check();
  await page.getByLabel('Server URL').fill(FOLDER_URL);
  await expect(page.getByRole('button', { name: /Save to folder/ })).toHaveCount(0);
  await expect(page.getByText(/This browser cannot save straight into a folder/)).toBeVisible();
  const files = await downloadZipFiles(page);
  const spec = namedFixture('layout-wrapped.zip').spec!;
  expect(files.get(`ucs-5.9.8.5760/${PART.vvx600}.sip.ld`)).toEqual(
    expectedImageBytes(spec, PART.vvx600),
  );
  expect([...files.keys()].sort()).toEqual(
    [
      `ucs-5.9.8.5760/${PART.vvx600}.sip.ld`,
      'ucs-5.9.8.5760/README.txt',
      'ucs-5.9.8.5760/SHA256SUMS',
      'ucs-5.9.8.5760/sip.ver',
      'ucs-5.9.8.5760/ucs.xml',
      'ucs-5.9.8.5760/web.config',
    ].sort(),
  );
});

test('cancelling a large export leaves no partial image and no ucs.xml', async ({ page }) => {
  await usePickerBackedByOpfs(page);
  await slowDownWrites(page, 150);
  await prepare(page, 'big-release.zip', [PART.vvx500, PART.vvx600, PART.vvx501]);
  await page.getByRole('button', { name: /Save to folder/ }).click();
  await expect(page.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
  await expect(page.getByText(/of 94\.4 MB/)).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  // Keyboard focus is not lost with the button: it moves to the outcome.
  await expect(page.getByText('Cancelled. Nothing was saved.')).toBeFocused();
  expect(await listPickedFolder(page)).toEqual({});
});

test('a damaged image stops the export, names the file and leaves the folder as it was', async ({
  page,
}) => {
  await usePickerBackedByOpfs(page, {
    [`${PART.vvx500}.sip.ld`]: 'old image bytes',
    'ucs.xml': '<PHONE_IMAGES/>',
  });
  await prepare(page, 'crc-corrupt.zip', [PART.vvx600, PART.vvx500, PART.vvx310]);
  const before = await listPickedFolder(page);
  await page.getByRole('button', { name: /Save to folder/ }).click();
  await expect(page.getByRole('alertdialog')).toContainText(`${PART.vvx500}.sip.ld`);
  await page.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByRole('alert')).toContainText(`${PART.vvx500}.sip.ld is damaged`);
  expect(await listPickedFolder(page)).toEqual(before);
});

test('declining to replace existing files leaves everything as it was', async ({ page }) => {
  await usePickerBackedByOpfs(page, { 'ucs.xml': '<PHONE_IMAGES/>', 'notes.txt': 'mine' });
  await prepare(page, 'layout-root.zip', [PART.vvx500]);
  const before = await listPickedFolder(page);
  await page.getByRole('button', { name: /Save to folder/ }).click();
  const prompt = page.getByRole('alertdialog');
  await expect(prompt).toContainText('already exist');
  await expect(prompt).toContainText('ucs.xml');
  await expect(prompt).not.toContainText('notes.txt');
  await page.getByRole('button', { name: 'Keep them and stop' }).click();
  await expect(page.getByText('Cancelled. Nothing was saved.')).toBeVisible();
  expect(await listPickedFolder(page)).toEqual(before);
});

test('closing the page during an export asks first', async ({ page }) => {
  await usePickerBackedByOpfs(page);
  await slowDownWrites(page, 150);
  await prepare(page, 'big-release.zip', [PART.vvx500, PART.vvx600]);
  await page.getByRole('button', { name: /Save to folder/ }).click();
  await expect(page.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
  const dialog = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const asked = await dialog;
  expect(asked.type()).toBe('beforeunload');
  await asked.dismiss();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Cancelled. Nothing was saved.')).toBeVisible();
});

test('a second export right after a zip download leaves that download intact', async ({ page }) => {
  await usePickerBackedByOpfs(page);
  await prepare(page, 'big-release.zip', [PART.vvx600, PART.vvx501]);
  const first = await clickDownloadZip(page);
  await page.getByRole('button', { name: /Save to folder/ }).click();
  await expect(page.getByRole('heading', { name: /Saved into the folder/ })).toBeVisible();
  const files = await readZip(await saveDownload(first));
  const spec = bigReleaseSpec();
  for (const part of [PART.vvx600, PART.vvx501]) {
    const bytes = files.get(`ucs-5.9.8.5760/${part}.sip.ld`);
    expect(bytes && Buffer.from(bytes).equals(Buffer.from(expectedImageBytes(spec, part)))).toBe(
      true,
    );
  }
});
