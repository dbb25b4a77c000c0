import { describe, expect, it } from 'vitest';
import { FIRST_CUSTOM_SERVER_MAJOR, LEGACY_LINES } from '../../../../src/core/catalog/legacy.ts';
import { PHONE_MODELS } from '../../../../src/core/catalog/models.ts';

describe('LEGACY_LINES', () => {
  it('lists every catalog model whose last line is below 4.0, with that line', () => {
    const early = PHONE_MODELS.filter(
      (model) => model.lastLine !== undefined && model.lastLine.major < FIRST_CUSTOM_SERVER_MAJOR,
    );
    expect(early.map((model) => model.name).sort()).toEqual([
      'SoundPoint IP 320',
      'SoundPoint IP 330',
      'SoundPoint IP 430',
      'SoundPoint IP 601',
    ]);
    for (const model of early) {
      const line = LEGACY_LINES.find((candidate) => candidate.models.includes(model.name));
      expect(line?.lastLine, model.name).toBe(model.lastLineLabel);
    }
  });

  it('holds only lines before 4.0', () => {
    for (const line of LEGACY_LINES) expect(Number(line.lastLine.split('.')[0])).toBeLessThan(4);
  });
});
