import { join } from 'node:path';
import { expect, test } from './app-test.ts';
import { REPO } from './paths.ts';
import { buildApp } from '../helpers/build-app.ts';
import { serviceWorkerScope, serveBuildUnderSubPath } from './pwa-support.ts';

const NEXT_BUILD_ID = `next-${Date.now()}`;
const NEXT_DIST = join(REPO, 'dist-pwa-next');
const server = serveBuildUnderSubPath(async () => {
  test.setTimeout(120_000);
  const build = await buildApp(NEXT_DIST, { UCS_BUILD_ID: NEXT_BUILD_ID });
  expect(build.ok, build.output).toBe(true);
});

test('a new deployment is offered as "Update available" and loads only when the user asks', async ({
  page,
}) => {
  await page.goto(server().url);
  await serviceWorkerScope(page);
  await expect(page.getByText('Ready to work offline.')).toBeVisible();
  const firstBuild = await page.getByText(/^Build /).textContent();
  expect(firstBuild).not.toBe(`Build ${NEXT_BUILD_ID}`);

  server().setRoot(NEXT_DIST);
  await page.reload();
  const reload = page.getByRole('button', { name: 'reload' });
  await expect(page.getByText('Update available:')).toBeVisible();
  // Waiting is not switching: the running page is still the first build.
  await expect(page.getByText(/^Build /)).toHaveText(firstBuild ?? '');

  await reload.click();
  await expect(page.getByText(/^Build /)).toHaveText(`Build ${NEXT_BUILD_ID}`);
  await expect(page.getByText('Update available:')).toHaveCount(0);
});

test('the build fails when a file is too big to be precached for offline use', async () => {
  test.setTimeout(120_000);
  const build = await buildApp(join(REPO, 'dist-pwa-too-big'), {
    UCS_PRECACHE_LIMIT_BYTES: String(20 * 1024),
  });
  expect(build.ok).toBe(false);
  expect(build.output).toContain('maximumFileSizeToCacheInBytes');
  expect(build.output).toMatch(/assets\/index-[\w-]+\.js/);
});
