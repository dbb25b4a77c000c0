import { describe, expect, it } from 'vitest';
import { entryContent } from '../../../../src/core/archive/entry-content.ts';
import type { Archive } from '../../../../src/core/archive/types.ts';
import { AppError } from '../../../../src/core/errors.ts';
import { textContent } from '../../../../src/core/export/bytes-content.ts';
import {
  runExport,
  type ExportOptions,
  type ExportPlan,
} from '../../../../src/core/export/run-export.ts';
import type { OutputSink } from '../../../../src/core/export/sink.ts';
import type { ExportProgress } from '../../../../src/core/export/types.ts';
import { createFolderSink, findExistingFiles } from '../../../../src/platform/sinks/folder-sink.ts';
import { createOpfsStaging } from '../../../../src/platform/staging/opfs-staging.ts';
import { engineCheckingOnCue, preparedText, routeInto } from '../../../helpers/export-route.ts';
import {
  entryNamed,
  listArchive,
  makeZip,
  sampleBytes,
  withFlippedByte,
} from '../../../helpers/zip-fixture.ts';
import { createFakeFolder } from '../../../helpers/fake-fs.ts';
import { sha256Hex } from '../../../fixtures/sha256.ts';

const images = {
  'r/1111-00000-001.sip.ld': sampleBytes(90_001, 1),
  'r/2222-00000-001.sip.ld': sampleBytes(80_003, 2),
  'r/3333-00000-001.sip.ld': sampleBytes(70_007, 3),
};
let cached: Promise<Archive> | undefined;
function release(): Promise<Archive> {
  cached ??= makeZip(
    Object.entries(images).map(([path, bytes], index) => ({ path, bytes, deflate: index === 1 })),
  ).then((zip) => listArchive(zip));
  return cached;
}

let cachedAllDeflated: Promise<Archive> | undefined;
/** The same images, every one deflated: each passes through the stager. */
function releaseAllDeflated(): Promise<Archive> {
  cachedAllDeflated ??= makeZip(
    Object.entries(images).map(([path, bytes]) => ({ path, bytes, deflate: true })),
  ).then((zip) => listArchive(zip));
  return cachedAllDeflated;
}

/** New image 1 in a new sub-folder, image 2 replacing an existing file, image 3, then ucs.xml. */
function planFor(archive: Archive): ExportPlan {
  const image = (from: string, to: string) => ({
    path: to,
    content: entryContent(archive, entryNamed(archive, from)),
  });
  return {
    files: [
      image('r/1111-00000-001.sip.ld', '5.9.8/1111-00000-001.sip.ld'),
      image('r/2222-00000-001.sip.ld', '2222-00000-001.sip.ld'),
      image('r/3333-00000-001.sip.ld', '3333-00000-001.sip.ld'),
    ],
    finalFiles: () => [{ path: 'ucs.xml', content: textContent('<PHONE_IMAGES/>') }],
  };
}

async function folderWithOldFiles() {
  const folder = createFakeFolder();
  await folder.fake.put('2222-00000-001.sip.ld', 'old image');
  await folder.fake.put('ucs.xml', 'old manifest');
  await folder.fake.put('notes/keep.txt', 'not ours');
  return folder;
}

/** The three images and the 15-byte ucs.xml of planFor. */
const TOTAL_BYTES = 90_001 + 80_003 + 70_007 + 15;

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** Whole files checked by the engine, several at once; or streamed and hashed in JS, in turn. */
const modes = [
  ['whole files, two at a time', { wholeFileLimit: undefined, concurrency: 2 }],
  ['streamed, one at a time', { wholeFileLimit: 0, concurrency: 1 }],
] as const;

describe('createFolderSink, a stored image placed while it is checked', () => {
  it('commits nothing when the check fails after the copy landed', async () => {
    const { fake, handle, log } = await folderWithOldFiles();
    const before = fake.snapshot();
    const archive = await withFlippedByte(await release(), 'r/3333-00000-001.sip.ld', 500, 1);
    const engine = engineCheckingOnCue();
    const plan = planFor(archive);
    const run = runExport(
      { ...plan, files: plan.files.slice(2) },
      routeInto(createFolderSink(handle), { engine }),
      {
        onProgress: (progress) => {
          // The copy is in the writable: only now may the check give its verdict.
          if (progress.bytesDone === 70_007) engine.finishChecks();
        },
      },
    );
    await expect(run).rejects.toMatchObject({
      code: 'corrupt-entry',
      file: 'r/3333-00000-001.sip.ld',
    });
    expect(log.closed).toEqual([]);
    expect(fake.snapshot()).toEqual(before);
  });
});

