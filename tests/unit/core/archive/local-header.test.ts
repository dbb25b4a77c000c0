import { describe, expect, it } from 'vitest';
import { readEntryDataRange } from '../../../../src/core/archive/local-header.ts';
import { entryNamed, listArchive, makeZip, sampleBytes } from '../../../helpers/zip-fixture.ts';

/** An archive's bytes that count the reads made of them, and can be made to fail them. */
class CountedBytes extends Blob {
  reads = 0;
  failing = false;
  override slice(start?: number, end?: number): Blob {
    this.reads += 1;
    if (this.failing) {
      return Object.assign(new Blob(), {
        arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')),
      });
    }
    return super.slice(start, end);
  }
}

describe('readEntryDataRange', () => {
  it('reads an entry’s local header once per archive, however often it is located', async () => {
    const zip = await makeZip([{ path: 'a.sip.ld', bytes: sampleBytes(5000, 3), deflate: false }]);
    const listed = await listArchive(zip);
    const entry = entryNamed(listed, 'a.sip.ld');
    const bytes = new CountedBytes([await zip.arrayBuffer()]);
    const first = await readEntryDataRange(bytes, entry);
    const readsForOne = bytes.reads;
    expect(readsForOne).toBeGreaterThan(0);
    expect(await readEntryDataRange(bytes, entry)).toEqual(first);
    expect(bytes.reads).toBe(readsForOne);
    // Another archive's bytes are another question, even for an entry of the same shape.
    const other = new CountedBytes([await zip.arrayBuffer()]);
    expect(await readEntryDataRange(other, entry)).toEqual(first);
    expect(other.reads).toBe(readsForOne);
  });

  it('reads again after a failed read', async () => {
    const zip = await makeZip([{ path: 'a.sip.ld', bytes: sampleBytes(5000, 3), deflate: false }]);
    const entry = entryNamed(await listArchive(zip), 'a.sip.ld');
    const bytes = new CountedBytes([await zip.arrayBuffer()]);
    bytes.failing = true;
    await expect(readEntryDataRange(bytes, entry)).rejects.toMatchObject({ code: 'read-failed' });
    bytes.failing = false;
    expect((await readEntryDataRange(bytes, entry)).end).toBeGreaterThan(0);
  });
});
