/**
 * The production build served on a port of the benchmark's own, and a headless Chromium with an
 * on-disk profile (OPFS on disk, as for a real user; Playwright's default contexts keep it in
 * memory, which changes every figure).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { findChromium } from '../scripts/find-chromium.mjs';

const PROBES = join(import.meta.dirname, 'page-probes.js');
const VITE = join(import.meta.dirname, '..', 'node_modules', 'vite', 'bin', 'vite.js');

export interface PreviewServer {
  readonly url: string;
  stop(): void;
}

/** Serves a build (dist/ by default) with `vite preview` and waits until it answers. */
export async function startPreview(port: number, outDir = 'dist'): Promise<PreviewServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [VITE, 'preview', '--port', String(port), '--strictPort', '--outDir', outDir],
    { cwd: join(import.meta.dirname, '..'), stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const url = `http://localhost:${port}/`;
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode})`);
    const answered = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stop();
  throw new Error(`vite preview did not answer on ${url}`);
}

export interface BenchBrowser {
  readonly context: BrowserContext;
  readonly executable: string;
  readonly version: string;
}

/** Launches Chromium on a fresh on-disk profile under `workDir`. */
export async function launchBrowser(workDir: string): Promise<BenchBrowser> {
  const executable = findChromium();
  if (!executable) throw new Error('No Chromium found (scripts/ensure-chromium.mjs installs one).');
  const profile = join(workDir, 'profile');
  await rm(profile, { recursive: true, force: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: executable,
    headless: true,
    acceptDownloads: true,
    downloadsPath: join(workDir, 'downloads'),
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  await context.addInitScript({ path: PROBES });
  const version = context.browser()?.version() ?? (await versionOf(context));
  return { context, executable, version };
}

async function versionOf(context: BrowserContext): Promise<string> {
  const page = context.pages()[0] ?? (await context.newPage());
  const session = await context.newCDPSession(page);
  const { product } = (await session.send('Browser.getVersion')) as { product: string };
  await session.detach();
  return product;
}

/** The benchmark's one page, loaded fresh (a clean heap, no earlier release). */
export async function freshPage(context: BrowserContext, url: string): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction('window.__bench !== undefined');
  return page;
}

/** Lets the service worker finish precaching, so it does not compete with the first timing. */
export async function settleServiceWorker(page: Page): Promise<void> {
  await page.evaluate(
    `Promise.race([navigator.serviceWorker?.ready, new Promise((r) => setTimeout(r, 5000))])`,
  );
}
