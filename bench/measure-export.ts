/**
 * One export of the chosen images, through the app's own buttons: to a folder (the picker answers
 * with an OPFS folder) until the done screen, or to a zip until the download is complete.
 */
import { spawnSync } from 'node:child_process';
import type { BrowserContext, CDPSession, Download, Page } from '@playwright/test';
import { freshPage } from './browser.ts';
import { watchHeap } from './heap-sampler.ts';
import type { CpuMeter } from './process-io.ts';

export type Route = 'folder' | 'zip';

export interface ExpectedFile {
  readonly name: string;
  readonly size: number;
}

export interface ExportRun {
  readonly seconds: number;
  /** CPU time the browser used from the click to completion, every process and thread. */
  readonly cpuSeconds: number;
  readonly heapBeforeBytes: number;
  readonly heapPeakBytes: number;
}

const SERVER_URL = 'http://fw.example.local/firmware/';
const EXTRAS = ['SHA256SUMS', 'README.txt', 'web.config'];
const TIMEOUT_MS = 180_000;

/**
 * Loads a fresh page with an empty origin-private file system, opens `archive` and picks the
 * models; the extras stay on (the app's default).
 */
export async function prepareExport(
  context: BrowserContext,
  url: string,
  archive: string,
  modelLabels: readonly string[],
): Promise<Page> {
  const page = await freshPage(context, url);
  await page.evaluate('window.__bench.clearOpfs()');
  await page
    .getByLabel(/release archive/i)
    .last()
    .setInputFiles(archive);
  for (const label of modelLabels) {
    await page.getByRole('checkbox', { name: label, exact: true }).check();
  }
  await page.getByLabel('Server URL').fill(SERVER_URL);
  for (const extra of EXTRAS) {
    await page.getByRole('checkbox', { name: new RegExp(extra.replace('.', '\\.')) }).check();
  }
  return page;
}

/**
 * Clicks the route's button and waits until the output is complete, sampling the heap meanwhile;
 * then checks that every expected image is in the output with its size.
 *
 * @param startCpuMeter starts counting the browser's CPU time, just before the click.
 * @param around runs just before the click and just after completion (a CPU profile).
 */
export async function measureExport(
  page: Page,
  session: CDPSession,
  route: Route,
  expected: readonly ExpectedFile[],
  startCpuMeter: () => Promise<CpuMeter>,
  around?: { start(): Promise<void>; stop(): Promise<void> },
): Promise<ExportRun> {
  const heap = await watchHeap(session);
  await around?.start();
  const cpu = await startCpuMeter();
  const start = performance.now();
  const download = route === 'zip' ? await clickDownloadZip(page) : undefined;
  if (route === 'folder') await clickSaveToFolder(page);
  const downloadedPath = await download?.path();
  // The zip is complete only when the browser has written the download, which Node sees; the
  // folder is complete when the done screen appears, which the page times without polling lag.
  const seconds =
    route === 'folder' ? await folderSecondsInPage(page) : (performance.now() - start) / 1000;
  const cpuSeconds = await cpu.stop();
  await around?.stop();
  const { peakBytes } = await heap.stop();
  if (downloadedPath) {
    checkZip(downloadedPath, expected);
    await download?.delete();
  } else {
    await checkFolder(page, expected);
  }
  return { seconds, cpuSeconds, heapBeforeBytes: heap.beforeBytes, heapPeakBytes: peakBytes };
}

async function folderSecondsInPage(page: Page): Promise<number> {
  const { exportClickedAt, exportDoneAt } = (await page.evaluate('window.__bench.state')) as {
    exportClickedAt?: number;
    exportDoneAt?: number;
  };
  if (exportClickedAt === undefined || exportDoneAt === undefined) {
    throw new Error('The page did not time the folder export.');
  }
  return (exportDoneAt - exportClickedAt) / 1000;
}

async function clickSaveToFolder(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Save to folder/ }).click();
  await waitForOutcome(page, /Saved into the folder bench-output-/);
}

/** Returns the download once the app reports it started; its `path()` waits for completion. */
async function clickDownloadZip(page: Page): Promise<Download> {
  const download = page.waitForEvent('download', { timeout: TIMEOUT_MS });
  // A failed export never downloads: its wait ends in the failure reported below.
  download.catch(() => undefined);
  await page.getByRole('button', { name: /Download ZIP/ }).click();
  await waitForOutcome(page, /Downloaded .*\.zip/);
  return download;
}

/** Waits for the done screen's heading, or throws with the alert the app shows instead. */
async function waitForOutcome(page: Page, heading: RegExp): Promise<void> {
  const done = page.getByRole('heading', { name: heading });
  const alert = page.getByRole('alert');
  await done.or(alert).first().waitFor({ timeout: TIMEOUT_MS });
  if (await alert.count()) throw new Error(`The export failed: ${await alert.first().innerText()}`);
}

async function checkFolder(page: Page, expected: readonly ExpectedFile[]): Promise<void> {
  const files = (await page.evaluate('window.__bench.listOutput()')) as ExpectedFile[];
  for (const file of expected) {
    if (!files.some((written) => written.name === file.name && written.size === file.size)) {
      throw new Error(
        `The folder lacks ${file.name} (${file.size} bytes): ${JSON.stringify(files)}`,
      );
    }
  }
}

function checkZip(path: string, expected: readonly ExpectedFile[]): void {
  const listing = spawnSync('unzip', ['-l', path], { encoding: 'utf8' }).stdout;
  for (const file of expected) {
    const line = new RegExp(`^\\s*${file.size}\\s.*/${file.name.replaceAll('.', '\\.')}$`, 'm');
    if (!line.test(listing)) throw new Error(`The zip lacks ${file.name}:\n${listing}`);
  }
}
