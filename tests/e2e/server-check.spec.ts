import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Frame, Locator, Request } from '@playwright/test';
import { PART } from '../fixtures/named-fixtures.ts';
import { expect, openRelease, test, type Page } from './app-test.ts';
import { seriousViolations } from './axe-findings.ts';
import { startFirmwareServer, type FirmwareServer } from './firmware-server.ts';
import { DIST, fixturePath } from './paths.ts';
import { downloadZipFiles } from './zip-contents.ts';

// A check that finds a file missing or refused makes the browser log it; that is the point.
test.use({ expectedConsoleErrors: /Failed to load resource|has been blocked by CORS policy/ });

const IMAGES = [PART.vvx500, PART.vvx600, PART.vvx310].map((part) => `${part}.sip.ld`);

/** Exports the three images for `folderUrl` as a zip and returns its files, folder-relative. */
async function exportFor(page: Page, folderUrl: string): Promise<Map<string, Uint8Array>> {
  await openRelease(page, fixturePath('layout-root.zip'));
  for (const part of [PART.vvx500, PART.vvx600, PART.vvx310]) {
    await page.getByRole('checkbox', { name: new RegExp(`\\(${part}\\)`) }).check();
  }
  await page.getByLabel('Server URL').fill(folderUrl);
  const files = await downloadZipFiles(page);
  return new Map([...files].map(([path, bytes]) => [path.slice(path.indexOf('/') + 1), bytes]));
}

/** Clicks the check and waits for its report: each file's name with its status. */
async function runCheck(page: Page): Promise<Record<string, string>> {
  const table = page.getByRole('table', { name: /Server check/ });
  // A report already shown goes away when the check starts: wait for the new one.
  const previous = (await table.count()) > 0 ? await table.elementHandle() : null;
  await page.getByRole('button', { name: 'Check the server' }).click();
  if (previous) await expect.poll(() => previous.evaluate((node) => node.isConnected)).toBe(false);
  await expect(table).toBeVisible();
  return statuses(table);
}

async function statuses(table: Locator): Promise<Record<string, string>> {
  const rows = await table.locator('tbody tr').all();
  const pairs = await Promise.all(
    rows.map(async (row) => {
      const cells = row.getByRole('cell');
      return [await cells.nth(0).innerText(), await cells.nth(1).innerText()] as const;
    }),
  );
  return Object.fromEntries(pairs);
}

/** Requests of the page to `prefix`, with the frame each came from. */
function requestsTo(log: readonly Request[], prefix: string): { url: string; frame: Frame }[] {
  return log
    .filter((request) => request.url().startsWith(prefix))
    .map((request) => ({ url: request.url(), frame: request.frame() }));
}

function recordRequests(page: Page): Request[] {
  const log: Request[] = [];
  page.on('request', (request) => log.push(request));
  return log;
}

let host: FirmwareServer;
let other: FirmwareServer | undefined;

test.beforeEach(async () => {
  host = await startFirmwareServer({ app: DIST });
});

test.afterEach(async () => {
  await host.close();
  await other?.close();
  other = undefined;
});

