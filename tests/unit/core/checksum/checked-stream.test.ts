import { describe, expect, it } from 'vitest';
import { sourceError } from '../../../../src/core/checksum/checked-stream.ts';

describe('sourceError', () => {
  it('tells a source that cannot be read any more from bytes that do not inflate', () => {
    const gone = sourceError('a.sip.ld', new DOMException('moved', 'NotReadableError'));
    expect(gone).toMatchObject({ code: 'read-failed', file: 'a.sip.ld' });
    const removed = sourceError('a.sip.ld', new DOMException('deleted', 'NotFoundError'));
    expect(removed).toMatchObject({ code: 'read-failed' });
    const bad = sourceError('a.sip.ld', new TypeError('invalid stored block lengths'));
    expect(bad).toMatchObject({ code: 'corrupt-entry', file: 'a.sip.ld' });
  });
});
