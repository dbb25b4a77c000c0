import type { Page } from '@playwright/test';
import { expectedImageBytes } from '../fixtures/make-release.ts';
import { NAMED_FIXTURES, PART } from '../fixtures/named-fixtures.ts';
import { startStaticServer, type StaticServer } from '../../scripts/serve-static.ts';
import { expect, openRelease, test } from './app-test.ts';
import { DIST, SUB_PATH, fixturePath } from './paths.ts';
import { clickDownloadZip, readZip, saveDownload } from './zip-contents.ts';

/** The VVX 500 image of layout-root.zip, as the release holds it. */
export function layoutRootVvx500(): Uint8Array {
  const spec = NAMED_FIXTURES.find((fixture) => fixture.name === 'layout-root.zip')!.spec!;
  return expectedImageBytes(spec, PART.vvx500);
}

/**
 * Opens layout-root.zip, picks the VVX 500, downloads the zip and checks that it holds that image,
 * byte for byte, with sip.ver and ucs.xml beside it.
 */
export async function exportVvx500AsZip(page: Page): Promise<void> {
  await openRelease(page, fixturePath('layout-root.zip'));
  await page.getByRole('checkbox', { name: `VVX 500 (${PART.vvx500})` }).check();
  await page.getByLabel('Server URL').fill('http://fw.example.local/firmware/');
  await expectVvx500Zip(await saveDownload(await clickDownloadZip(page)));
}

export async function expectVvx500Zip(path: string): Promise<void> {
  const files = await readZip(path);
  const names = [...files.keys()];
  const image = names.find((name) => name.endsWith(`/${PART.vvx500}.sip.ld`));
  expect(image, `the zip holds ${names.join(', ')}`).toBeDefined();
  expect(Buffer.from(files.get(image!)!).equals(Buffer.from(layoutRootVvx500()))).toBe(true);
  expect(names.some((name) => name.endsWith('/ucs.xml'))).toBe(true);
  expect(names.some((name) => name.endsWith('/sip.ver'))).toBe(true);
}

/** Waits until the page's service worker is active and reports its scope. */
export function serviceWorkerScope(page: Page): Promise<string> {
  return page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
}

/** Opens `url` once to install the service worker, then again so that it controls the page. */
export async function openControlledByServiceWorker(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await serviceWorkerScope(page);
  await expect(page.getByText('Ready to work offline.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Ready to work offline.')).toBeVisible();
}

/**
 * Serves the production build under SUB_PATH, on a port of its own, for the tests of the calling
 * file; `before` runs first (to build what is served, say). Returns the running server's getter.
 */
export function serveBuildUnderSubPath(before?: () => Promise<void>): () => StaticServer {
  let server: StaticServer | undefined;
  test.beforeAll(async () => {
    await before?.();
    server = await startStaticServer({ root: DIST, prefix: SUB_PATH, port: 0 });
  });
  test.afterAll(async () => {
    await server?.close();
  });
  return () => {
    if (server === undefined) throw new Error('The static server has not started.');
    return server;
  };
}
