/**
 * Phones whose releases ended before UCS 4.0, which the custom-server upgrade needs, grouped by
 * their last release line. Their image part numbers are not known for sure, so they are listed
 * by name only (the catalog's rows with a line below 4.0 are among them).
 */
export interface LegacyLine {
  readonly models: readonly string[];
  readonly lastLine: string;
}

export const LEGACY_LINES: readonly LegacyLine[] = [
  { models: ['SoundPoint IP 300', 'SoundPoint IP 500'], lastLine: '2.1.x' },
  {
    models: [
      'SoundPoint IP 301',
      'SoundPoint IP 501',
      'SoundPoint IP 600',
      'SoundPoint IP 601',
      'SoundStation IP 4000',
    ],
    lastLine: '3.1.x',
  },
  { models: ['SoundPoint IP 430'], lastLine: '3.2.x' },
  { models: ['SoundPoint IP 320', 'SoundPoint IP 330'], lastLine: '3.3.x' },
];

/** The first release line with the custom-server upgrade. */
export const FIRST_CUSTOM_SERVER_MAJOR = 4;