test("the bundle just exported, on the app's own server: identical, then each damage its own reason", async ({
  page,
}) => {
  const log = recordRequests(page);
  await page.goto(host.appUrl);
  const files = await exportFor(page, host.folderUrl);
  await host.upload(files);

  const report = await runCheck(page);
  expect(Object.keys(report).sort()).toEqual(['ucs.xml', 'sip.ver', ...IMAGES].sort());
  for (const status of Object.values(report)) expect(status).toMatch(/^OK/);
  await expect(page.getByText('All 5 files are served as the phones need them.')).toBeVisible();

  const [deleted, truncated, page404] = IMAGES as [string, string, string];
  await rm(join(host.folder, deleted));
  const whole = await readFile(join(host.folder, truncated));
  await writeFile(join(host.folder, truncated), whole.subarray(0, whole.length >> 1));
  host.answer(page404, {
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: '<!DOCTYPE html><html><body><h1>Something went wrong</h1></body></html>',
  });
  host.answer('ucs.xml', {
    status: 200,
    headers: { 'content-type': 'application/octet-stream' },
    body: Buffer.from(files.get('ucs.xml')!),
  });

  const damaged = await runCheck(page);
  expect(damaged['ucs.xml']).toMatch(/^Wrong content type: application\/octet-stream/);
  expect(damaged['sip.ver']).toMatch(/^OK/);
  expect(damaged[deleted]).toMatch(/^Missing \(HTTP 404\)/);
  expect(damaged[truncated]).toMatch(/^Different bytes/);
  expect(damaged[page404]).toMatch(/^Served as a web page/);
  await expect(page.getByText('4 of 5 files need attention.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Only the check page read the firmware folder; the page holding the release never did.
  const reads = requestsTo(log, host.folderUrl);
  expect(reads.length).toBeGreaterThanOrEqual(10);
  for (const read of reads) {
    expect(read.frame).not.toBe(page.mainFrame());
    expect(read.frame.url()).toMatch(/\/check\.html$/);
  }
});

test("a long check shows its progress and stops on Cancel; the done screen explains the phone's errors", async ({
  page,
}) => {
  await page.goto(host.appUrl);
  await host.upload(await exportFor(page, host.folderUrl));
  await expect(page.getByRole('heading', { name: 'If a phone reports a problem' })).toBeVisible();
  await expect(page.getByText('The phone says "XML file cannot be read".')).toBeVisible();

  host.answer(IMAGES[1]!, 'never');
  await page.getByRole('button', { name: 'Check the server' }).click();
  await expect(page.getByRole('progressbar', { name: 'Server check progress' })).toBeVisible();
  await expect(page.getByText(new RegExp(`· ${IMAGES[1]!.replace(/\./g, '\\.')}$`))).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Check cancelled.')).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
});

test('another server: refused without CORS (with the links to open by hand), read with it', async ({
  page,
}) => {
  other = await startFirmwareServer({});
  const log = recordRequests(page);
  await page.goto(host.appUrl);
  const files = await exportFor(page, other.folderUrl);
  await other.upload(files);

  await page.getByRole('button', { name: 'Check the server' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The browser was not allowed to read the server');
  await expect(alert).toContainText(host.origin);
  const links = await alert
    .getByRole('link')
    .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
  expect(links.sort()).toEqual(
    ['ucs.xml', 'sip.ver', ...IMAGES].map((name) => other!.folderUrl + name).sort(),
  );
  expect(await seriousViolations(page)).toEqual([]);
  const refused = await statuses(page.getByRole('table', { name: /Server check/ }));
  expect(refused['ucs.xml']).toMatch(/CORS/);

  other.allowOrigin(host.origin);
  const report = await runCheck(page);
  expect(Object.keys(report).sort()).toEqual(['ucs.xml', 'sip.ver', ...IMAGES].sort());
  for (const status of Object.values(report)) expect(status).toMatch(/^OK/);
  await expect(page.getByRole('alert')).toHaveCount(0);

  const reads = requestsTo(log, other.folderUrl);
  expect(reads.length).toBeGreaterThan(0);
  for (const read of reads) expect(read.frame).not.toBe(page.mainFrame());
});

test('a server prepared earlier is checked from its ucs.xml address and its SHA256SUMS', async ({
  page,
}) => {
  await page.goto(host.appUrl);
  const files = await exportFor(page, host.folderUrl);
  await host.upload(files);
  await page.reload();

  await page.getByLabel('ucs.xml address').fill(host.folderUrl);
  await page.getByRole('button', { name: 'Check the server' }).click();
  await expect(page.getByRole('alert')).toContainText('This is a folder address');

  await page.getByLabel('ucs.xml address').fill(`${host.folderUrl}ucs.xml`);
  const report = await runCheck(page);
  expect(Object.keys(report).sort()).toEqual(
    ['ucs.xml', 'SHA256SUMS', 'sip.ver', ...IMAGES].sort(),
  );
  expect(report['SHA256SUMS']).toMatch(/^Found/);
  for (const name of ['ucs.xml', 'sip.ver', ...IMAGES]) expect(report[name]).toMatch(/^OK/);
});

test('web.config can let this tool check the server from elsewhere (off by default)', async ({
  page,
}) => {
  await page.goto(host.appUrl);
  await openRelease(page, fixturePath('layout-root.zip'));
  await page.getByRole('checkbox', { name: new RegExp(`\\(${PART.vvx500}\\)`) }).check();
  await page.getByLabel('Server URL').fill('http://fw.example.local/firmware/');
  const cors = page.getByRole('checkbox', { name: /read the files \(CORS\)/ });
  await expect(cors).not.toBeChecked();
  const plain = new TextDecoder().decode(
    [...(await downloadZipFiles(page))].find(([path]) => path.endsWith('web.config'))?.[1],
  );
  expect(plain).not.toContain('Access-Control-Allow-Origin');
  await cors.check();
  const allowed = new TextDecoder().decode(
    [...(await downloadZipFiles(page))].find(([path]) => path.endsWith('web.config'))?.[1],
  );
  expect(allowed).toContain(`<add name="Access-Control-Allow-Origin" value="${host.origin}" />`);
});

test("installed, the check page comes from the offline copy: it checks with the app's server gone", async ({
  page,
}) => {
  other = await startFirmwareServer({});
  await page.goto(host.appUrl);
  await expect(page.getByText('Ready to work offline.')).toBeVisible();
  await page.reload();
  const files = await exportFor(page, other.folderUrl);
  await other.upload(files);
  other.allowOrigin(host.origin);

  await host.close();
  const report = await runCheck(page);
  expect(Object.keys(report).sort()).toEqual(['ucs.xml', 'sip.ver', ...IMAGES].sort());
  for (const status of Object.values(report)) expect(status).toMatch(/^OK/);
});
