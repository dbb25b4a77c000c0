import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors.ts';
import { createMemoryStager } from '../../../src/platform/sinks/memory-stager.ts';
import { createOpfsStager } from '../../../src/platform/sinks/opfs-stager.ts';
import { createFakeFolder } from './fake-fs.ts';

const chunks = (...texts: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const text of texts) controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    },
  });

const failing = (error: unknown) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('partial'));
    },
    pull(controller) {
      controller.error(error);
    },
  });

describe('createOpfsStager', () => {
  it('stages into its folder, hands back the bytes and clears the folder', async () => {
    const { fake, handle } = createFakeFolder();
    const stager = await createOpfsStager('staging', handle);
    const blob = await stager.put('a.bin', chunks('abc', 'def', 'g'));
    expect(await blob.text()).toBe('abcdefg');
    expect(fake.snapshot()).toEqual({ 'staging/': '', 'staging/a.bin': 'abcdefg' });
    await stager.clear();
    expect(fake.snapshot()).toEqual({});
    await stager.clear();
    expect(await (await stager.put('b.bin', chunks('again'))).text()).toBe('again');
  });

  it('keeps nothing of a stream that fails, and rethrows its error', async () => {
    const { fake, handle } = createFakeFolder();
    const stager = await createOpfsStager('staging', handle);
    const error = new AppError('corrupt-entry', 'bad', { file: 'x' });
    await expect(stager.put('a.bin', failing(error))).rejects.toBe(error);
    expect(fake.snapshot()).toEqual({ 'staging/': '' });
  });
});

describe('createMemoryStager', () => {
  it('collects the stream into a Blob', async () => {
    const blob = await createMemoryStager().put('a', chunks('ab', 'c'));
    expect(await blob.text()).toBe('abc');
  });

  it('rethrows the stream error', async () => {
    const error = new AppError('corrupt-entry', 'bad');
    await expect(createMemoryStager().put('a', failing(error))).rejects.toBe(error);
  });
});
