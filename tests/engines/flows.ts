import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PART, bigReleaseSpec, namedFixture } from '../fixtures/named-fixtures.ts';
import { fixturePath } from '../e2e/paths.ts';
import { readZip } from '../e2e/zip-contents.ts';
import { moreFlows } from './more-flows.ts';
import { updateFlow } from './update-flow.ts';
import {
  ROOT,
  SERVER_URL,
  expectImages,
  expectNotAZipThenAGoodFile,
  openRelease,
} from './flow-steps.ts';
import { startEngineServer, type EngineServer } from './engine-server.ts';
import type { EngineSession } from './engine-session.ts';
import { privateFiles, showsText } from './in-page.ts';

/** The alert for a release zip inside a zip where the browser gives the app no disk. */
const NO_DISK_FOR_NESTED = 'this browser gives the app no disk space to unpack it';

/**
 * The main flows of the app in one engine, written once for every engine: the session comes from
 * `start`, given the test server (for the pages that post back what they capture).
 */
export function engineFlows(name: string, start: (server: EngineServer) => Promise<EngineSession>) {
  describe(name, () => {
    let server: EngineServer;
    let session: EngineSession;
    let problemsSeen = 0;

    beforeAll(async () => {
      server = await startEngineServer();
      session = await start(server);
    });
    afterAll(async () => {
      await session?.close();
      await server?.close();
    });
    // A failed flow may leave its browser hung (seen once in WebKit with its own profile: the
    // driver page stopped answering) or in a state of its own: its retry gets a fresh browser.
    let failed = false;
    beforeEach(async () => {
      if (!failed) return;
      failed = false;
      await Promise.race([session.close(), new Promise((gone) => setTimeout(gone, 10_000))]);
      session = await start(server);
      problemsSeen = 0;
    });
    afterEach(async ({ task }) => {
      failed = task.result?.state === 'fail';
      // The failure is the story; a hung browser would not answer anyway.
      if (failed) return;
      const problems = await session.problems();
      const fresh = problems.slice(problemsSeen);
      problemsSeen = problems.length;
      // A flow that passed but logged errors fails here: its retry needs a fresh browser too (the
      // update flow leaves the next build's service worker in charge of this one).
      failed = fresh.length > 0;
      expect(fresh, `${session.label} reported errors`).toEqual([]);
    });

    it('has the private file system exactly where the session says', async () => {
      await session.open(server.appUrl);
      const files = await session.evaluate(privateFiles);
      expect(files !== null, 'navigator.storage.getDirectory() answered').toBe(
        session.privateFileSystem,
      );
    });

    it('tries the sample release end to end', async () => {
      await session.open(server.appUrl);
      await session.click('button', 'Try a sample release');
      await session.waitForText('images are fake, not firmware');
      await session.click('button', 'Select all');
      await session.fill('Server URL', SERVER_URL);
      const files = await readZip((await session.download('Download ZIP')).path);
      const images = [...files.keys()].filter((path) => path.endsWith('.sip.ld'));
      expect(images).toHaveLength(6);
      expect(files.has(`${ROOT}/ucs.xml`)).toBe(true);
    });

    it('turns a 60 MB release of stored and deflated images into a zip holding them byte for byte', async () => {
      const spec = bigReleaseSpec();
      await session.open(server.appUrl);
      await openRelease(session, fixturePath('big-release.zip'));
      for (const part of [PART.vvx500, PART.vvx600, PART.vvx501]) {
        await session.click('checkbox', part);
      }
      await session.fill('Server URL', SERVER_URL);
      const download = await session.download('Download ZIP');
      expect(download.name).toBe(`${ROOT}.zip`);
      await expectImages(download.path, spec, [PART.vvx500, PART.vvx600, PART.vvx501]);
      await session.waitForText(`Downloaded ${ROOT}.zip`);
      // The deflated images went through the disk stager where the page has one, else memory.
      const staged = await session.evaluate(privateFiles, 'ucs-bundler-staging');
      if (session.privateFileSystem) {
        const imageSize = spec.images[1]!.size!;
        expect(staged?.filter((file) => file.size === imageSize)).toHaveLength(2);
      } else {
        expect(staged).toBeNull();
      }
    });

    it('opens a release zip deflated inside another zip', async () => {
      const spec = namedFixture('nested-deflated.zip').spec!;
      await session.open(server.appUrl);
      if (!session.privateFileSystem) {
        await session.chooseFile(fixturePath('nested-deflated.zip'));
        await session.waitForText(NO_DISK_FOR_NESTED);
        return;
      }
      await openRelease(session, fixturePath('nested-deflated.zip'));
      await session.click('checkbox', PART.vvx500);
      await session.click('checkbox', PART.vvx600);
      await session.fill('Server URL', SERVER_URL);
      const download = await session.download('Download ZIP');
      await expectImages(download.path, spec, [PART.vvx500, PART.vvx600]);
    });

    it('offers no button it cannot honour, and says once what this browser lacks', async () => {
      await session.open(server.appUrl);
      await openRelease(session, fixturePath('layout-root.zip'));
      const offered = await session.evaluate((document) => {
        const view = document.defaultView!;
        return {
          folderButton: [...document.querySelectorAll('button')].some((button) =>
            button.textContent?.includes('Save to folder'),
          ),
          // "Open with" on a .zip (File Handling) and the install prompt: Chromium's alone.
          openWith: 'launchQueue' in view,
          installPrompt: 'onbeforeinstallprompt' in view,
          notices: [...document.querySelectorAll('.hint')].filter((hint) =>
            hint.textContent?.includes('cannot save straight into a folder'),
          ).length,
        };
      });
      expect(offered).toEqual({
        folderButton: false,
        openWith: false,
        installPrompt: false,
        notices: 1,
      });
      const noDisk = await session.evaluate(showsText, 'gives the app no disk space');
      expect(noDisk).toBe(!session.privateFileSystem);
    });

    it('alerts on a file that is not a zip, and opens the next good file', async () => {
      await session.open(server.appUrl);
      await expectNotAZipThenAGoodFile(session);
    });

    it('once visited, opens and exports a release with the server gone', async () => {
      await session.open(server.appUrl);
      await session.evaluate(async (document) => {
        await document.defaultView!.navigator.serviceWorker.ready;
      });
      await session.reload();
      expect(
        await session.evaluate(
          (document) => !!document.defaultView?.navigator.serviceWorker.controller,
        ),
      ).toBe(true);
      await session.waitForText('Ready to work offline.');
      server.setOutage(true);
      try {
        await session.reload();
        await session.waitForText('1. Open a release');
        await openRelease(session, fixturePath('layout-root.zip'));
        await session.click('checkbox', PART.vvx500);
        await session.fill('Server URL', SERVER_URL);
        const download = await session.download('Download ZIP');
        await expectImages(download.path, namedFixture('layout-root.zip').spec!, [PART.vvx500]);
      } finally {
        server.setOutage(false);
      }
    });

    moreFlows(() => ({ server, session }));
    updateFlow(() => ({ server, session }));
  });
}
