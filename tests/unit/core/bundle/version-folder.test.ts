import { describe, expect, it } from 'vitest';
import { versionFolderName } from '../../../../src/core/bundle/version-folder.ts';
import { rootFolderName } from '../../../../src/core/bundle/root-folder.ts';

describe('version folder names', () => {
  it('keeps dotted versions as they are', () => {
    expect(versionFolderName('5.9.8.5760')).toBe('5.9.8.5760');
    expect(versionFolderName('3.2.4.0267')).toBe('3.2.4.0267');
  });

  it('never yields a name that leaves the folder or needs escaping in a URL', () => {
    expect(versionFolderName('4.0.11 Rev K')).toBe('4.0.11_Rev_K');
    expect(versionFolderName('../../etc')).toBe('__.._etc');
    expect(versionFolderName('..')).toBe('_');
    expect(versionFolderName('a/b\\c:d')).toBe('a_b_c_d');
    expect(versionFolderName('   ')).toBe('unnamed-version');
  });

  it('names the bundle after its version range', () => {
    const release = (version: string) => ({ version }) as Parameters<typeof rootFolderName>[0][0];
    expect(rootFolderName([release('5.9.8.5760')])).toBe('ucs-5.9.8.5760');
    expect(rootFolderName([release('6.4.6.1234'), release('4.0.15.1009')])).toBe(
      'ucs-4.0.15.1009-to-6.4.6.1234',
    );
    expect(rootFolderName([])).toBe('ucs-firmware');
  });
});
