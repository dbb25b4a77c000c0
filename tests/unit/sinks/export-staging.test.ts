import { describe, expect, it } from 'vitest';
import {
  STAGING_KEEP_MS,
  expiredStagingFolders,
} from '../../../src/platform/sinks/export-staging.ts';

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
