import type { Archive, ArchiveEntry } from '../archive/types.ts';
import type { PhoneModel } from '../catalog/types.ts';

/** A firmware image found in a release archive. */
export interface FirmwareImage {
  readonly entry: ArchiveEntry;
  /** Part number taken from the entry's base name, e.g. `3111-44500-001`. */
  readonly partNumber: string;
  /**
   * The canonical output name (`3111-44500-001.sip.ld`, lower-case suffix): output paths are built
   * only from this, never from the archive path.
   */
  readonly outputName: string;
  /** `sip` for `.sip.ld` phone images, `dect` for a D60 base `.dect.ld`. */
  readonly kind: 'sip' | 'dect';
  /** Catalog row, or undefined for a part number the catalog does not know. */
  readonly model: PhoneModel | undefined;
}

/** Something worth telling the admin about a release that still opens. */
export type ReleaseWarning =
  | { readonly code: 'sip-ver-missing' }
  | { readonly code: 'several-sip-ver'; readonly used: string; readonly ignored: readonly string[] }
  | { readonly code: 'version-unusual'; readonly version: string }
  | { readonly code: 'sip-3x'; readonly version: string }
  | {
      readonly code: 'duplicate-part-number';
      readonly partNumber: string;
      readonly used: string;
      readonly ignored: readonly string[];
    }
  | { readonly code: 'image-too-small'; readonly partNumber: string; readonly size: number }
  | {
      readonly code: 'newer-than-model-line';
      readonly partNumber: string;
      readonly modelLine: string;
    }
  | { readonly code: 'version-guessed-from-name'; readonly guess: string }
  /** `*.ld` entries named like no image the app knows (a damaged name, another product's file). */
  | { readonly code: 'unrecognised-firmware-names'; readonly paths: readonly string[] };

/** A release archive understood: what the UI shows and the export works from. */
export interface Release {
  readonly archive: Archive;
  readonly images: readonly FirmwareImage[];
  /** The `sip.ver` entry beside the images, when there is one. */
  readonly sipVer: ArchiveEntry | undefined;
  /** Version read from `sip.ver` (cleaned), or a guess from the archive name, or ''. */
  readonly version: string;
  readonly warnings: readonly ReleaseWarning[];
}
