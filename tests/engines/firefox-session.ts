import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type ElementHandle } from 'puppeteer-core';
import { findEngines } from '../../scripts/find-engines.mjs';
import {
  RELEASE_FIELD,
  type ControlRole,
  type DownloadedFile,
  type EngineSession,
  type PageCheck,
} from './engine-session.ts';
import { callSource, findControl, findField, findFileInput, pageText } from './in-page.ts';
import { pageScriptParts } from './page-script-parts.ts';
import { pollUntil } from './wait.ts';

/**
 * Firefox driven over WebDriver BiDi by puppeteer-core, headless, with a fresh profile. Downloads
 * are really saved, into a folder of the session's own.
 */
export async function startFirefox(): Promise<EngineSession> {
  const downloads = await mkdtemp(join(tmpdir(), 'ucs-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findEngines().firefox,
    protocol: 'webDriverBiDi',
    headless: true,
    extraPrefsFirefox: {
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  const kept = join(downloads, 'kept');
  const keptCount = async () => (await readdir(kept).catch(() => [])).length;
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${String(error)}`));

  const evaluate = <Result>(check: PageCheck<Result>, ...args: unknown[]) =>
    page.evaluate(callSource(check, args)) as Promise<Result>;
  const { waitForText } = pageScriptParts(evaluate);

  /** The element `find` picks in the page, once there is one. */
  const element = async (
    find: PageCheck<HTMLElement | null>,
    ...args: string[]
  ): Promise<ElementHandle<HTMLElement>> => {
    let found: ElementHandle<HTMLElement> | null = null;
    await pollUntil(
      async () => {
        found = (await page.evaluateHandle(callSource(find, args))).asElement() as typeof found;
        return found !== null;
      },
      async () => `Nothing matches ${args.join(' ')} in: ${await evaluate(pageText)}`,
    );
    return found!;
  };

  const session: EngineSession = {
    label: `Firefox ${(await browser.version()).split('/')[1] ?? ''}`.trim(),
    privateFileSystem: true,
    async open(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    async chooseFile(path, field = RELEASE_FIELD) {
      const input = await element(findFileInput, field);
      await (input as ElementHandle<HTMLInputElement>).uploadFile(path);
    },
    async click(role: ControlRole, name: string) {
      await (await element(findControl, role, name)).click();
    },
    async fill(label, value) {
      const field = await element(findField, label);
      await field.evaluate((input) => {
        (input as HTMLInputElement).value = '';
      });
      await field.type(value);
    },
    waitForText,
    async download(buttonName) {
      const before = new Set(await readdir(downloads));
      await session.click('button', buttonName);
      let saved: string | undefined;
      await pollUntil(
        async () => {
          const names = await readdir(downloads);
          // Firefox writes into NAME.part and moves it over NAME once complete.
          const fresh = names.filter(
            (name) => !before.has(name) && !name.endsWith('.part') && name !== 'kept',
          );
          saved = names.some((name) => name.endsWith('.part')) ? undefined : fresh[0];
          return saved !== undefined;
        },
        async () => `No download was saved; the page shows: ${await evaluate(pageText)}`,
      );
      // Moved away, so that the next download of the same name is not renamed "name(1).zip".
      await mkdir(kept, { recursive: true });
      const path = join(kept, `${await keptCount()}-${saved!}`);
      await rename(join(downloads, saved!), path);
      return { name: saved!, path } satisfies DownloadedFile;
    },
    async downloadsSaved() {
      const started = (await readdir(downloads)).filter((name) => name !== 'kept');
      return started.length + (await keptCount());
    },
    evaluate,
    problems: async () => [...problems],
    async close() {
      await browser.close();
      await rm(downloads, { recursive: true, force: true });
    },
  };
  return session;
}
