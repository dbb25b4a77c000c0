/** The manifest's file name: phones are given `<folder URL>ucs.xml`. */
export const MANIFEST_NAME = 'ucs.xml';

/** One `PHONE_IMAGE` of ucs.xml: one entry in the phone's version menu. */
export interface ManifestEntry {
  /** Display label, normally the exact `sip.ver` string. */
  readonly version: string;
  /** Absolute http(s) folder URL ending in `/`, where the phone finds `<part-number>.sip.ld`. */
  readonly path: string;
}
