import { readFile } from 'node:fs/promises';
import { expect, test } from './app-test.ts';
import { PORTABLE_PATH, PORTABLE_URL } from './portable-page.ts';
import { SUB_PATH } from './paths.ts';
import { openControlledByServiceWorker, serveBuildUnderSubPath } from './pwa-support.ts';

const server = serveBuildUnderSubPath();

test('the hosted app offers the portable copy: the very file build:portable wrote, fetched only when asked for', async ({
  page,
}) => {
  // Controlled by the service worker: its fallback to the app's page must not catch the link.
  await openControlledByServiceWorker(page, server().url);
  const portableCopy = `${SUB_PATH}ucs-bundler.html`;
  expect(server().requests, 'the portable copy is not precached').not.toContain(portableCopy);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the portable copy' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('ucs-bundler.html');
  const served = await readFile(await download.path());
  expect(served.equals(await readFile(PORTABLE_PATH))).toBe(true);
  expect(server().requests).toContain(portableCopy);
  const hostedBuild = await page.locator('.build').textContent();
  await page.goto(PORTABLE_URL);
  await expect(page.locator('.build')).toHaveText(hostedBuild!);

  // Opened rather than saved (a new tab, a typed address), it is that file too, not the app's page.
  await page.goto(`${server().url}ucs-bundler.html`);
  await expect(page.getByRole('status').first()).toContainText('This is the portable copy');
});
