import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectCapabilities } from '../../../src/platform/capabilities.ts';
import { stubPage } from '../../helpers/page-globals.ts';

const storage = { getDirectory: async () => ({}) };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('detectCapabilities', () => {
  it('offers the folder and disk staging where the page can write through handles', () => {
    stubPage({ navigator: { storage }, directoryPicker: true });
    expect(detectCapabilities()).toEqual({
      secureContext: true,
      directoryPicker: true,
      opfs: true,
    });
  });

  it('offers no disk staging where the private file system exists but the page cannot write to it', () => {
    // Safari before 26: getDirectory() answers, createWritable is missing.
    stubPage({ navigator: { storage }, writableHandles: false });
    expect(detectCapabilities()).toMatchObject({ directoryPicker: false, opfs: false });
  });

  it('offers disk staging but no folder where there is no picker (Firefox, Safari 26)', () => {
    stubPage({ navigator: { storage } });
    expect(detectCapabilities()).toMatchObject({ directoryPicker: false, opfs: true });
  });

  it('offers nothing outside a secure context', () => {
    stubPage({ navigator: { storage }, secureContext: false, directoryPicker: true });
    expect(detectCapabilities()).toEqual({
      secureContext: false,
      directoryPicker: false,
      opfs: false,
    });
  });
});
