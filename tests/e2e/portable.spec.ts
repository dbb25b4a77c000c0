import { test as plainTest } from '@playwright/test';
import { parseUcsXml } from '../../src/core/manifest/parse.ts';
import { expectedImageBytes } from '../fixtures/make-release.ts';
import { PART, bigReleaseSpec } from '../fixtures/named-fixtures.ts';
import { sha256Hex } from '../fixtures/sha256.ts';
import {
  dropRelease,
  expect,
  openRelease,
  prepareSampleRelease,
  test,
  type Page,
} from './app-test.ts';
import { usePickerBackedByMemory } from './memory-folder.ts';
import { listPickedFolder } from './opfs-folder.ts';
import { fixturePath } from './paths.ts';
import { PORTABLE_URL, requestsLeavingThePage } from './portable-page.ts';
import { FOLDER, importUcsXml, openTwoReleases } from './two-releases.ts';
import { downloadZipFiles } from './zip-contents.ts';

/** The big release's images: one stored, two deflated, 30 MiB each. */
const BIG_RELEASE_PARTS = [PART.vvx500, PART.vvx600, PART.vvx501];

async function openBigRelease(page: Page) {
  await page.goto(PORTABLE_URL);
  await openRelease(page, fixturePath('big-release.zip'));
  for (const part of BIG_RELEASE_PARTS) {
    await page.getByRole('checkbox', { name: new RegExp(`\\(${part}\\)`) }).check();
  }
  await expect(page.getByLabel('Version')).toHaveValue('5.9.8.5760');
  await page.getByLabel('Server URL').fill(FOLDER);
}

test('opened from disk, the portable copy says what a file lacks and runs the sample release, and no request leaves it', async ({
  page,
  requests,
}) => {
  await page.goto(PORTABLE_URL);
  await expect(page.getByRole('status').first()).toContainText('This is the portable copy');
  await expect(page.getByRole('link', { name: /portable copy/ })).toHaveCount(0);
  await prepareSampleRelease(page, 'https://intranet.example/phones/fw/');
  // Chromium has the private file system's calls on a file page and refuses them: that is said.
  await expect(page.getByText(/gives the app no disk space/)).toBeVisible();
  const names = [...(await downloadZipFiles(page)).keys()];
  expect(names).toContain('ucs-5.9.8.5760/ucs.xml');
  expect(names.filter((name) => name.endsWith('.sip.ld'))).toHaveLength(6);
  expect(requests.urls).toContain(PORTABLE_URL);
  expect(requestsLeavingThePage(requests.urls)).toEqual([]);
});

test('from disk, a 90 MB release with stored and deflated images becomes a zip equal byte for byte', async ({
  page,
  requests,
}) => {
  const workers: string[] = [];
  page.on('worker', (worker) => {
    void worker.evaluate(() => self.name).then((name) => workers.push(name));
  });
  await openBigRelease(page);
  const files = await downloadZipFiles(page);
  // The images were checked in the content workers, not on the page: they start from a file too.
  expect(workers).toContain('content');
  const spec = bigReleaseSpec();
  for (const part of BIG_RELEASE_PARTS) {
    const bytes = files.get(`ucs-5.9.8.5760/${part}.sip.ld`);
    expect(bytes, part).toBeDefined();
    expect(Buffer.from(bytes!).equals(Buffer.from(expectedImageBytes(spec, part))), part).toBe(
      true,
    );
  }
  const sums = new TextDecoder().decode(files.get('ucs-5.9.8.5760/SHA256SUMS')).trim().split('\n');
  for (const line of sums) {
    const [hash, path] = line.split('  ');
    expect(sha256Hex(files.get(`ucs-5.9.8.5760/${path}`)!), path).toBe(hash);
  }
  expect(requestsLeavingThePage(requests.urls)).toEqual([]);
});

test('from disk, "Save to folder…" writes every image verified into the picked folder', async ({
  page,
}) => {
  // Chromium gives a file page no origin-private file system: a folder in memory stands in.
  await usePickerBackedByMemory(page);
  await openBigRelease(page);
  await page.getByRole('button', { name: /Save to folder/ }).click();
  await expect(page.getByRole('heading', { name: /Saved into the folder/ })).toBeVisible();
  const files = await listPickedFolder(page);
  const spec = bigReleaseSpec();
  for (const part of BIG_RELEASE_PARTS) {
    expect(files[`${part}.sip.ld`]?.sha256, part).toBe(sha256Hex(expectedImageBytes(spec, part)));
  }
  expect(parseUcsXml(files['ucs.xml']!.text)).toEqual([{ version: '5.9.8.5760', path: FOLDER }]);
});

test('from disk, a dropped file that is not a zip gets an alert, and the next good file opens', async ({
  page,
}) => {
  await page.goto(PORTABLE_URL);
  await dropRelease(page, fixturePath('not-a-zip.zip'), 'firmware.zip');
  await expect(page.getByRole('alert')).toContainText('not a zip archive');
  await openRelease(page, fixturePath('layout-root.zip'));
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: `VVX 500 (${PART.vvx500})` })).toBeVisible();
});

test('from disk in Chromium, a release wrapped in a compressed zip gets the way to open it', async ({
  page,
}) => {
  // Chromium refuses a file page the private file system the inner zip would be unpacked into.
  await page.goto(PORTABLE_URL);
  await openRelease(page, fixturePath('nested-deflated.zip'));
  await expect(page.getByRole('alert')).toContainText('Extract the inner release .zip');
  await openRelease(page, fixturePath('nested-stored.zip'));
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: `VVX 500 (${PART.vvx500})` })).toBeVisible();
});

test('from disk, two versions and an imported ucs.xml make one bundle', async ({ page }) => {
  await openTwoReleases(page, PORTABLE_URL);
  await importUcsXml(page, [{ version: '5.5.2.1234', path: 'http://fw.example.local/old/' }]);
  await expect(page.getByText('5.5.2.1234:')).toBeVisible();
  const files = await downloadZipFiles(page);
  const root = 'ucs-5.9.8.5760-to-6.4.6.2201';
  expect(files.has(`${root}/5.9.8.5760/${PART.vvx500}.sip.ld`)).toBe(true);
  expect(files.has(`${root}/6.4.6.2201/${PART.vvx501}.sip.ld`)).toBe(true);
  const manifest = parseUcsXml(new TextDecoder().decode(files.get(`${root}/ucs.xml`)));
  expect(manifest.map((entry) => entry.version)).toEqual([
    '5.5.2.1234',
    '5.9.8.5760',
    '6.4.6.2201',
  ]);
});

// The plain Playwright test: the refusals below are what this test provokes, not page errors.
plainTest('the portable copy runs only its own script and contacts nothing', async ({ page }) => {
  await page.goto(PORTABLE_URL);
  await expect(page.getByRole('status').first()).toContainText('This is the portable copy');
  const outcome = await page.evaluate(async () => {
    const refused: string[] = [];
    const bothRefused = new Promise<void>((resolve) => {
      document.addEventListener('securitypolicyviolation', (event) => {
        refused.push(event.effectiveDirective);
        if (refused.length === 2) resolve();
      });
    });
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.head.append(script);
    const fetched = await fetch('http://127.0.0.1:9/').then(
      () => 'fetched',
      () => 'refused',
    );
    await bothRefused;
    return { ran: '__injected' in window, fetched, refused: refused.sort() };
  });
  expect(outcome).toEqual({
    ran: false,
    fetched: 'refused',
    refused: ['connect-src', 'script-src-elem'],
  });
});
