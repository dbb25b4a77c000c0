import { describe, expect, it } from 'vitest';
import { createBackgroundCopies } from '../../../../src/platform/sinks/background-copies.ts';

/** A copy that ends when told to. */
function heldCopy() {
  let end: (error?: Error) => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => {
    end = (error) => (error ? reject(error) : resolve());
  });
  return { run: () => done, end };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createBackgroundCopies', () => {
  it('runs at most `limit` copies at once; the next start waits for room', async () => {
    const copies = createBackgroundCopies(2);
    const [a, b, c] = [heldCopy(), heldCopy(), heldCopy()];
    await copies.start(a.run);
    await copies.start(b.run);
    let thirdStarted = false;
    const third = copies.start(c.run).then(() => (thirdStarted = true));
    await settle();
    expect(thirdStarted).toBe(false);
    a.end();
    await third;
    expect(thirdStarted).toBe(true);
    let finished = false;
    const finishing = copies.finish().then(() => (finished = true));
    b.end();
    await settle();
    expect(finished).toBe(false);
    c.end();
    await finishing;
  });

  it('throws a failed copy from the next start and from finish', async () => {
    const copies = createBackgroundCopies(2);
    const failing = heldCopy();
    await copies.start(failing.run);
    failing.end(new Error('disk full'));
    await settle();
    let started = false;
    await expect(
      copies.start(async () => {
        started = true;
      }),
    ).rejects.toThrow('disk full');
    expect(started).toBe(false);
    await expect(copies.finish()).rejects.toThrow('disk full');
  });

  it('settles once every copy has ended, failed ones included, without throwing', async () => {
    const copies = createBackgroundCopies(2);
    const [a, b] = [heldCopy(), heldCopy()];
    await copies.start(a.run);
    await copies.start(b.run);
    let settled = false;
    const settling = copies.settle().then(() => (settled = true));
    a.end(new Error('disk full'));
    await settle();
    expect(settled).toBe(false);
    b.end();
    await settling;
  });

  it('starts nothing once the export is cancelled', async () => {
    const copies = createBackgroundCopies(2);
    const controller = new AbortController();
    controller.abort();
    let started = false;
    const copy = async () => {
      started = true;
    };
    await expect(copies.start(copy, controller.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(started).toBe(false);
  });

  it('throws a failure met while waiting for room', async () => {
    const copies = createBackgroundCopies(1);
    const failing = heldCopy();
    await copies.start(failing.run);
    const waiting = copies.start(() => Promise.resolve());
    failing.end(new Error('gone'));
    await expect(waiting).rejects.toThrow('gone');
  });
});
