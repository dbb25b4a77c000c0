import { describe, expect, it } from 'vitest';
import { Bundle } from '../../../src/state/bundle.svelte.ts';
import { planBundle } from '../../../src/core/bundle/plan-bundle.ts';
import type { ReleaseOpener } from '../../../src/state/release-slot.svelte.ts';
import { openRelease } from '../../../src/core/release/open-release.ts';
import { makeRelease, type ReleaseSpec } from '../../fixtures/make-release.ts';
import { PART } from '../../fixtures/named-fixtures.ts';

const opener: ReleaseOpener = (file, name, signal) => openRelease(file, name, { signal });

async function open(bundle: Bundle, index: number, spec: ReleaseSpec) {
  const slot = bundle.slots[index]!;
  await slot.open(new Blob([await makeRelease(spec)]), `release-${index}.zip`, opener);
  return slot;
}

describe('the bundle the admin builds', () => {
  it('asks for models and a valid URL before anything can be exported', async () => {
    const bundle = new Bundle();
    const slot = await open(bundle, 0, { images: [{ partNumber: PART.vvx500 }] });
    expect(slot.status).toBe('ready');
    expect(slot.selected.size).toBe(0);
    expect(bundle.blockers).toEqual(['no-models', 'invalid-server-url']);
    slot.toggle(PART.vvx500, true);
    bundle.serverUrlInput = 'http://fw.example.local/firmware';
    expect(bundle.blockers).toEqual([]);
    expect(bundle.phoneUrl).toBe('http://fw.example.local/firmware/ucs.xml');
    expect(bundle.layout).toBe('flat');
    expect(bundle.xmlPreview).toContain('<PATH>http://fw.example.local/firmware/</PATH>');
  });

  it('never selects the D60 base image with Select all', async () => {
    const bundle = new Bundle();
    const slot = await open(bundle, 0, {
      images: [{ partNumber: PART.vvx500 }, { partNumber: PART.d60, kind: 'dect' }],
    });
    slot.selectAll();
    expect([...slot.selected]).toEqual([PART.vvx500]);
  });

  it('gives each version its own folder as soon as a second release is picked', async () => {
    const bundle = new Bundle();
    (await open(bundle, 0, { images: [{ partNumber: PART.vvx500 }] })).selectAll();
    bundle.addRelease();
    const second = await open(bundle, 1, {
      images: [{ partNumber: PART.vvx501 }],
      version: '6.4.6.1234',
    });
    second.selectAll();
    bundle.serverUrlInput = 'https://fw.example/';
    expect(bundle.layout).toBe('per-version');
    expect(bundle.manifest).toEqual([
      { version: '5.9.8.5760', path: 'https://fw.example/5.9.8.5760/' },
      { version: '6.4.6.1234', path: 'https://fw.example/6.4.6.1234/' },
    ]);
    second.version = '5.9.8.5760';
    expect(bundle.blockers).toContain('same-version');
  });

  it('gives the new release its own folder when joining an existing ucs.xml', async () => {
    const bundle = new Bundle();
    (await open(bundle, 0, { images: [{ partNumber: PART.vvx500 }] })).selectAll();
    bundle.serverUrlInput = 'http://fw/firmware/';
    expect(bundle.layout).toBe('flat');
    bundle.existing = [{ version: '5.5.2.1000', path: 'http://fw/firmware/' }];
    expect(bundle.layoutForced).toBe(true);
    expect(bundle.manifest).toEqual([
      { version: '5.5.2.1000', path: 'http://fw/firmware/' },
      { version: '5.9.8.5760', path: 'http://fw/firmware/5.9.8.5760/' },
    ]);
  });

  it('asks which entry to keep when the server already lists the version, and obeys', async () => {
    const bundle = new Bundle();
    (await open(bundle, 0, { images: [{ partNumber: PART.vvx500 }] })).selectAll();
    bundle.serverUrlInput = 'http://fw/firmware/';
    const onServer = { version: '5.9.8.5760', path: 'http://fw/old/' };
    bundle.importExisting('ucs.xml', [onServer]);
    expect(bundle.conflicts).toEqual(['5.9.8.5760']);
    expect(bundle.manifest).toEqual([
      { version: '5.9.8.5760', path: 'http://fw/firmware/5.9.8.5760/' },
    ]);
    bundle.conflictChoices.set('5.9.8.5760', 'existing');
    expect(bundle.manifest).toEqual([onServer]);
    // The export writes what the preview shows.
    const planned = planBundle(bundle.chosen, bundle.options);
    expect(planned.manifest).toEqual([onServer]);
    expect(planned.phoneUrl).toBe('http://fw/firmware/ucs.xml');
    // A new import asks again; forgetting it leaves the bundle's own entry.
    bundle.importExisting('other.xml', [onServer]);
    expect(bundle.conflictChoices.size).toBe(0);
    bundle.forgetExisting();
    expect(bundle.existingName).toBe('');
    expect(bundle.manifest).toEqual([{ version: '5.9.8.5760', path: 'http://fw/firmware/' }]);
  });

  it('puts a single release in a folder named after it when asked', async () => {
    const bundle = new Bundle();
    (await open(bundle, 0, { images: [{ partNumber: PART.vvx500 }] })).selectAll();
    bundle.serverUrlInput = 'http://fw/firmware/';
    expect(bundle.layout).toBe('flat');
    bundle.perVersionFolders = true;
    expect(bundle.layout).toBe('per-version');
    expect(bundle.manifest).toEqual([
      { version: '5.9.8.5760', path: 'http://fw/firmware/5.9.8.5760/' },
    ]);
    expect(bundle.paths).toContain(`5.9.8.5760/${PART.vvx500}.sip.ld`);
  });

  it("works out the version's warnings for the version as the admin corrects it", async () => {
    const bundle = new Bundle();
    const slot = await open(bundle, 0, {
      images: [{ partNumber: PART.vvx500 }],
      version: '3.1.6.0017',
    });
    const codes = () => slot.warnings.map((warning) => warning.code);
    expect(codes()).toContain('sip-3x');
    slot.version = '5.9.8.5760';
    expect(codes()).not.toContain('sip-3x');
    slot.version = 'five nine';
    expect(codes()).toEqual(['version-unusual']);
  });

  it('counts the picked bytes and flags a picked image far too small to be firmware', async () => {
    const bundle = new Bundle();
    const slot = await open(bundle, 0, {
      images: [
        { partNumber: PART.vvx500, size: 200_000 },
        { partNumber: PART.vvx600, size: 100 },
      ],
    });
    slot.toggle(PART.vvx500, true);
    expect(bundle.selectedBytes).toBe(200_000);
    expect(bundle.suspectImages).toEqual([]);
    slot.toggle(PART.vvx600, true);
    expect(bundle.selectedBytes).toBe(200_100);
    expect(bundle.suspectImages.map((image) => image.partNumber)).toEqual([PART.vvx600]);
    slot.selectNone();
    expect(bundle.selectedBytes).toBe(0);
  });

  it('asks for a version when the box is left empty', async () => {
    const bundle = new Bundle();
    const slot = await open(bundle, 0, { images: [{ partNumber: PART.vvx500 }] });
    slot.selectAll();
    bundle.serverUrlInput = 'http://fw/firmware/';
    slot.version = '  ';
    expect(bundle.blockers).toEqual(['no-version']);
  });

  it('drops control characters a paste left in the version', async () => {
    const bundle = new Bundle();
    const slot = await open(bundle, 0, { images: [{ partNumber: PART.vvx500 }] });
    slot.selectAll();
    slot.version = ' 5.9.8.5760\u0007\t';
    expect(bundle.chosen[0]?.version).toBe('5.9.8.5760');
  });

  it('leaves out a release while another file is opening into its slot', async () => {
    const bundle = new Bundle();
    const slot = await open(bundle, 0, { images: [{ partNumber: PART.vvx500 }] });
    slot.selectAll();
    expect(bundle.chosen).toHaveLength(1);
    void slot.open(new Blob([]), 'next.zip', () => new Promise(() => undefined));
    expect(slot.status).toBe('opening');
    expect(bundle.chosen).toEqual([]);
    slot.cancelOpen();
    expect(bundle.chosen).toHaveLength(1);
  });

  it('shows a failed open as an error and keeps the slot usable', async () => {
    const bundle = new Bundle();
    const slot = bundle.slots[0]!;
    await slot.open(new Blob(['not a zip at all, just text']), 'notes.txt', opener);
    expect(slot.status).toBe('failed');
    expect((slot.error as { code?: string }).code).toBe('not-a-zip');
    await open(bundle, 0, { images: [{ partNumber: PART.vvx600 }] });
    expect(slot.status).toBe('ready');
    expect(slot.error).toBeUndefined();
  });
});

describe('opening a release', () => {
  it('can be stopped, leaving the slot empty and no error shown', async () => {
    const bundle = new Bundle();
    const slot = bundle.slots[0]!;
    let seenSignal: AbortSignal | undefined;
    const slowOpener: ReleaseOpener = (_file, _name, signal) => {
      seenSignal = signal;
      return new Promise((_resolve, reject) =>
        signal.addEventListener('abort', () => reject(new DOMException('stopped', 'AbortError'))),
      );
    };
    const opening = slot.open(new Blob([]), 'huge.zip', slowOpener);
    expect(slot.status).toBe('opening');
    slot.cancelOpen();
    await opening;
    expect(seenSignal?.aborted).toBe(true);
    expect(slot.status).toBe('empty');
    expect(slot.error).toBeUndefined();
  });
});
