import { PART } from '../fixtures/named-fixtures.ts';
import { expect, openRelease, test } from './app-test.ts';
import { fixturePath } from './paths.ts';
import { downloadZipFiles } from './zip-contents.ts';

test('a release zip wrapped in another zip opens transparently', async ({ page }) => {
  await page.goto('./');
  await openRelease(page, fixturePath('nested-deflated.zip'));
  await expect(page.getByRole('checkbox', { name: `VVX 600 (${PART.vvx600})` })).toBeVisible();
  await expect(page.getByText(/› UC_Software_5_9_8_release_sig_split\.zip/)).toBeVisible();
  await expect(page.getByLabel('Version')).toHaveValue('5.9.8.5760');
});

test('a Combined package is refused with the advice to get the Split one', async ({ page }) => {
  await page.goto('./');
  await openRelease(page, fixturePath('combined-package.zip'));
  await expect(page.getByRole('alert')).toContainText('Combined package');
  await expect(page.getByRole('alert')).toContainText('Download the Split version');
});

test('a password-protected archive is refused in plain words', async ({ page }) => {
  await page.goto('./');
  await openRelease(page, fixturePath('encrypted.zip'));
  await expect(page.getByRole('alert')).toContainText('password-protected');
});

test('entry names that climb out of the folder never become output paths', async ({ page }) => {
  await page.goto('./');
  await openRelease(page, fixturePath('path-traversal.zip'));
  await page.getByRole('button', { name: 'Select all' }).click();
  await page.getByLabel('Server URL').fill('http://fw.example.local/firmware/');
  const names = [...(await downloadZipFiles(page)).keys()];
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) {
    expect(name).toMatch(/^ucs-5\.9\.8\.5760\/[A-Za-z0-9.~-]+$/);
  }
  expect(names).toContain(`ucs-5.9.8.5760/${PART.vvx500}.sip.ld`);
});

test('an absurdly small image is flagged beside the model and before export', async ({ page }) => {
  await page.goto('./');
  await openRelease(page, fixturePath('small-image.zip'));
  await expect(page.getByText(/only 1.0 kB, far too small/)).toBeVisible();
  await page.getByRole('button', { name: 'Select all' }).click();
  await page.getByLabel('Server URL').fill('http://fw.example.local/firmware/');
  await expect(
    page.getByText(`${PART.vvx500}.sip.ld is far too small to be phone firmware`),
  ).toBeVisible();
});
