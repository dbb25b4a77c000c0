import { describe, expect, it } from 'vitest';
import { coverageTable, coverageText } from '../../../../src/core/bundle/coverage.ts';
import { PART } from '../../../fixtures/named-fixtures.ts';
import { openGenerated, pick } from '../../../helpers/release-helpers.ts';

describe('versions × models', () => {
  it('flags a model the menu offers a version for whose folder lacks its image', async () => {
    const older = await openGenerated({
      images: [{ partNumber: PART.vvx500 }],
      version: '5.9.8.5760',
    });
    const newer = await openGenerated({
      images: [{ partNumber: PART.vvx501 }, { partNumber: PART.vvx500 }],
      version: '6.4.6.1234',
    });
    const manifest = [
      { version: '5.5.2.1000', path: 'http://fw/old/' },
      { version: '5.9.8.5760', path: 'http://fw/5.9.8.5760/' },
      { version: '6.4.6.1234', path: 'http://fw/6.4.6.1234/' },
    ];
    const table = coverageTable([pick(older), pick(newer)], manifest);
    expect(table.versions).toEqual(['5.5.2.1000', '5.9.8.5760', '6.4.6.1234']);
    expect(table.models).toEqual([
      { partNumber: PART.vvx500, name: 'VVX 500' },
      { partNumber: PART.vvx501, name: 'VVX 501' },
    ]);
    expect(table.cells).toEqual([
      ['unknown', 'served', 'served'],
      ['unknown', 'missing', 'served'],
    ]);
    expect(coverageText(table).split('\n').slice(0, 3)).toEqual([
      'Model (part number)       5.5.2.1000  5.9.8.5760  6.4.6.1234',
      'VVX 500 (3111-44500-001)  ?           yes         yes',
      'VVX 501 (3111-48500-001)  ?           MISSING     yes',
    ]);
  });
});
