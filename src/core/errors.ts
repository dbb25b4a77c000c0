/**
 * Every failure the core can report, as a machine-readable code. The UI owns the sentence a
 * person reads (see src/ui/messages.ts); the core only says what went wrong and where.
 */
export type ErrorCode =
  /** The file is not a zip archive at all. */
  | 'not-a-zip'
  /** The zip's end is missing: an interrupted download. */
  | 'truncated-zip'
  /** The zip's end record or central directory is there but damaged. */
  | 'damaged-zip'
  /** The zip lists more entries than any release could hold. */
  | 'too-many-entries'
  /** The zip reader failed in a way the app does not know; the message carries its words. */
  | 'unrecognised-zip'
  /** The zip holds no files. */
  | 'empty-archive'
  /** A Combined package (one `sip.ld` for every model) instead of the Split one. */
  | 'combined-package'
  /** Nothing that looks like a firmware image anywhere in the archive. */
  | 'no-images'
  /** The entries the app needs are password-protected. */
  | 'encrypted'
  /** An entry uses a compression method other than stored or deflate. */
  | 'unsupported-compression'
  /** An entry's bytes do not match its CRC-32 or size (or fail to inflate). */
  | 'corrupt-entry'
  /** An entry's local header disagrees with the central directory (name, sizes, CRC, method). */
  | 'entry-header-mismatch'
  /** Two entries the app reads claim the same bytes of the archive. */
  | 'overlapping-entries'
  /** A release zip inside the archive is deflated and there is no disk space (OPFS) to unpack it. */
  | 'nested-zip-needs-storage'
  /** The file could not be read (moved, deleted or changed while the app worked on it). */
  | 'read-failed'
  /** Writing the output failed (disk full, permission lost, folder removed). */
  | 'write-failed'
  /** A ucs.xml that does not parse or does not follow the custom-server schema. */
  | 'manifest-invalid';

/** An error the app expects and can explain. `file` names the archive entry or output file concerned. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly file: string | undefined;

  constructor(code: ErrorCode, message: string, options: { file?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.file = options.file;
  }
}

/** True for the error a cancelled operation ends with: a cancel is silent, not a failure. */
export function isAbortError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    (error as { name: unknown }).name === 'AbortError'
  );
}

/**
 * True for a failure to read the user's file itself (moved, deleted or changed on disk), as
 * opposed to bad bytes in it: the only failures reported as `read-failed`.
 */
export function isReadFailure(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'NotReadableError' || error.name === 'NotFoundError')
  );
}
