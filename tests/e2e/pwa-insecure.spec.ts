import config from '../../playwright.config.ts';
import { expect, test } from './app-test.ts';
import { SUB_PATH } from './paths.ts';
import { exportVvx500AsZip, serveBuildUnderSubPath } from './pwa-support.ts';

/** An intranet name: not localhost, so plain HTTP is not a secure context there. */
const INTRANET_HOST = 'ucs.intranet.test';
const baseLaunchOptions = config.use?.launchOptions ?? {};

test.use({
  launchOptions: {
    ...baseLaunchOptions,
    args: [
      ...(baseLaunchOptions.args ?? []),
      `--host-resolver-rules=MAP ${INTRANET_HOST} 127.0.0.1`,
    ],
  },
});

const server = serveBuildUnderSubPath();

test('over plain HTTP on an intranet name it explains what is off and still exports a zip', async ({
  page,
}) => {
  await page.goto(`http://${INTRANET_HOST}:${server().port}${SUB_PATH}`);
  expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
  await expect(page.getByRole('status').filter({ hasText: 'plain HTTP' })).toHaveText(
    'Offline use and saving to a folder are off because this page is served over plain HTTP: serve it over HTTPS to enable them.',
  );
  expect(await page.evaluate(() => 'serviceWorker' in navigator)).toBe(false);

  await exportVvx500AsZip(page);
  await expect(page.getByRole('button', { name: /Save to folder/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /^Downloaded / })).toBeVisible();
});