describe.each(modes)('createFolderSink (%s)', (_mode, { wholeFileLimit, concurrency }) => {
  const sinkFor = (handle: FileSystemDirectoryHandle) => createFolderSink(handle);
  const run = (plan: ExportPlan, sink: OutputSink, options: ExportOptions = {}) =>
    runExport(plan, routeInto(sink, { wholeFileLimit }), { concurrency, ...options });

  it('writes every file with its SHA-256 and makes ucs.xml final last', async () => {
    const { fake, handle, log } = await folderWithOldFiles();
    const written = await run(planFor(await release()), sinkFor(handle));
    expect(fake.snapshot()).toEqual({
      '5.9.8/': '',
      '5.9.8/1111-00000-001.sip.ld': latin1(images['r/1111-00000-001.sip.ld']),
      '2222-00000-001.sip.ld': latin1(images['r/2222-00000-001.sip.ld']),
      '3333-00000-001.sip.ld': latin1(images['r/3333-00000-001.sip.ld']),
      'ucs.xml': '<PHONE_IMAGES/>',
      'notes/': '',
      'notes/keep.txt': 'not ours',
    });
    expect(written.map((file) => file.sha256)).toEqual([
      sha256Hex(images['r/1111-00000-001.sip.ld']),
      sha256Hex(images['r/2222-00000-001.sip.ld']),
      sha256Hex(images['r/3333-00000-001.sip.ld']),
      sha256Hex(new TextEncoder().encode('<PHONE_IMAGES/>')),
    ]);
    expect(log.closed.at(-1)).toBe('ucs.xml');
  });

  it('counts every byte once, ending at the total', async () => {
    const { handle } = await folderWithOldFiles();
    const seen: ExportProgress[] = [];
    await run(planFor(await release()), sinkFor(handle), { onProgress: (p) => seen.push(p) });
    expect(seen.at(-1)).toMatchObject({ bytesDone: TOTAL_BYTES, bytesTotal: TOTAL_BYTES });
    expect(seen.every((p) => p.bytesDone <= p.bytesTotal)).toBe(true);
  });

  it('leaves the folder exactly as it was when the third image fails its CRC', async () => {
    const { fake, handle } = await folderWithOldFiles();
    const before = fake.snapshot();
    const archive = await withFlippedByte(await release(), 'r/3333-00000-001.sip.ld', 500, 1);
    const error = await run(planFor(archive), sinkFor(handle)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'corrupt-entry', file: 'r/3333-00000-001.sip.ld' });
    expect(fake.snapshot()).toEqual(before);
  });

  it.each([
    ['an image while the checks run', '3333-00000-001.sip.ld'],
    ['the last file, seen only at commit', 'ucs.xml'],
  ])('leaves the folder as it was when the disk refuses %s', async (_when, path) => {
    const { fake, handle, log } = await folderWithOldFiles();
    const before = fake.snapshot();
    log.failWritesTo = path;
    await expect(run(planFor(await release()), sinkFor(handle))).rejects.toMatchObject({
      code: 'write-failed',
      file: path,
    });
    expect(fake.snapshot()).toEqual(before);
  });

  it('leaves the folder as it was when cancelled mid-export', async () => {
    const { fake, handle } = await folderWithOldFiles();
    const before = fake.snapshot();
    const controller = new AbortController();
    const error = await run(planFor(await release()), sinkFor(handle), {
      signal: controller.signal,
      // Once the first bytes are in the folder, with files still to come.
      onProgress: (p) => {
        if (p.bytesDone > 0) controller.abort();
      },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(fake.snapshot()).toEqual(before);
  });

  it('closes ucs.xml last at commit whatever order it was written in', async () => {
    const { handle, log } = createFakeFolder();
    const sink = sinkFor(handle);
    const onBytes = () => undefined;
    await sink.place(await preparedText('ucs.xml', 'm'), { index: 0, onBytes });
    await sink.place(await preparedText('a.sip.ld', 'a'), { index: 0, onBytes });
    await sink.place(await preparedText('sip.ver', 'v'), { index: 0, onBytes });
    expect(log.closed).toEqual([]);
    await sink.commit();
    expect(log.closed).toEqual(['a.sip.ld', 'sip.ver', 'ucs.xml']);
  });

  it('closes new files before replaced ones, so a failing close changes nothing old', async () => {
    const { fake, handle, log } = createFakeFolder();
    await fake.put('old.sip.ld', 'old');
    const sink = sinkFor(handle);
    const onBytes = () => undefined;
    await sink.place(await preparedText('old.sip.ld', 'replaced'), { index: 0, onBytes });
    await sink.place(await preparedText('new.sip.ld', 'created'), { index: 0, onBytes });
    await sink.place(await preparedText('ucs.xml', 'm'), { index: 0, onBytes });
    await sink.commit();
    expect(log.closed).toEqual(['new.sip.ld', 'old.sip.ld', 'ucs.xml']);
  });

  it.each(['../evil', 'a/../../evil', './x', 'a//b', '', 'a\\b', 'C:x', 'x\u0001', 'a/..'])(
    'refuses the path %j and creates nothing',
    async (path) => {
      const { fake, handle } = createFakeFolder();
      const sink = sinkFor(handle);
      await expect(
        sink.place(await preparedText(path, 'x'), { index: 0, onBytes: () => undefined }),
      ).rejects.toMatchObject({ code: 'write-failed', file: path });
      expect(fake.snapshot()).toEqual({});
    },
  );
});

describe('createFolderSink progress', () => {
  it('counts a file as done once the folder has its bytes, not when they were checked', async () => {
    const { handle, log } = createFakeFolder();
    let letWritesThrough = () => {};
    log.writesWaitFor = new Promise<void>((resolve) => (letWritesThrough = resolve));
    const sink = createFolderSink(handle);
    let reported = 0;
    const onBytes = (n: number) => (reported += n);
    await sink.place(await preparedText('a.sip.ld', 'abcdef'), { index: 0, onBytes });
    expect(reported).toBe(0);
    letWritesThrough();
    await sink.commit();
    expect(reported).toBe(6);
  });
});

describe('createFolderSink commit', () => {
  it('reaches its point of no return once every copy is in, before the first file is closed', async () => {
    const { handle, log } = createFakeFolder();
    let letWritesThrough = () => {};
    log.writesWaitFor = new Promise<void>((resolve) => (letWritesThrough = resolve));
    const sink = createFolderSink(handle);
    await sink.place(await preparedText('a.sip.ld', 'abc'), { index: 0, onBytes: () => {} });
    let closedAtFinishing: string[] | undefined;
    const committing = sink.commit(undefined, () => (closedAtFinishing = [...log.closed]));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(closedAtFinishing).toBeUndefined();
    letWritesThrough();
    await committing;
    expect(closedAtFinishing).toEqual([]);
    expect(log.closed).toEqual(['a.sip.ld']);
  });

  it('undoes everything when cancelled while the last copies are still landing', async () => {
    const { fake, handle, log } = await folderWithOldFiles();
    const before = fake.snapshot();
    let letWritesThrough = () => {};
    log.writesWaitFor = new Promise<void>((resolve) => (letWritesThrough = resolve));
    const controller = new AbortController();
    let finishing = false;
    const sink = createFolderSink(handle);
    const done = runExport(planFor(await release()), routeInto(sink), {
      signal: controller.signal,
      concurrency: 2,
      onProgress: (p) => (finishing ||= p.finishing),
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    letWritesThrough();
    await expect(done).rejects.toMatchObject({ name: 'AbortError' });
    expect(finishing).toBe(false);
    expect(fake.snapshot()).toEqual(before);
  });
});

describe('createFolderSink with a stager', () => {
  it('counts the bytes of staged images once, when copied', async () => {
    const { handle } = await folderWithOldFiles();
    const stage = createOpfsStaging('staging', createFakeFolder().handle);
    const seen: ExportProgress[] = [];
    await runExport(
      planFor(await releaseAllDeflated()),
      routeInto(createFolderSink(handle), { staging: stage }),
      {
        concurrency: 2,
        onProgress: (p) => seen.push(p),
      },
    );
    expect(seen.at(-1)).toMatchObject({ bytesDone: TOTAL_BYTES, bytesTotal: TOTAL_BYTES });
    expect(seen.every((p) => p.bytesDone <= p.bytesTotal)).toBe(true);
  });

  it('passes inflated images through the stager and drops each staged file once copied', async () => {
    const { fake, handle } = await folderWithOldFiles();
    const staging = createFakeFolder();
    const stage = createOpfsStaging('staging', staging.handle);
    const written = await runExport(
      planFor(await release()),
      routeInto(createFolderSink(handle), { staging: stage }),
      {
        concurrency: 2,
      },
    );
    expect(fake.snapshot()['2222-00000-001.sip.ld']).toBe(
      latin1(images['r/2222-00000-001.sip.ld']),
    );
    expect(written[1]?.sha256).toBe(sha256Hex(images['r/2222-00000-001.sip.ld']));
    expect(staging.fake.snapshot()).toEqual({ 'staging/': '' });
  });

  it('fails on a copy refused behind the checks, leaving the folder and the staging as they were', async () => {
    const { fake, handle, log } = await folderWithOldFiles();
    const before = fake.snapshot();
    const staging = createFakeFolder();
    const stage = createOpfsStaging('staging', staging.handle);
    log.failWritesTo = '2222-00000-001.sip.ld';
    await expect(
      runExport(planFor(await release()), routeInto(createFolderSink(handle), { staging: stage }), {
        concurrency: 2,
      }),
    ).rejects.toMatchObject({ code: 'write-failed', file: '2222-00000-001.sip.ld' });
    expect(fake.snapshot()).toEqual(before);
    expect(staging.fake.snapshot()).toEqual({ 'staging/': '' });
  });

  it('drops the staged files whose copy never started because an earlier copy failed', async () => {
    const { fake, handle, log } = await folderWithOldFiles();
    const before = fake.snapshot();
    const staging = createFakeFolder();
    const stage = createOpfsStaging('staging', staging.handle);
    // Costliest first: the largest image's copy starts first and fails.
    log.failWritesTo = '5.9.8/1111-00000-001.sip.ld';
    await expect(
      runExport(
        planFor(await releaseAllDeflated()),
        routeInto(createFolderSink(handle), { staging: stage }),
        {
          concurrency: 2,
        },
      ),
    ).rejects.toMatchObject({ code: 'write-failed', file: '5.9.8/1111-00000-001.sip.ld' });
    expect(fake.snapshot()).toEqual(before);
    expect(staging.fake.snapshot()).toEqual({ 'staging/': '' });
  });

  it('leaves neither the folder nor the staging changed when the inflated image is corrupt', async () => {
    const { fake, handle } = await folderWithOldFiles();
    const before = fake.snapshot();
    const staging = createFakeFolder();
    const stage = createOpfsStaging('staging', staging.handle);
    const archive = await withFlippedByte(await release(), 'r/2222-00000-001.sip.ld', 500, 1);
    await expect(
      runExport(planFor(archive), routeInto(createFolderSink(handle), { staging: stage }), {
        concurrency: 2,
      }),
    ).rejects.toMatchObject({ code: 'corrupt-entry', file: 'r/2222-00000-001.sip.ld' });
    expect(fake.snapshot()).toEqual(before);
    expect(staging.fake.snapshot()).toEqual({ 'staging/': '' });
  });
});

describe('findExistingFiles', () => {
  it('names the paths already taken, by a file or by a folder', async () => {
    const { fake, handle } = await folderWithOldFiles();
    await fake.put('sip.ver/inside', 'a folder where a file would go');
    const existing = await findExistingFiles(handle, [
      '2222-00000-001.sip.ld',
      '3333-00000-001.sip.ld',
      '5.9.8/1111-00000-001.sip.ld',
      'notes/keep.txt/x',
      'sip.ver',
      'ucs.xml',
    ]);
    expect(existing).toEqual(['2222-00000-001.sip.ld', 'notes/keep.txt/x', 'sip.ver', 'ucs.xml']);
  });
});
