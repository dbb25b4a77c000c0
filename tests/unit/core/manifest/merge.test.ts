import { describe, expect, it } from 'vitest';
import { buildUcsXml } from '../../../../src/core/manifest/build.ts';
import { mergeManifest } from '../../../../src/core/manifest/merge.ts';
import { parseUcsXml } from '../../../../src/core/manifest/parse.ts';
import { golden } from '../../../helpers/golden.ts';

const FW = 'http://fw.example.local/firmware/';
const NEWEST = { version: '6.4.6.1234', path: `${FW}6.4.6.1234/` };
const NEWER = { version: '5.9.8.5760', path: `${FW}5.9.8.5760/` };
const NEW = [NEWEST, NEWER];

describe('mergeManifest', () => {
  it('keeps an imported older entry and adds the new ones, oldest first (golden)', () => {
    const existing = parseUcsXml(golden('ucs-existing-older.xml'));
    const merged = mergeManifest(existing, NEW);
    expect(merged.conflicts).toEqual([]);
    expect(buildUcsXml(merged.entries)).toBe(golden('ucs-merged.xml'));
  });

  it('lists a VERSION present in both with different paths and keeps the added one by default', () => {
    const existing = [
      { version: '5.9.8.5760', path: `${FW}old/` },
      { version: '5.7.3.1234', path: `${FW}5.7.3/` },
    ];
    const merged = mergeManifest(existing, NEW);
    expect(merged.conflicts).toEqual(['5.9.8.5760']);
    expect(merged.entries).toEqual([
      { version: '5.7.3.1234', path: `${FW}5.7.3/` },
      { version: '5.9.8.5760', path: `${FW}5.9.8.5760/` },
      { version: '6.4.6.1234', path: `${FW}6.4.6.1234/` },
    ]);
  });

  it('keeps the existing entry when the caller chooses so, asking once per conflict', () => {
    const asked: string[] = [];
    const merged = mergeManifest([{ version: '5.9.8.5760', path: `${FW}old/` }], NEW, (version) => {
      asked.push(version);
      return 'existing';
    });
    expect(asked).toEqual(['5.9.8.5760']);
    expect(merged.entries).toEqual([
      { version: '5.9.8.5760', path: `${FW}old/` },
      { version: '6.4.6.1234', path: `${FW}6.4.6.1234/` },
    ]);
  });

  it('does not call an identical entry a conflict, and keeps it once', () => {
    const merged = mergeManifest([NEWER], NEW);
    expect(merged.conflicts).toEqual([]);
    expect(merged.entries.map((e) => e.version)).toEqual(['5.9.8.5760', '6.4.6.1234']);
  });

  it('keeps the first of a VERSION repeated within one list, and orders odd labels stably', () => {
    const merged = mergeManifest(
      [
        { version: 'beta', path: `${FW}b/` },
        { version: '4.0.11 Rev K', path: `${FW}k/` },
        { version: 'beta', path: `${FW}b2/` },
      ],
      [{ version: '4.0.11', path: `${FW}4/` }],
    );
    expect(merged.entries).toEqual([
      { version: '4.0.11', path: `${FW}4/` },
      { version: '4.0.11 Rev K', path: `${FW}k/` },
      { version: 'beta', path: `${FW}b/` },
    ]);
  });

  it('returns an empty result for two empty lists', () => {
    expect(mergeManifest([], [])).toEqual({ entries: [], conflicts: [] });
  });
});
