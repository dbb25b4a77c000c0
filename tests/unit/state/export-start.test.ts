import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Capabilities } from '../../../src/platform/capabilities.ts';
import { openRelease } from '../../../src/core/release/open-release.ts';
import { Bundle } from '../../../src/state/bundle.svelte.ts';
import { ExportStart } from '../../../src/state/export-start.svelte.ts';
import { makeRelease } from '../../fixtures/make-release.ts';
import { PART } from '../../fixtures/named-fixtures.ts';
import { FakeFile, createFakeFolder } from '../../helpers/fake-fs.ts';

const CHROME: Capabilities = { directoryPicker: true, opfs: false, secureContext: true };

/** A bundle ready to export one VVX 500 image, and a picked folder that already holds ucs.xml. */
async function setUp() {
  const bundle = new Bundle();
  const slot = bundle.slots[0]!;
  const release = new Blob([await makeRelease({ images: [{ partNumber: PART.vvx500 }] })]);
  await slot.open(release, 'release.zip', (file, name, signal) =>
    openRelease(file, name, { signal }),
  );
  slot.selectAll();
  bundle.serverUrlInput = 'http://fw.example.local/firmware/';
  const folder = createFakeFolder();
  await folder.fake.put('ucs.xml', 'old manifest');
  vi.stubGlobal('window', { showDirectoryPicker: async () => folder.handle });
  vi.stubGlobal('FileSystemFileHandle', FakeFile);
  return { bundle, folder, start: new ExportStart(bundle, CHROME) };
}

afterEach(() => vi.unstubAllGlobals());

describe('ExportStart into a folder that already holds some of the files', () => {
  it('asks before anything starts, and starts nothing when the admin keeps them', async () => {
    const { bundle, folder, start } = await setUp();
    await start.saveToFolder();
    expect(start.replaceQuestion?.paths).toEqual(['ucs.xml']);
    expect(bundle.job.status).toBe('idle');
    expect(start.canStart).toBe(false);
    await start.answerReplace(false);
    expect(start.replaceQuestion).toBeUndefined();
    expect(bundle.job.status).toBe('cancelled');
    expect(folder.fake.snapshot()).toEqual({ 'ucs.xml': 'old manifest' });
  });

  it('exports into the folder once the admin agrees', async () => {
    const { bundle, folder, start } = await setUp();
    await start.saveToFolder();
    await start.answerReplace(true);
    expect(bundle.job.status).toBe('done');
    expect(Object.keys(folder.fake.snapshot())).toContain(`${PART.vvx500}.sip.ld`);
    expect(folder.fake.snapshot()['ucs.xml']).toContain('<PHONE_IMAGES>');
  });
});
