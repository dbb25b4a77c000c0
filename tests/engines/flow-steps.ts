import { expect } from 'vitest';
import { parseUcsXml } from '../../src/core/manifest/parse.ts';
import { expectedImageBytes, sipVerBytes, type ReleaseSpec } from '../fixtures/make-release.ts';
import { PART } from '../fixtures/named-fixtures.ts';
import { fixturePath } from '../e2e/paths.ts';
import { readZip } from '../e2e/zip-contents.ts';
import type { EngineSession } from './engine-session.ts';
import { pageText, releaseState } from './in-page.ts';
import { pollUntil } from './wait.ts';

/** Steps and checks the engine flows share. */

export const SERVER_URL = 'http://fw.example.local/firmware/';
export const ROOT = 'ucs-5.9.8.5760';

/** The zip holds exactly these images of the release, byte for byte, with sip.ver and ucs.xml. */
export async function expectImages(
  zipPath: string,
  spec: ReleaseSpec,
  parts: string[],
): Promise<void> {
  const files = await readZip(zipPath);
  for (const part of parts) {
    const bytes = files.get(`${ROOT}/${part}.sip.ld`);
    expect(bytes, `${part}.sip.ld is in the zip`).toBeDefined();
    expect(Buffer.from(bytes!).equals(Buffer.from(expectedImageBytes(spec, part)))).toBe(true);
  }
  const images = [...files.keys()].filter((path) => path.endsWith('.sip.ld'));
  expect(images).toHaveLength(parts.length);
  expect(files.get(`${ROOT}/sip.ver`)).toEqual(sipVerBytes('5.9.8.5760'));
  const manifest = parseUcsXml(new TextDecoder().decode(files.get(`${ROOT}/ucs.xml`)));
  expect(manifest).toEqual([{ version: '5.9.8.5760', path: SERVER_URL }]);
}

/** Chooses the release and waits until its models are listed; fails at once on an alert. */
export async function openRelease(session: EngineSession, path: string): Promise<void> {
  await session.chooseFile(path);
  let state: string | null = null;
  await pollUntil(
    async () => {
      state = await session.evaluate(releaseState);
      return state !== null;
    },
    async () => `The release was never listed; the page shows: ${await session.evaluate(pageText)}`,
  );
  expect(state, 'the release opened without an alert').toBe('listed');
}

/** Chooses a file that is not a zip (an alert names it), then a good release, which opens. */
export async function expectNotAZipThenAGoodFile(session: EngineSession): Promise<void> {
  await session.chooseFile(fixturePath('not-a-zip.zip'));
  await session.waitForText('This file is not a zip archive.');
  await session.chooseFile(fixturePath('layout-root.zip'));
  await session.waitForText(`VVX 500 (${PART.vvx500})`);
  expect(await session.evaluate((document) => document.querySelector('[role="alert"]'))).toBe(null);
}
