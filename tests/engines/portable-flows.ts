import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectedImageBytes } from '../fixtures/make-release.ts';
import { PART, bigReleaseSpec } from '../fixtures/named-fixtures.ts';
import { fixturePath } from '../e2e/paths.ts';
import { PORTABLE_URL } from '../e2e/portable-page.ts';
import { readZip } from '../e2e/zip-contents.ts';
import { sha256Hex } from '../fixtures/sha256.ts';
import type { EngineSession } from './engine-session.ts';
import { expectNotAZipThenAGoodFile } from './flow-steps.ts';
import { privateFiles } from './in-page.ts';

/** The big release's images: one stored, two deflated, 30 MiB each. */
const BIG_RELEASE_PARTS = [PART.vvx500, PART.vvx600, PART.vvx501];

/** The files the done screen lists, by path, with their SHA-256. */
function doneScreenHashes(document: Document): Record<string, string> {
  const rows = [...document.querySelectorAll('table tbody tr')];
  return Object.fromEntries(
    rows.map((row) => [row.children[0]!.textContent!.trim(), row.children[2]!.textContent!.trim()]),
  );
}

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
export function portableFlows(
  name: string,
  start: () => Promise<EngineSession>,
  { savesDownloads }: { savesDownloads: boolean },
) {
  describe(`${name}, the portable copy opened from disk`, () => {
    let session: EngineSession;
    let problemsSeen = 0;

    /**
     * Downloads the zip and returns each of its files' SHA-256, by path inside its folder: read
     * back from the saved zip, or, where the driver saves no download (and the page may post it
     * nowhere), as the done screen lists what went into the zip.
     */
    async function exportedHashes(root: string): Promise<Record<string, string>> {
      if (!savesDownloads) {
        await session.click('button', 'Download ZIP');
        await session.waitForText(`Downloaded ${root}.zip`);
        return session.evaluate(doneScreenHashes);
      }
      const files = await readZip((await session.download('Download ZIP')).path);
      return Object.fromEntries(
        [...files].map(([path, bytes]) => [path.slice(root.length + 1), sha256Hex(bytes)]),
      );
    }

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
      const hashes = await exportedHashes('ucs-5.9.8.5760');
      expect(Object.keys(hashes).filter((path) => path.endsWith('.sip.ld'))).toHaveLength(6);
      expect(await session.evaluate(resourcesFromElsewhere)).toEqual([]);
    });

    it('turns a 90 MB release of stored and deflated images into a zip of exactly their bytes', async () => {
      await session.open(PORTABLE_URL);
      await session.chooseFile(fixturePath('big-release.zip'));
      for (const part of BIG_RELEASE_PARTS) await session.click('checkbox', part);
      await session.fill('Server URL', 'http://fw.example.local/firmware/');
      const hashes = await exportedHashes('ucs-5.9.8.5760');
      const spec = bigReleaseSpec();
      for (const part of BIG_RELEASE_PARTS) {
        expect(hashes[`${part}.sip.ld`], part).toBe(sha256Hex(expectedImageBytes(spec, part)));
      }
      // Where the engine grants a file page its private file system, large images go to disk.
      const staged = await session.evaluate(privateFiles, 'ucs-bundler-staging');
      expect(staged === null).toBe(!session.privateFileSystem);
      expect(await session.evaluate(resourcesFromElsewhere)).toEqual([]);
    });

    it('alerts on a file that is not a zip, and opens the next good file', async () => {
      await session.open(PORTABLE_URL);
      await expectNotAZipThenAGoodFile(session);
    });
  });
}
