import { describe, expect, it } from 'vitest';
import { browserLimitsMessage } from '../../../src/ui/browser-limits.ts';

const chromium = { secureContext: true, directoryPicker: true, opfs: true };

describe('browserLimitsMessage', () => {
  it('says nothing where the browser offers everything (Chrome, Edge)', () => {
    expect(browserLimitsMessage(chromium)).toBeNull();
  });

  it('names the missing folder saving and where it exists (Firefox, Safari)', () => {
    expect(browserLimitsMessage({ ...chromium, directoryPicker: false })).toBe(
      'This browser cannot save straight into a folder (Chrome and Edge on a computer can); the zip holds the same folder.',
    );
  });

  it('adds the missing disk space and what it costs (Safari before 26, private windows)', () => {
    const message = browserLimitsMessage({ ...chromium, directoryPicker: false, opfs: false });
    expect(message).toContain('cannot save straight into a folder');
    expect(message).toContain(
      'It gives the app no disk space, so the zip is built in memory and a release zip compressed inside another zip cannot be opened here.',
    );
  });

  it('names the browser when the disk space is all that is missing', () => {
    expect(browserLimitsMessage({ ...chromium, opfs: false })).toMatch(
      /^This browser gives the app no disk space/,
    );
  });

  it('leaves plain HTTP to the offline status, which already says what is off', () => {
    expect(
      browserLimitsMessage({ secureContext: false, directoryPicker: false, opfs: false }),
    ).toBeNull();
  });
});
