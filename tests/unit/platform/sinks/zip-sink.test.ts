import { BlobReader, Uint8ArrayWriter, ZipReader } from '@zip.js/zip.js';
import { describe, expect, it } from 'vitest';
import { entryContent } from '../../../../src/core/archive/entry-content.ts';
import type { Archive } from '../../../../src/core/archive/types.ts';
import { textContent } from '../../../../src/core/export/bytes-content.ts';
import { runExport, type ExportPlan } from '../../../../src/core/export/run-export.ts';
import { createZipSink } from '../../../../src/platform/sinks/zip-sink.ts';
import { createMemoryStaging } from '../../../../src/platform/staging/memory-staging.ts';
import { createOpfsStaging } from '../../../../src/platform/staging/opfs-staging.ts';
import type { Staging } from '../../../../src/platform/staging/staging.ts';
import { routeInto } from '../../../helpers/export-route.ts';
import {
  entryNamed,
  listArchive,
  makeZip,
  sampleBytes,
  withFlippedByte,
} from '../../../helpers/zip-fixture.ts';
import { createFakeFolder } from '../../../helpers/fake-fs.ts';
import { sha256Hex } from '../../../fixtures/sha256.ts';

const stored = sampleBytes(120_001, 4);
const deflated = sampleBytes(110_003, 5);
let cached: Promise<Archive> | undefined;
function release(): Promise<Archive> {
  cached ??= makeZip([
    { path: 'x/3111-44500-001.sip.ld', bytes: stored, deflate: false },
    { path: 'x/3111-46157-001.sip.ld', bytes: deflated, deflate: true },
  ]).then((zip) => listArchive(zip));
  return cached;
}

function planFor(archive: Archive): ExportPlan {
  return {
    files: [
      {
        path: '3111-44500-001.sip.ld',
        content: entryContent(archive, entryNamed(archive, 'x/3111-44500-001.sip.ld')),
      },
      {
        path: '3111-46157-001.sip.ld',
        content: entryContent(archive, entryNamed(archive, 'x/3111-46157-001.sip.ld')),
      },
    ],
    finalFiles: () => [{ path: 'ucs.xml', content: textContent('<PHONE_IMAGES/>') }],
  };
}

/** Records which names were staged. */
function counting(staging: Staging): Staging & { names: string[] } {
  const names: string[] = [];
  return {
    names,
    where: staging.where,
    put: (name, data, signal) => {
      names.push(name);
      return staging.put(name, data, signal);
    },
    file: async (name) => {
      const file = await staging.file(name);
      if (file) names.push(name);
      return file;
    },
    drop: (name) => staging.drop(name),
    clear: () => staging.clear(),
  };
}

async function unzip(zip: Blob): Promise<Record<string, Uint8Array>> {
  const reader = new ZipReader(new BlobReader(zip));
  const result: Record<string, Uint8Array> = {};
  for (const entry of await reader.getEntries()) {
    if (entry.directory) continue;
    result[entry.filename] = await entry.getData(new Uint8ArrayWriter(), { checkCrc32: true });
  }
  await reader.close();
  return result;
}

const stagings = [
  ['memory', () => createMemoryStaging()],
  ['OPFS', () => createOpfsStaging('staging', createFakeFolder().handle)],
] as const;
/** Whole files checked by the engine, two at a time; or streamed and hashed in JS, in turn. */
const modes = [
  ['whole files', { wholeFileLimit: undefined, concurrency: 2 }],
  ['streamed', { wholeFileLimit: 0, concurrency: 1 }],
] as const;
const cases = stagings.flatMap(([kind, make]) =>
  modes.map(([mode, options]) => [kind, mode, make, options] as const),
);

describe.each(cases)('createZipSink with %s staging, %s', (kind, _mode, makeStaging, mode) => {
  it('composes a zip under the root folder whose entries read back identical', async () => {
    const staging = counting(makeStaging());
    const sink = createZipSink({ rootFolder: 'ucs-5.9.8.5760' });
    const route = routeInto(sink, { staging, wholeFileLimit: mode.wholeFileLimit });
    const written = await runExport(planFor(await release()), route, {
      concurrency: mode.concurrency,
    });
    const entries = await unzip(sink.result());
    expect(entries).toEqual({
      'ucs-5.9.8.5760/3111-44500-001.sip.ld': stored,
      'ucs-5.9.8.5760/3111-46157-001.sip.ld': deflated,
      'ucs-5.9.8.5760/ucs.xml': new TextEncoder().encode('<PHONE_IMAGES/>'),
    });
    // Entries go in plan order, as the preview shows them, even when the image to inflate (the
    // costlier) started first; ucs.xml last.
    expect(Object.keys(entries)).toEqual(
      ['3111-44500-001.sip.ld', '3111-46157-001.sip.ld', 'ucs.xml'].map(
        (name) => `ucs-5.9.8.5760/${name}`,
      ),
    );
    // Only the inflated image is staged; the stored one and the text are referenced. Inflated
    // whole with memory staging, it is the buffer the worker made: nothing else holds it.
    const inflatedWholeInMemory = kind === 'memory' && mode.wholeFileLimit === undefined;
    expect(staging.names).toEqual(
      inflatedWholeInMemory ? [] : [expect.stringMatching(/-3111-46157-001\.sip\.ld$/)],
    );
    expect(written.map((file) => [file.path, file.size, file.sha256])).toEqual([
      ['3111-44500-001.sip.ld', stored.length, sha256Hex(stored)],
      ['3111-46157-001.sip.ld', deflated.length, sha256Hex(deflated)],
      ['ucs.xml', 15, sha256Hex(new TextEncoder().encode('<PHONE_IMAGES/>'))],
    ]);
  });
});

describe('createZipSink failures', () => {
  it.each(modes)(
    'fails on a corrupt deflated image (%s), keeps nothing of it staged and gives no zip',
    async (_mode, mode) => {
      const root = createFakeFolder();
      const sink = createZipSink({ rootFolder: 'out' });
      const staging = createOpfsStaging('staging', root.handle);
      const route = routeInto(sink, { staging, wholeFileLimit: mode.wholeFileLimit });
      const archive = await release();
      const damaged = await withFlippedByte(archive, 'x/3111-46157-001.sip.ld', 1000, 0x10);
      await expect(
        runExport(planFor(damaged), route, { concurrency: mode.concurrency }),
      ).rejects.toMatchObject({
        code: 'corrupt-entry',
        file: 'x/3111-46157-001.sip.ld',
      });
      expect(root.fake.snapshot()).toEqual({ 'staging/': '' });
      expect(() => sink.result()).toThrow('The zip is only ready after commit.');
    },
  );

  it('refuses an unsafe root folder name', () => {
    expect(() => createZipSink({ rootFolder: '..' })).toThrow(
      expect.objectContaining({ code: 'write-failed' }),
    );
  });
});
