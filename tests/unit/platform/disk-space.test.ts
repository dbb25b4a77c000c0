import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubPage } from './page-globals.ts';

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
    stubPage({ navigator: { storage: { getDirectory } } });
    const diskSpace = await freshDiskSpace();
    expect(await diskSpace()).toBe(root);
    expect(await diskSpace()).toBe(root);
    expect(getDirectory).toHaveBeenCalledTimes(1);
  });

  it('answers none where the browser has the call but refuses it (Chromium on a file page)', async () => {
    const getDirectory = vi.fn(() => Promise.reject(new DOMException('refused', 'SecurityError')));
    stubPage({ navigator: { storage: { getDirectory } } });
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const diskSpace = await freshDiskSpace();
    expect(await diskSpace()).toBeUndefined();
    expect(await diskSpace()).toBeUndefined();
    expect(getDirectory).toHaveBeenCalledTimes(1);
  });

  it('answers none without asking where the page could not write there anyway', async () => {
    const getDirectory = vi.fn(async () => ({}));
    stubPage({ navigator: { storage: { getDirectory } }, writableHandles: false });
    expect(await (await freshDiskSpace())()).toBeUndefined();
    stubPage({ navigator: {}, secureContext: false });
    vi.resetModules();
    expect(await (await freshDiskSpace())()).toBeUndefined();
    expect(getDirectory).not.toHaveBeenCalled();
  });
});
