import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/core/errors.ts';
import { createMemoryStaging } from '../../../../src/platform/staging/memory-staging.ts';
import { createOpfsStaging } from '../../../../src/platform/staging/opfs-staging.ts';
import { createFakeFolder } from '../../../helpers/fake-fs.ts';

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

describe('createOpfsStaging', () => {
  it('stages into its folder, hands back the bytes and clears the folder', async () => {
    const { fake, handle } = createFakeFolder();
    const stager = createOpfsStaging('staging', handle);
    const blob = await stager.put('a.bin', chunks('abc', 'def', 'g'));
    expect(await blob.text()).toBe('abcdefg');
    expect(fake.snapshot()).toEqual({ 'staging/': '', 'staging/a.bin': 'abcdefg' });
    await stager.clear();
    expect(fake.snapshot()).toEqual({});
    await stager.clear();
    expect(await (await stager.put('b.bin', chunks('again'))).text()).toBe('again');
  });

  it('stages a stream of uneven chunks where writables write whole buffers', async () => {
    const { fake, handle, log } = createFakeFolder();
    log.writesWholeBuffers = true;
    const staging = createOpfsStaging('staging', handle);
    expect(await (await staging.put('b.bin', chunks('ab', 'cde', 'f'))).text()).toBe('abcdef');
    expect(fake.snapshot()).toMatchObject({ 'staging/b.bin': 'abcdef' });
  });

  it('gives workers an empty file to fill, and drops it', async () => {
    const { fake, handle } = createFakeFolder();
    const staging = createOpfsStaging('staging', handle);
    const file = await staging.file('a.bin');
    expect(await (await file?.getFile())?.text()).toBe('');
    await staging.drop('a.bin');
    expect(fake.snapshot()).toEqual({ 'staging/': '' });
  });

  it('keeps nothing of a stream that fails, and rethrows its error', async () => {
    const { fake, handle } = createFakeFolder();
    const stager = createOpfsStaging('staging', handle);
    const error = new AppError('corrupt-entry', 'bad', { file: 'x' });
    await expect(stager.put('a.bin', failing(error))).rejects.toBe(error);
    expect(fake.snapshot()).toEqual({ 'staging/': '' });
  });
});

describe('createMemoryStaging', () => {
  it('collects the stream into a Blob', async () => {
    const blob = await createMemoryStaging().put('a', chunks('ab', 'c'));
    expect(await blob.text()).toBe('abc');
  });

  it('offers no file for workers', async () => {
    expect(await createMemoryStaging().file('a')).toBeUndefined();
  });

  it('rethrows the stream error', async () => {
    const error = new AppError('corrupt-entry', 'bad');
    await expect(createMemoryStaging().put('a', failing(error))).rejects.toBe(error);
  });
});
