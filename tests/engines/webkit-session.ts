import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { WebDriver, type WebElement } from 'selenium-webdriver';
import { Executor, HttpClient } from 'selenium-webdriver/http';
import { findEngines } from '../../scripts/find-engines.mjs';
import { capturedDownload, capturedDownloadCount } from './captured-download.ts';
import type { EngineServer } from './engine-server.ts';
import {
  RELEASE_FIELD,
  type ControlRole,
  type EngineSession,
  type PageCheck,
} from './engine-session.ts';
import { callSource, findControl, findField, findFileInput, pageText } from './in-page.ts';
import { pageScriptParts } from './page-script-parts.ts';
import { pollUntil, STEP_TIMEOUT_MS } from './wait.ts';

/**
 * WebKit (WebKitGTK's MiniBrowser, the engine Safari is built on) driven by its WebDriver on a
 * virtual display. Its automation sessions are private: the page gets no origin-private file
 * system, and downloads are not saved, so the page posts them to the test server instead.
 */
export async function startWebKit(server: EngineServer): Promise<EngineSession> {
  const engines = findEngines();
  const port = await freePort();
  const driverProcess = spawn(engines.xvfbRun!, ['-a', engines.webkitDriver!, `--port=${port}`], {
    detached: true,
    stdio: 'ignore',
  });
  const address = `http://127.0.0.1:${port}`;
  await pollUntil(
    () =>
      fetch(`${address}/status`).then(
        (response) => response.ok,
        () => false,
      ),
    async () => 'WebKitWebDriver did not start',
  );
  const driver = await WebDriver.createSession(new Executor(new HttpClient(address)), {
    'webkitgtk:browserOptions': { binary: engines.miniBrowser, args: ['--automation'] },
  } as never);
  const run = <Result>(check: PageCheck<Result>, ...args: unknown[]) =>
    driver.executeScript<Result>(`return ${callSource(check, args)}`);
  const scripted = pageScriptParts(run);
  const element = async (find: PageCheck<HTMLElement | null>, ...args: string[]) => {
    let found: WebElement | null = null;
    await pollUntil(
      async () => {
        found = await driver.executeScript<WebElement | null>(`return ${callSource(find, args)}`);
        return found !== null;
      },
      async () => `Nothing matches ${args.join(' ')} in: ${await run(pageText)}`,
    );
    return found! as WebElement;
  };

  const session: EngineSession = {
    label: 'WebKit (automation, private)',
    privateFileSystem: false,
    async open(url) {
      await scripted.beforeNavigation();
      await driver.get(url);
      await scripted.afterNavigation();
    },
    async reload() {
      await scripted.beforeNavigation();
      await driver.navigate().refresh();
      await scripted.afterNavigation();
    },
    async chooseFile(path, field = RELEASE_FIELD) {
      await (await element(findFileInput, field)).sendKeys(path);
    },
    async click(role: ControlRole, name: string) {
      await (await element(findControl, role, name)).click();
    },
    async fill(label, value) {
      const field = await element(findField, label);
      await field.clear();
      await field.sendKeys(value);
    },
    waitForText: scripted.waitForText,
    download: (buttonName) => capturedDownload(session, server, buttonName),
    downloadsSaved: () => capturedDownloadCount(session, server),
    evaluate: run,
    problems: scripted.problems,
    async close() {
      await driver.quit().catch(() => undefined);
      stop(driverProcess);
    },
  };
  return session;
}

/** A port nobody listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Ends a process started `detached` and everything it started (xvfb-run's X server too). */
export function stop(child: ChildProcess): void {
  if (child.pid !== undefined && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

export function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(what)), STEP_TIMEOUT_MS);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}
