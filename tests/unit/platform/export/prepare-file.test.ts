import { describe, expect, it } from 'vitest';
import { entryContent } from '../../../../src/core/archive/entry-content.ts';
import { textContent } from '../../../../src/core/export/bytes-content.ts';
import type { OutputFile } from '../../../../src/core/export/types.ts';
import { createFilePreparer } from '../../../../src/platform/export/prepare-file.ts';
import { createMemoryStaging } from '../../../../src/platform/staging/memory-staging.ts';
import { engineCheckingOnCue } from '../../../helpers/export-route.ts';
import { entryNamed, listArchive, makeZip, sampleBytes } from '../../../helpers/zip-fixture.ts';

const stored = sampleBytes(40_003, 5);

/** Files whose bytes already sit in a Blob: generated text, and a stored image of a release. */
const inBlobs: [string, () => Promise<OutputFile>][] = [
  ['generated text', async () => ({ path: 'ucs.xml', content: textContent('<PHONE_IMAGES/>') })],
  [
    'a slice of the release',
    async () => {
      const archive = await listArchive(
        await makeZip([{ path: 'r/a.sip.ld', bytes: stored, deflate: false }]),
      );
      return {
        path: 'a.sip.ld',
        content: entryContent(archive, entryNamed(archive, 'r/a.sip.ld')),
      };
    },
  ],
];

describe('createFilePreparer', () => {
  it.each(inBlobs)(
    'hands over %s before its check ends, and the verdict after',
    async (_what, makeFile) => {
      const engine = engineCheckingOnCue();
      const prepare = createFilePreparer({ engine, staging: createMemoryStaging() });
      const file = await makeFile();
      const prepared = await prepare(file);
      expect(prepared.blob.size).toBe(file.content.size);
      let verdict: string | undefined;
      void prepared.sha256.then((sha256) => (verdict = sha256));
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(verdict).toBeUndefined();
      engine.finishChecks();
      expect(await prepared.sha256).toMatch(/^[0-9a-f]{64}$/);
    },
  );

  it('passes a failed check on through the hash', async () => {
    const engine = engineCheckingOnCue();
    const prepare = createFilePreparer({ engine, staging: createMemoryStaging() });
    const content = { ...textContent('<PHONE_IMAGES/>'), crc32: 1 };
    const prepared = await prepare({ path: 'ucs.xml', content });
    engine.finishChecks();
    await expect(prepared.sha256).rejects.toMatchObject({ code: 'corrupt-entry' });
  });

  it('lets a failed check go unawaited (a sink failed first) without an unhandled rejection', async () => {
    const engine = engineCheckingOnCue();
    const prepare = createFilePreparer({ engine, staging: createMemoryStaging() });
    await prepare({ path: 'ucs.xml', content: { ...textContent('<PHONE_IMAGES/>'), crc32: 1 } });
    engine.finishChecks();
    // Vitest fails the run on an unhandled rejection that surfaces meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(engine).toBeDefined();
  });
});
