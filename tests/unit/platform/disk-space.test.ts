import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

async function freshDiskSpace() {
  return (await import('../../../src/platform/disk-space.ts')).diskSpace;
}

describe('diskSpace', () => {
  it('asks the browser once per page and hands every caller the same root', async () => {
    const root = { name: '' };
    const getDirectory = vi.fn(async () => root);
    vi.stubGlobal('navigator', { storage: { getDirectory } });
    const diskSpace = await freshDiskSpace();
    expect(await diskSpace()).toBe(root);
    expect(await diskSpace()).toBe(root);
    expect(getDirectory).toHaveBeenCalledTimes(1);
  });

  it('answers none where the browser has the call but refuses it (Chromium on a file page)', async () => {
    const getDirectory = vi.fn(() => Promise.reject(new DOMException('refused', 'SecurityError')));
    vi.stubGlobal('navigator', { storage: { getDirectory } });
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const diskSpace = await freshDiskSpace();
    expect(await diskSpace()).toBeUndefined();
    expect(await diskSpace()).toBeUndefined();
    expect(getDirectory).toHaveBeenCalledTimes(1);
  });

  it('answers none where there is no storage at all (plain HTTP)', async () => {
    vi.stubGlobal('navigator', {});
    expect(await (await freshDiskSpace())()).toBeUndefined();
  });
});
