import { afterEach, describe, expect, it } from 'vitest';
import { onLaunchedFile } from '../../../../src/platform/pwa/launch-queue.ts';

type Consumer = (params: { files: readonly unknown[] }) => void;

function fileHandle(name: string) {
  return { kind: 'file', name, getFile: async () => new File(['zip'], name) };
}

describe('files an installed app is opened with', () => {
  afterEach(() => {
    delete (globalThis as { launchQueue?: unknown }).launchQueue;
  });

  it('hands every launched file to the callback, in order, and skips folders', async () => {
    let consumer: Consumer | undefined;
    (globalThis as { launchQueue?: unknown }).launchQueue = {
      setConsumer: (next: Consumer) => (consumer = next),
    };
    const received: string[] = [];
    onLaunchedFile((file) => received.push(file.name));
    consumer!({
      files: [fileHandle('a.zip'), { kind: 'directory', name: 'folder' }, fileHandle('b.zip')],
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(received).toEqual(['a.zip', 'b.zip']);
  });

  it('does nothing where the browser has no launch queue', () => {
    expect(() => onLaunchedFile(() => undefined)).not.toThrow();
  });
});
