import { startStaticServer, type StaticServer } from '../../scripts/serve-static.ts';
import { expect, test } from './app-test.ts';
import { DIST, SUB_PATH, exportVvx500AsZip, serviceWorkerScope } from './pwa-support.ts';

let server: StaticServer;

test.beforeAll(async () => {
  server = await startStaticServer({ root: DIST, prefix: SUB_PATH, port: 0 });
});

test.afterAll(async () => {
  await server?.close();
});

test('served from a sub-path, it installs there and opens and exports a release with the server gone', async ({
  page,
  context,
}) => {
  await page.goto(server.url);
  expect(await serviceWorkerScope(page)).toBe(server.url);
  await expect(page.getByText('Ready to work offline.')).toBeVisible();
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
    `${server.url}sw.js`,
  );

  await server.close();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'UCS Bundler' })).toBeVisible();
  await exportVvx500AsZip(page);
  await expect(page.getByRole('heading', { name: /^Downloaded / })).toBeVisible();
});
