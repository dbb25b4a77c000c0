/** A file the admin expects on the server, relative to the folder that holds ucs.xml. */
export interface ExpectedFile {
  /** `/`-separated, e.g. `3111-44500-001.sip.ld` or `5.9.8.5760/sip.ver`. */
  readonly path: string;
  /** Unknown when the expectation comes from a SHA256SUMS (it lists hashes only). */
  readonly size?: number;
  /** Lower-case hex SHA-256. */
  readonly sha256: string;
}

/** What to check: the address the phones are given, and what should be there. */
export interface CheckRequest {
  /** The ucs.xml address, as typed into the phones. */
  readonly manifestUrl: string;
  /**
   * The files just exported. Undefined for a server prepared earlier: its SHA256SUMS, when
   * there is one, says what to expect.
   */
  readonly expected?: readonly ExpectedFile[];
}

/** What the phone would need to do with a file: read it as the list, as a version, or install it. */
export type FileRole = 'manifest' | 'checksums' | 'version-file' | 'image';

/**
 * How the server answered one request, as far as a browser may see it. `refused`: the server
 * answered but did not let this page read the answer (no CORS header for this origin);
 * `mixed-content`: an HTTPS page may not read a plain-HTTP address at all.
 */
export type ServerAnswer =
  | { readonly kind: 'unreachable' }
  | { readonly kind: 'refused' }
  | { readonly kind: 'mixed-content' }
  | {
      readonly kind: 'answered';
      readonly httpStatus: number;
      /** The Content-Type header as sent, '' when there was none. */
      readonly contentType: string;
      /** The address the answer finally came from, when the server redirected. */
      readonly redirectedTo?: string;
      readonly body: ReadableStream<Uint8Array<ArrayBuffer>> | null;
    };

/** Fetches one address as a phone would (GET, no cookies, no cache). Rejects only on abort. */
export type Fetcher = (url: string, signal: AbortSignal) => Promise<ServerAnswer>;

/** What came of one file; the UI turns each code into a status and a one-sentence fix. */
export type FileVerdict =
  | { readonly code: 'identical'; readonly size: number }
  /** Served, with nothing to compare it with (no checksum known). */
  | { readonly code: 'found'; readonly size: number }
  | { readonly code: 'missing'; readonly httpStatus: number }
  | { readonly code: 'http-error'; readonly httpStatus: number }
  | { readonly code: 'web-page'; readonly contentType: string }
  | {
      readonly code: 'different';
      /** Bytes received (a download stops one byte past the expected size). */
      readonly size: number;
      readonly expectedSize: number | undefined;
    }
  | {
      readonly code: 'wrong-type';
      readonly contentType: string;
      /** The type a server should send for this file. */
      readonly expectedType: string;
    }
  | { readonly code: 'redirected'; readonly to: string }
  | { readonly code: 'refused' }
  | { readonly code: 'mixed-content' }
  | { readonly code: 'unreachable' }
  /** ucs.xml was served but cannot be read as the list of firmware; `reason` is in English. */
  | { readonly code: 'unreadable-manifest'; readonly reason: string }
  /** No SHA256SUMS and no export to compare with: which images belong there is unknown. */
  | { readonly code: 'no-checksums' }
  /** An expected image or sip.ver sits in a folder that no version of the served ucs.xml names. */
  | { readonly code: 'not-listed' }
  /** The check was cancelled before this file. */
  | { readonly code: 'not-checked' };

/** One row of the report. */
export interface CheckedFile {
  /** Path relative to the ucs.xml folder, or the full address when it lies elsewhere. */
  readonly name: string;
  readonly url: string;
  readonly role: FileRole;
  /** The ucs.xml version whose PATH holds the file. */
  readonly version?: string;
  readonly verdict: FileVerdict;
}

export interface CheckProgress {
  readonly bytesDone: number;
  /** Sum of the expected sizes known; 0 when none is known. */
  readonly bytesTotal: number;
  readonly currentFile: string;
}

export interface CheckReport {
  readonly manifestUrl: string;
  readonly files: readonly CheckedFile[];
  /** True when the check stopped early on a cancel. */
  readonly cancelled: boolean;
}
