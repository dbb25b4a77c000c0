import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectedImageBytes } from '../fixtures/make-release.ts';
import { PART, bigReleaseSpec } from '../fixtures/named-fixtures.ts';
import { fixturePath } from '../e2e/paths.ts';
import { PORTABLE_URL } from '../e2e/portable-page.ts';
import { readZip } from '../e2e/zip-contents.ts';
import type { EngineSession } from './engine-session.ts';
import { privateFiles } from './in-page.ts';

/** The big release's images: one stored, two deflated, 30 MiB each. */
const BIG_RELEASE_PARTS = [PART.vvx500, PART.vvx600, PART.vvx501];

/** What the page fetched besides itself: addresses it made of its own bytes do not count. */
function resourcesFromElsewhere(document: Document): string[] {
  const view = document.defaultView!;
  return view.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => !name.startsWith('blob:') && !name.startsWith('data:'));
}

/**
 * The portable copy opened from disk (`file://`) in one engine whose driver saves downloads:
 * the flows an admin with the file on a USB stick goes through.
 */
export function portableFlows(name: string, start: () => Promise<EngineSession>) {
  describe(`${name}, the portable copy opened from disk`, () => {
    let session: EngineSession;
    let problemsSeen = 0;

    beforeAll(async () => {
      session = await start();
    });
    afterAll(async () => {
      await session?.close();
    });
    afterEach(async () => {
      const fresh = (await session.problems()).slice(problemsSeen);
      problemsSeen += fresh.length;
      expect(fresh, `${session.label} reported errors`).toEqual([]);
    });

    it('says what a file lacks, runs the sample release, and fetches nothing', async () => {
      await session.open(PORTABLE_URL);
      await session.waitForText('This is the portable copy');
      await session.click('button', 'Try a sample release');
      await session.click('button', 'Select all');
      await session.fill('Server URL', 'https://intranet.example/phones/fw/');
      await session.waitForText('<PATH>https://intranet.example/phones/fw/</PATH>');
      const files = await readZip((await session.download('Download ZIP')).path);
      expect([...files.keys()].filter((path) => path.endsWith('.sip.ld'))).toHaveLength(6);
      expect(await session.evaluate(resourcesFromElsewhere)).toEqual([]);
    });

    it('turns a 90 MB release of stored and deflated images into a zip equal byte for byte', async () => {
      await session.open(PORTABLE_URL);
      await session.chooseFile(fixturePath('big-release.zip'));
      for (const part of BIG_RELEASE_PARTS) await session.click('checkbox', part);
      await session.fill('Server URL', 'http://fw.example.local/firmware/');
      const files = await readZip((await session.download('Download ZIP')).path);
      const spec = bigReleaseSpec();
      for (const part of BIG_RELEASE_PARTS) {
        const bytes = files.get(`ucs-5.9.8.5760/${part}.sip.ld`);
        expect(bytes, `${part}.sip.ld is in the zip`).toBeDefined();
        expect(Buffer.from(bytes!).equals(Buffer.from(expectedImageBytes(spec, part)))).toBe(true);
      }
      // Where the engine grants a file page its private file system, large images go to disk.
      const staged = await session.evaluate(privateFiles, 'ucs-bundler-staging');
      expect(staged === null).toBe(!session.privateFileSystem);
      expect(await session.evaluate(resourcesFromElsewhere)).toEqual([]);
    });

    it('alerts on a file that is not a zip, and opens the next good file', async () => {
      await session.open(PORTABLE_URL);
      await session.chooseFile(fixturePath('not-a-zip.zip'));
      await session.waitForText('This file is not a zip archive.');
      await session.chooseFile(fixturePath('layout-root.zip'));
      await session.waitForText(`VVX 500 (${PART.vvx500})`);
      expect(await session.evaluate((document) => document.querySelector('[role="alert"]'))).toBe(
        null,
      );
    });
  });
}
