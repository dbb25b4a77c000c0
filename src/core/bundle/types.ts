import type { ConflictChoice } from '../manifest/merge.ts';
import type { ManifestEntry } from '../manifest/types.ts';
import type { FirmwareImage, Release } from '../release/types.ts';

/** One release of a bundle, with the images the admin picked and the version label to publish. */
export interface BundleRelease {
  readonly release: Release;
  readonly images: readonly FirmwareImage[];
  readonly version: string;
}

/** Optional files that make the folder ready for a real web server (all on by default). */
export interface BundleExtras {
  /** `SHA256SUMS`, checkable with `sha256sum -c`. */
  readonly sha256sums: boolean;
  /** `README.txt`, the admin's steps with the real values filled in. */
  readonly readme: boolean;
  /** `web.config`, so IIS serves `.ld`, `.ver` and `.xml`. */
  readonly webConfig: boolean;
  /**
   * Set to this tool's origin to have web.config let pages of that origin read the folder
   * (CORS), so the server check works from another server. Off (undefined) by default.
   */
  readonly corsOrigin?: string | undefined;
}

export interface BundleOptions {
  /** Normalized server folder URL (absolute http(s), ending in `/`). */
  readonly folderUrl: string;
  /** `flat`: files beside ucs.xml (one release only); `per-version`: a folder per version. */
  readonly layout: 'flat' | 'per-version';
  readonly extras: BundleExtras;
  /** Entries of the ucs.xml already on the server, kept in the new manifest. */
  readonly existing: readonly ManifestEntry[];
  /** For a version both on the server and in the bundle: which entry ucs.xml keeps. */
  readonly keep?: (version: string) => ConflictChoice;
}
