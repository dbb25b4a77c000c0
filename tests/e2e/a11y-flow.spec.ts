import type { Locator, Page } from '@playwright/test';
import { PART } from '../fixtures/named-fixtures.ts';
import { seriousViolations } from './axe-findings.ts';
import { expect, test } from './app-test.ts';
import { fixturePath } from './paths.ts';
import { expectVvx500Zip } from './pwa-support.ts';
import { saveDownload } from './zip-contents.ts';

/** Presses Tab until `target` has the focus; fails when it is not reachable within `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test('every screen passes axe, and the whole flow works with the keyboard alone', async ({
  page,
}) => {
  await page.goto('./');
  expect(await seriousViolations(page), 'empty screen').toEqual([]);

  // A native file dialog cannot be driven: reach the chooser by keyboard, then hand it the file.
  const chooser = page.getByLabel(/release archive/i).first();
  await tabTo(page, chooser);
  await chooser.setInputFiles(fixturePath('layout-root.zip'));
  const vvx500 = page.getByRole('checkbox', { name: `VVX 500 (${PART.vvx500})` });
  await expect(vvx500).toBeVisible();
  expect(await seriousViolations(page), 'release open').toEqual([]);

  await tabTo(page, vvx500);
  await page.keyboard.press('Space');
  await expect(vvx500).toBeChecked();
  const serverUrl = page.getByLabel('Server URL');
  await tabTo(page, serverUrl);
  await page.keyboard.type('http://fw.example.local/firmware/');
  const downloadButton = page.getByRole('button', { name: /Download ZIP/ });
  await tabTo(page, downloadButton);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  await expectVvx500Zip(await saveDownload(download));
  await expect(page.getByRole('heading', { name: /^Downloaded / })).toBeVisible();
  expect(await seriousViolations(page), 'done').toEqual([]);
});
