import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildUcsXml } from '../../src/core/manifest/build.ts';
import { parseUcsXml } from '../../src/core/manifest/parse.ts';
import { expectedImageBytes } from '../fixtures/make-release.ts';
import { PART, namedFixture } from '../fixtures/named-fixtures.ts';
import { fixturePath } from '../e2e/paths.ts';
import { readZip } from '../e2e/zip-contents.ts';
import type { EngineServer } from './engine-server.ts';
import type { EngineSession } from './engine-session.ts';
import { SERVER_URL, expectImages, openRelease } from './flow-steps.ts';
import { pageText } from './in-page.ts';
import { dropFile, holdWorkerJobs, tickLast, versionFields } from './page-actions.ts';
import { pollUntil } from './wait.ts';

const OLDER = '5.9.8.5760';
const NEWER = '6.4.6.2201';

/**
 * The flows beyond the first open-and-download ones: drop, ZIP64, a stored inner zip, several
 * versions with an imported ucs.xml, and cancel. Registered inside `engineFlows`' suite.
 */
export function moreFlows(current: () => { server: EngineServer; session: EngineSession }) {
  it('opens a release dropped on the drop zone like a chosen one', async () => {
    const { server, session } = current();
    await session.open(server.appUrl);
    const name = 'UC_Software_5_9_8_release_sig_split.zip';
    await session.evaluate(dropFile, server.fileUrl(fixturePath('layout-wrapped.zip')), name);
    await session.waitForText(`VVX 600 (${PART.vvx600})`);
    await session.waitForText(name);
  });

  it('turns a ZIP64 release into a zip holding its images byte for byte', async () => {
    const { server, session } = current();
    await session.open(server.appUrl);
    await openRelease(session, fixturePath('zip64.zip'));
    await session.click('checkbox', PART.vvx500);
    await session.click('checkbox', PART.vvx600);
    await session.fill('Server URL', SERVER_URL);
    const download = await session.download('Download ZIP');
    await expectImages(download.path, namedFixture('zip64.zip').spec!, [PART.vvx500, PART.vvx600]);
  });

  it('opens a release zip stored inside another zip', async () => {
    const { server, session } = current();
    await session.open(server.appUrl);
    await openRelease(session, fixturePath('nested-stored.zip'));
    await session.click('checkbox', PART.vvx500);
    await session.click('checkbox', PART.vvx600);
    await session.fill('Server URL', SERVER_URL);
    const download = await session.download('Download ZIP');
    const spec = namedFixture('nested-stored.zip').spec!;
    await expectImages(download.path, spec, [PART.vvx500, PART.vvx600]);
  });

  it('bundles two versions and an imported ucs.xml: one folder per version, every version listed', async () => {
    const { server, session } = current();
    await session.open(server.appUrl);
    await openRelease(session, fixturePath('layout-root.zip'));
    await session.click('checkbox', PART.vvx500);
    await session.click('button', 'Add another release');
    await session.chooseFile(fixturePath('newer-than-model-line.zip'));
    await pollUntil(
      async () => (await session.evaluate(versionFields)).join() === `${OLDER},${NEWER}`,
      async () =>
        `The second release was never listed; the page shows: ${await session.evaluate(pageText)}`,
    );
    expect(await session.evaluate(tickLast, `VVX 501 (${PART.vvx501})`)).toBe(true);
    await session.fill('Server URL', SERVER_URL);
    const existing = join(tmpdir(), `ucs-engines-existing-${process.pid}.xml`);
    const onServer = { version: '5.5.2.1234', path: 'http://fw.example.local/old/' };
    await writeFile(existing, buildUcsXml([onServer]));
    await session.chooseFile(existing, 'Existing ucs.xml');
    await session.waitForText(`${onServer.version}:`);

    const files = await readZip((await session.download('Download ZIP')).path);
    const root = `ucs-${OLDER}-to-${NEWER}`;
    expect([...files.keys()].filter((path) => path.endsWith('.sip.ld')).sort()).toEqual([
      `${root}/${OLDER}/${PART.vvx500}.sip.ld`,
      `${root}/${NEWER}/${PART.vvx501}.sip.ld`,
    ]);
    const older = expectedImageBytes(namedFixture('layout-root.zip').spec!, PART.vvx500);
    const newer = expectedImageBytes(namedFixture('newer-than-model-line.zip').spec!, PART.vvx501);
    expect(files.get(`${root}/${OLDER}/${PART.vvx500}.sip.ld`)).toEqual(older);
    expect(files.get(`${root}/${NEWER}/${PART.vvx501}.sip.ld`)).toEqual(newer);
    const manifest = parseUcsXml(new TextDecoder().decode(files.get(`${root}/ucs.xml`)));
    expect(manifest).toEqual([
      onServer,
      { version: OLDER, path: `${SERVER_URL}${OLDER}/` },
      { version: NEWER, path: `${SERVER_URL}${NEWER}/` },
    ]);
  });

  it('cancels a large export mid-way: nothing is saved and no download starts', async () => {
    const { server, session } = current();
    await session.open(server.appUrl);
    await openRelease(session, fixturePath('big-release.zip'));
    for (const part of [PART.vvx500, PART.vvx600, PART.vvx501]) {
      await session.click('checkbox', part);
    }
    await session.fill('Server URL', SERVER_URL);
    const before = await session.downloadsSaved();
    await session.evaluate(holdWorkerJobs);
    await session.click('button', 'Download ZIP');
    await session.waitForText('of 94.4 MB');
    await session.click('button', 'Cancel');
    await session.waitForText('Cancelled. Nothing was saved.');
    expect(await session.downloadsSaved()).toBe(before);
  });
}
