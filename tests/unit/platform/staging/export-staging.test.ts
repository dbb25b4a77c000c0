import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  STAGING_KEEP_MS,
  expiredStagingFolders,
  openExportStaging,
} from '../../../../src/platform/staging/export-staging.ts';
import { FakeFile, createFakeFolder } from '../../../helpers/fake-fs.ts';

describe('earlier exports’ staging folders', () => {
  const now = 1_800_000_000_000;

  it('are kept while a download may still be reading them, and removed after', () => {
    const fresh = `export-${now - 1000}-abc123`;
    const justInTime = `export-${now - STAGING_KEEP_MS}-def456`;
    const expired = `export-${now - STAGING_KEEP_MS - 1}-ghi789`;
    expect(expiredStagingFolders([fresh, justInTime, expired], now)).toEqual([expired]);
  });

  it('removes folders whose name does not say when they were made, and nothing else', () => {
    expect(expiredStagingFolders(['export-garbage', 'inner.zip', 'notes'], now)).toEqual([
      'export-garbage',
    ]);
  });
});

describe('openExportStaging', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('stages on disk where OPFS files can be written from the page', async () => {
    const { fake, handle } = createFakeFolder();
    vi.stubGlobal('navigator', { storage: { getDirectory: async () => handle } });
    vi.stubGlobal('FileSystemFileHandle', FakeFile);
    const staging = await openExportStaging(1_800_000_000_000);
    expect(staging.where).toBe('disk');
    await staging.put('a', new Blob(['x']).stream());
    expect(Object.keys(fake.snapshot())).toContainEqual(
      expect.stringMatching(/^ucs-bundler-staging\/export-1800000000000-[a-z0-9]+\/a$/),
    );
  });

  it.each([
    [
      'OPFS is refused (a private window)',
      () => Promise.reject(new DOMException('no', 'SecurityError')),
      FakeFile,
    ],
    ['its files cannot be written from the page (Safari before 26)', null, { prototype: {} }],
  ])('stages in memory where %s', async (_why, getDirectory, fileHandle) => {
    const { handle } = createFakeFolder();
    vi.stubGlobal('navigator', { storage: { getDirectory: getDirectory ?? (async () => handle) } });
    vi.stubGlobal('FileSystemFileHandle', fileHandle);
    expect((await openExportStaging()).where).toBe('memory');
  });
});
