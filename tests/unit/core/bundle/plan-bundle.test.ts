import { describe, expect, it } from 'vitest';
import { planBundle } from '../../../../src/core/bundle/plan-bundle.ts';
import type { BundleOptions } from '../../../../src/core/bundle/types.ts';
import { runExport } from '../../../../src/core/export/run-export.ts';
import { parseUcsXml } from '../../../../src/core/manifest/parse.ts';
import {
  expectedImageBytes,
  sipVerBytes,
  type ReleaseSpec,
} from '../../../fixtures/make-release.ts';
import { PART } from '../../../fixtures/named-fixtures.ts';
import { createMemorySink } from '../../../helpers/memory-sink.ts';
import { prepareInMemory } from '../../../helpers/prepare-in-memory.ts';
import { openGenerated, pick } from '../../../helpers/release-helpers.ts';
import { sha256Hex } from '../../../fixtures/sha256.ts';

const FOLDER = 'http://fw.example.local/firmware/';
const ALL_EXTRAS = { sha256sums: true, readme: true, webConfig: true };

function options(overrides: Partial<BundleOptions> = {}): BundleOptions {
  return { folderUrl: FOLDER, layout: 'flat', extras: ALL_EXTRAS, existing: [], ...overrides };
}

const SPEC_598: ReleaseSpec = {
  images: [
    { partNumber: PART.vvx500, level: 0 },
    { partNumber: PART.vvx600, level: 6 },
    { partNumber: PART.vvx310, level: 0 },
  ],
  layout: 'wrapped',
  version: '5.9.8.5760',
};
const SPEC_646: ReleaseSpec = {
  images: [
    { partNumber: PART.vvx501, level: 6 },
    { partNumber: PART.vvx500, level: 0, seed: 1 },
  ],
  version: '6.4.6.1234',
};

describe('planBundle, one release, flat', () => {
  it('writes the picked images and sip.ver unchanged, the extras, then SHA256SUMS and ucs.xml last', async () => {
    const release = await openGenerated(SPEC_598);
    const planned = planBundle([pick(release, [PART.vvx500, PART.vvx600])], options());
    const sink = createMemorySink();
    const written = await runExport(planned.plan, { prepare: prepareInMemory, sink });

    expect(planned.rootFolder).toBe('ucs-5.9.8.5760');
    expect(written.map((file) => file.path)).toEqual([
      `${PART.vvx500}.sip.ld`,
      `${PART.vvx600}.sip.ld`,
      'sip.ver',
      'README.txt',
      'web.config',
      'SHA256SUMS',
      'ucs.xml',
    ]);
    expect(planned.paths).toEqual(written.map((file) => file.path));
    for (const part of [PART.vvx500, PART.vvx600]) {
      expect(sink.files.get(`${part}.sip.ld`)).toEqual(expectedImageBytes(SPEC_598, part));
    }
    expect(sink.files.get('sip.ver')).toEqual(sipVerBytes('5.9.8.5760'));
    const xml = new TextDecoder().decode(sink.files.get('ucs.xml'));
    expect(parseUcsXml(xml)).toEqual([{ version: '5.9.8.5760', path: FOLDER }]);
  });

  it('lists every other file, ucs.xml included, in SHA256SUMS with its real hash', async () => {
    const release = await openGenerated(SPEC_598);
    const planned = planBundle([pick(release, [PART.vvx500])], options());
    const sink = createMemorySink();
    await runExport(planned.plan, { prepare: prepareInMemory, sink });
    const sums = new TextDecoder().decode(sink.files.get('SHA256SUMS'));
    const listed = sums
      .trim()
      .split('\n')
      .map((line) => line.split('  '));
    expect(listed.map(([, path]) => path).sort()).toEqual(
      ['README.txt', `${PART.vvx500}.sip.ld`, 'sip.ver', 'ucs.xml', 'web.config'].sort(),
    );
    for (const [hash, path] of listed) {
      expect(hash).toBe(sha256Hex(sink.files.get(path!)!));
    }
  });

  it('writes only ucs.xml beside the release files when every extra is off', async () => {
    const release = await openGenerated(SPEC_598);
    const none = { sha256sums: false, readme: false, webConfig: false };
    const planned = planBundle([pick(release, [PART.vvx310])], options({ extras: none }));
    expect(planned.paths).toEqual([`${PART.vvx310}.sip.ld`, 'sip.ver', 'ucs.xml']);
  });
});

describe('planBundle, several versions', () => {
  it('puts each version in its own folder and lists them oldest first', async () => {
    const newer = await openGenerated(SPEC_646);
    const older = await openGenerated(SPEC_598);
    const planned = planBundle(
      [pick(newer, [PART.vvx501, PART.vvx500]), pick(older, [PART.vvx500])],
      options({ layout: 'per-version' }),
    );
    const sink = createMemorySink();
    await runExport(planned.plan, { prepare: prepareInMemory, sink });

    expect(planned.rootFolder).toBe('ucs-5.9.8.5760-to-6.4.6.1234');
    expect([...sink.files.keys()].filter((path) => path.includes('/')).sort()).toEqual([
      `5.9.8.5760/${PART.vvx500}.sip.ld`,
      '5.9.8.5760/sip.ver',
      `6.4.6.1234/${PART.vvx500}.sip.ld`,
      `6.4.6.1234/${PART.vvx501}.sip.ld`,
      '6.4.6.1234/sip.ver',
    ]);
    expect(sink.files.get(`6.4.6.1234/${PART.vvx500}.sip.ld`)).toEqual(
      expectedImageBytes(SPEC_646, PART.vvx500),
    );
    expect(parseUcsXml(new TextDecoder().decode(sink.files.get('ucs.xml')))).toEqual([
      { version: '5.9.8.5760', path: `${FOLDER}5.9.8.5760/` },
      { version: '6.4.6.1234', path: `${FOLDER}6.4.6.1234/` },
    ]);
    const readme = new TextDecoder().decode(sink.files.get('README.txt'));
    expect(readme).toContain('WHICH VERSION SERVES WHICH PHONES');
    expect(readme).toMatch(/VVX 501 \(3111-48500-001\) +MISSING +yes/);
  });

  it('keeps the entries already on the server and adds the new version in order', async () => {
    const release = await openGenerated(SPEC_646);
    const existing = [{ version: '5.5.2.1234', path: 'http://fw.example.local/old/' }];
    const planned = planBundle(
      [pick(release, [PART.vvx501])],
      options({ layout: 'per-version', existing }),
    );
    expect(planned.manifest).toEqual([
      existing[0],
      { version: '6.4.6.1234', path: `${FOLDER}6.4.6.1234/` },
    ]);
  });
});
