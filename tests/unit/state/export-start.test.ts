import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Capabilities } from '../../../src/platform/capabilities.ts';
import { openRelease } from '../../../src/core/release/open-release.ts';
import { Bundle } from '../../../src/state/bundle.svelte.ts';
import { ExportStart } from '../../../src/state/export-start.svelte.ts';
import { makeRelease } from '../../fixtures/make-release.ts';
import { PART } from '../../fixtures/named-fixtures.ts';
import { FakeFile, createFakeFolder } from '../../helpers/fake-fs.ts';
import { stubPage } from '../../helpers/page-globals.ts';

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

describe('ExportStart warning about a large zip built in memory', () => {
  const large = { selectedBytes: 300_000_000 } as Bundle;
  const withDisk: Capabilities = { ...CHROME, opfs: true };

  it('warns where the browser refuses the private file system the page has the calls for', async () => {
    // Chromium on a file page: getDirectory exists, and throws.
    stubPage({
      navigator: {
        storage: { getDirectory: () => Promise.reject(new DOMException('', 'SecurityError')) },
      },
    });
    const start = new ExportStart(large, withDisk);
    expect(start.memoryWarning).toBe(false);
    await vi.waitFor(() => expect(start.memoryWarning).toBe(true));
  });

  it('does not warn where the browser grants it, and always warns where the page has none', async () => {
    const getDirectory = vi.fn(async () => ({}));
    stubPage({ navigator: { storage: { getDirectory } } });
    const granted = new ExportStart(large, withDisk);
    await vi.waitFor(() => expect(getDirectory).toHaveBeenCalled());
    await getDirectory.mock.results[0]!.value;
    expect(granted.memoryWarning).toBe(false);
    expect(new ExportStart(large, CHROME).memoryWarning).toBe(true);
  });
});
