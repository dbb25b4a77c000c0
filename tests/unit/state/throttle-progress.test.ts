import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportProgress } from '../../../src/core/export/types.ts';
import { throttleProgress } from '../../../src/state/throttle-progress.ts';

const at = (bytesDone: number, currentFile = 'a.sip.ld', finishing = false): ExportProgress => ({
  bytesDone,
  bytesTotal: 100,
  currentFile,
  finishing,
});

describe('throttleProgress', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows at most one figure per interval, then the latest one held back', () => {
    const shown: number[] = [];
    const progress = throttleProgress((p) => shown.push(p.bytesDone));
    progress.offer(at(1));
    progress.offer(at(2));
    progress.offer(at(3));
    expect(shown).toEqual([1]);
    vi.advanceTimersByTime(100);
    expect(shown).toEqual([1, 3]);
    vi.advanceTimersByTime(500);
    expect(shown).toEqual([1, 3]);
  });

  it('shows at once another file, the last byte and the point of no return', () => {
    const shown: string[] = [];
    const progress = throttleProgress((p) =>
      shown.push(`${p.bytesDone} ${p.currentFile}${p.finishing ? ' final' : ''}`),
    );
    progress.offer(at(1));
    progress.offer(at(2, 'b.sip.ld'));
    progress.offer(at(100, 'b.sip.ld'));
    progress.offer(at(100, 'b.sip.ld', true));
    expect(shown).toEqual(['1 a.sip.ld', '2 b.sip.ld', '100 b.sip.ld', '100 b.sip.ld final']);
  });

  it('shows nothing more once stopped', () => {
    const shown: number[] = [];
    const progress = throttleProgress((p) => shown.push(p.bytesDone));
    progress.offer(at(1));
    progress.offer(at(2));
    progress.stop();
    vi.advanceTimersByTime(500);
    expect(shown).toEqual([1]);
  });
});
