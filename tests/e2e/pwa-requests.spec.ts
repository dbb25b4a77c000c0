import { expect, test } from './app-test.ts';
import { SUB_PATH } from './paths.ts';
import {
  exportVvx500AsZip,
  openControlledByServiceWorker,
  serveBuildUnderSubPath,
} from './pwa-support.ts';

const server = serveBuildUnderSubPath();

test('no request leaves the origin, and none at all is made while a release is processed', async ({
  page,
  requests,
}) => {
  await openControlledByServiceWorker(page, server().url);

  const servedBeforeProcessing = server().requests.length;
  await exportVvx500AsZip(page);
  await expect(page.getByRole('heading', { name: /^Downloaded / })).toBeVisible();
  // The browser may check for a new version of the service worker at any time after a navigation:
  // that is not the app processing anything, and carries nothing of the release.
  const duringProcessing = server()
    .requests.slice(servedBeforeProcessing)
    .filter((path) => path !== `${SUB_PATH}sw.js`);
  expect(duringProcessing).toEqual([]);

  const origin = new URL(server().url).origin;
  const elsewhere = requests.urls.filter(
    (url) => !url.startsWith('blob:') && !url.startsWith('data:') && new URL(url).origin !== origin,
  );
  expect(elsewhere).toEqual([]);
  expect(requests.urls.length).toBeGreaterThan(0);
});
