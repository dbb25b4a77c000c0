import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeFile, createFakeFolder } from '../../helpers/fake-fs.ts';

/** Web Locks as another tab and this one see them: names held until the page goes. */
function fakeLocks(heldElsewhere: string[]) {
  const held = new Set(heldElsewhere);
  return {
    request(name: string, callback: () => Promise<never>) {
      held.add(name);
      return callback();
    },
    query: async () => ({ held: [...held].map((name) => ({ name })) }),
  };
}

const streamOf = (text: string) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    },
  });

beforeEach(() => {
  // OPFS files the page can write, as in current browsers.
  vi.stubGlobal('FileSystemFileHandle', FakeFile);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('stageInnerZip', () => {
  it('removes the files of tabs that are gone, never those of a tab still open', async () => {
    const { fake, handle } = createFakeFolder();
    await fake.put('ucs-bundler-inner-zips/tab-1-aaaaaa-1.zip', 'closed tab');
    await fake.put('ucs-bundler-inner-zips/tab-2-bbbbbb-1.zip', 'open tab');
    await fake.put('ucs-bundler-inner-zips/inner-9.zip', 'older naming');
    vi.stubGlobal('navigator', {
      storage: { getDirectory: async () => handle },
      locks: fakeLocks(['ucs-bundler-tab-2-bbbbbb']),
    });
    const { stageInnerZip } = await import('../../../src/platform/inner-zip-stager.ts');
    const staged = await stageInnerZip(streamOf('inner zip'));
    expect(await staged.text()).toBe('inner zip');
    const left = Object.entries(fake.snapshot())
      .filter(([path]) => path.endsWith('.zip'))
      .map(([path, text]) => [text === 'inner zip' ? 'OURS' : path, text]);
    expect(left.sort()).toEqual(
      [
        ['OURS', 'inner zip'],
        ['ucs-bundler-inner-zips/tab-2-bbbbbb-1.zip', 'open tab'],
      ].sort(),
    );
  });

  it('keeps its own earlier files when it unpacks another', async () => {
    const { fake, handle } = createFakeFolder();
    vi.stubGlobal('navigator', {
      storage: { getDirectory: async () => handle },
      locks: fakeLocks([]),
    });
    const { stageInnerZip } = await import('../../../src/platform/inner-zip-stager.ts');
    await stageInnerZip(streamOf('first'));
    await stageInnerZip(streamOf('second'));
    expect(Object.values(fake.snapshot()).sort()).toEqual(['', 'first', 'second']);
  });

  it('says the browser gives no disk space where OPFS is refused', async () => {
    vi.stubGlobal('navigator', {
      storage: { getDirectory: () => Promise.reject(new DOMException('no', 'SecurityError')) },
    });
    const { stageInnerZip } = await import('../../../src/platform/inner-zip-stager.ts');
    await expect(stageInnerZip(streamOf('x'))).rejects.toMatchObject({
      code: 'nested-zip-needs-storage',
    });
  });

  it('says the same where OPFS files cannot be written from the page (Safari before 26)', async () => {
    const { handle } = createFakeFolder();
    vi.stubGlobal('navigator', { storage: { getDirectory: async () => handle } });
    vi.stubGlobal('FileSystemFileHandle', { prototype: {} });
    const { stageInnerZip } = await import('../../../src/platform/inner-zip-stager.ts');
    await expect(stageInnerZip(streamOf('x'))).rejects.toMatchObject({
      code: 'nested-zip-needs-storage',
    });
  });
});
