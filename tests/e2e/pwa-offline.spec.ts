import { expect, test } from './app-test.ts';
import { exportVvx500AsZip, serviceWorkerScope, serveBuildUnderSubPath } from './pwa-support.ts';

const server = serveBuildUnderSubPath();

test('served from a sub-path, it installs there and opens and exports a release with the server gone', async ({
  page,
  context,
}) => {
  await page.goto(server().url);
  expect(await serviceWorkerScope(page)).toBe(server().url);
  await expect(page.getByText('Ready to work offline.')).toBeVisible();
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
    `${server().url}sw.js`,
  );

  await server().close();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'UCS Bundler' })).toBeVisible();
  await exportVvx500AsZip(page);
  await expect(page.getByRole('heading', { name: /^Downloaded / })).toBeVisible();
});
