import {
  ERR_AMBIGUOUS_ARCHIVE,
  ERR_BAD_FORMAT,
  ERR_CENTRAL_DIRECTORY_NOT_FOUND,
  ERR_ENCRYPTED_CENTRAL_DIRECTORY,
  ERR_EOCDR_LOCATOR_ZIP64_NOT_FOUND,
  ERR_EOCDR_NOT_FOUND,
  ERR_EXTRAFIELD_ZIP64_NOT_FOUND,
  ERR_SPLIT_ZIP_FILE,
  ERR_UNSUPPORTED_UINT64,
} from '@zip.js/zip.js';
import { AppError, isAbortError, isReadFailure, type ErrorCode } from '../errors.ts';

/**
 * What zip.js can throw while listing (the app reads entry data itself, so the messages of
 * `Entry.getData` never reach it), by what the evidence shows.
 */
const CODE_BY_MESSAGE = new Map<string, 'damaged-zip' | 'encrypted' | 'end-missing'>([
  // No end record at all: the end of the file is missing (or it never was a zip).
  [ERR_EOCDR_NOT_FOUND, 'end-missing'],
  // An end record was found, but what it or the directory says cannot be right.
  [ERR_BAD_FORMAT, 'damaged-zip'],
  [ERR_EOCDR_LOCATOR_ZIP64_NOT_FOUND, 'damaged-zip'],
  [ERR_CENTRAL_DIRECTORY_NOT_FOUND, 'damaged-zip'],
  [ERR_EXTRAFIELD_ZIP64_NOT_FOUND, 'damaged-zip'],
  [ERR_AMBIGUOUS_ARCHIVE, 'damaged-zip'],
  // A ZIP64 size or offset past 2^53: no file is that large, so the field is damaged.
  [ERR_UNSUPPORTED_UINT64, 'damaged-zip'],
  [ERR_ENCRYPTED_CENTRAL_DIRECTORY, 'encrypted'],
]);

/** Shorter than an end record: zip.js says "bad format", but the end is simply missing. */
const END_RECORD_LENGTH = 22;

/** What the caller knows about the file, which decides between the codes zip.js cannot tell. */
export interface ListedFileFacts {
  /** The file begins with a local header signature, as every zip writer's output does. */
  readonly startsLikeZip: boolean;
  readonly size: number;
}

/** True when telling what a listing failure means needs {@link ListedFileFacts}. */
export function needsFileFacts(error: unknown): boolean {
  const message = messageOf(error);
  return (
    message === ERR_EOCDR_NOT_FOUND || message === ERR_SPLIT_ZIP_FILE || message === ERR_BAD_FORMAT
  );
}

function messageOf(error: unknown): string | undefined {
  return error instanceof Error ? error.message : undefined;
}

function codeFor(message: string, facts: ListedFileFacts | undefined): ErrorCode {
  if (message === ERR_SPLIT_ZIP_FILE) {
    // One part of a multi-part zip (it starts mid-data) is incomplete; a zip that starts like
    // one and still claims other parts has damaged disk numbers in its end record.
    return facts?.startsLikeZip ? 'damaged-zip' : 'truncated-zip';
  }
  const tooShort = facts !== undefined && facts.size < END_RECORD_LENGTH;
  const code = tooShort ? 'end-missing' : CODE_BY_MESSAGE.get(message);
  if (code === 'end-missing') return facts?.startsLikeZip ? 'truncated-zip' : 'not-a-zip';
  return code ?? 'unrecognised-zip';
}

/**
 * Translates whatever listing with zip.js (or the Blob under it) threw into the app's own error,
 * keeping the original as `cause`. An abort is returned unchanged so it stays silent; an AppError
 * passes through. Only a failure to read the file itself is `read-failed`; a message the app
 * does not know is `unrecognised-zip`, carrying zip.js's words.
 */
export function toAppError(
  error: unknown,
  options: { file?: string; facts?: ListedFileFacts } = {},
): unknown {
  if (isAbortError(error) || error instanceof AppError) return error;
  const message = messageOf(error) ?? String(error);
  const code = isReadFailure(error) ? 'read-failed' : codeFor(message, options.facts);
  return new AppError(code, message, { file: options.file, cause: error });
}
