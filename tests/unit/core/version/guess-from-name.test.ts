import { describe, expect, it } from 'vitest';
import { guessVersionFromArchiveName } from '../../../../src/core/version/guess-from-name.ts';

describe('guessVersionFromArchiveName', () => {
  it.each([
    ['spip_ssip_vvx_3_2_4B_release_sig_split.zip', '3.2.4'],
    ['Polycom UC Software 4.0.4 release sig split.zip', '4.0.4'],
    ['Polycom_UC_Software_4_1_0_Rev_I_release_sig_combined.zip', '4.1.0'],
    ['Polycom-UC-Software-5.8.2-rts68-release-sig-split.zip', '5.8.2'],
    ['UC_Software_6_4_6_release_sig_split.zip', '6.4.6'],
    ['Polycom_UC_Software_5_7_1_4133_AB_Trio8800_release.zip', '5.7.1.4133'],
  ])('guesses from %s', (name, expected) => {
    expect(guessVersionFromArchiveName(name)).toBe(expected);
  });

  it('looks only at the base name of a path', () => {
    expect(guessVersionFromArchiveName('downloads/1.2.3/UC_Software_6_4_6_release.zip')).toBe(
      '6.4.6',
    );
    expect(guessVersionFromArchiveName('C:\\fw\\5.9.8\\firmware.zip')).toBeUndefined();
  });

  it.each(['firmware.zip', 'Trio8800_release.zip', 'release_2019_05_12.zip', 'UC_5_9.zip', ''])(
    'has no guess for %j',
    (name) => {
      expect(guessVersionFromArchiveName(name)).toBeUndefined();
    },
  );
});
