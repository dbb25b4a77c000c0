import { describe, expect, it } from 'vitest';
import {
  SAMPLE_FILE_NAME,
  SAMPLE_VERSION,
  buildSampleRelease,
  sampleImageBytes,
} from '../../../../src/core/sample/sample-release.ts';
import { openRelease } from '../../../../src/core/release/open-release.ts';

describe('the built-in sample release', () => {
  it('opens as a Split release with six images, one of them unknown, and its version', async () => {
    const release = await openRelease(await buildSampleRelease(), SAMPLE_FILE_NAME, {});
    expect(release.version).toBe(SAMPLE_VERSION);
    expect(release.images).toHaveLength(6);
    expect(release.images.filter((image) => image.model === undefined)).toHaveLength(1);
    expect(new Set(release.images.map((image) => image.entry.method))).toEqual(new Set([0, 8]));
  });

  it('says in every image that it is not firmware', () => {
    const text = new TextDecoder().decode(sampleImageBytes('3111-44500-001').slice(0, 120));
    expect(text).toContain('NOT FIRMWARE');
  });
});
