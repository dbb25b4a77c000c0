export type PhoneFamily =
  | 'SoundPoint IP'
  | 'SoundStation IP'
  | 'VVX'
  | 'SpectraLink'
  | 'RealPresence Trio'
  | 'SoundStructure';

/** One row of the built-in model table. */
export interface PhoneModel {
  /** Hardware part number, e.g. `3111-44500-001`. */
  readonly partNumber: string;
  /** Friendly name, e.g. `VVX 500`. */
  readonly name: string;
  readonly family: PhoneFamily;
  /**
   * The newest release line the model runs, as `major.minor` numbers for comparison
   * (`5.9` for "5.9.x", `6` majors as `{ major: 6 }`), or undefined when unknown.
   */
  readonly lastLine: { readonly major: number; readonly minor?: number } | undefined;
  /** The line as people write it: `5.9.x`, `6.x`, `4.0.x`, or `unknown`. */
  readonly lastLineLabel: string;
}
