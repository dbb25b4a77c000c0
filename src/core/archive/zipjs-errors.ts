import {
  ERR_AMBIGUOUS_ARCHIVE,
  ERR_BAD_FORMAT,
  ERR_CENTRAL_DIRECTORY_NOT_FOUND,
  ERR_ENCRYPTED,
  ERR_ENCRYPTED_CENTRAL_DIRECTORY,
  ERR_ENTRY_DATA_OUT_OF_BOUNDS,
  ERR_EOCDR_LOCATOR_ZIP64_NOT_FOUND,
  ERR_EOCDR_NOT_FOUND,
  ERR_EXTRAFIELD_ZIP64_NOT_FOUND,
  ERR_INVALID_AUTHENTICATION_CODE,
  ERR_INVALID_COMPRESSED_DATA,
  ERR_INVALID_CRC32,
  ERR_INVALID_PASSWORD,
  ERR_INVALID_UNCOMPRESSED_SIZE,
  ERR_LOCAL_FILE_HEADER_NOT_FOUND,
  ERR_OVERLAPPING_ENTRY,
  ERR_RESERVED_COMPRESSION_METHOD,
  ERR_SPLIT_ZIP_FILE,
  ERR_UNSUPPORTED_COMPRESSION,
  ERR_UNSUPPORTED_ENCRYPTION,
} from '@zip.js/zip.js';
import { AppError, isAbortError, type ErrorCode } from '../errors.ts';

/**
 * Messages zip.js throws when it cannot make sense of the archive's structure. Whether that means
 * "not a zip" or "cut short" depends on how the file starts, which only the caller can check.
 */
const STRUCTURE_ERRORS = new Set<string>([
  ERR_BAD_FORMAT,
  ERR_EOCDR_NOT_FOUND,
  ERR_EOCDR_LOCATOR_ZIP64_NOT_FOUND,
  ERR_CENTRAL_DIRECTORY_NOT_FOUND,
  ERR_EXTRAFIELD_ZIP64_NOT_FOUND,
  ERR_AMBIGUOUS_ARCHIVE,
  // Only the last part of a multi-part zip reached us: as unusable as a cut-off download.
  ERR_SPLIT_ZIP_FILE,
]);

const CODE_BY_MESSAGE = new Map<string, ErrorCode>([
  [ERR_ENCRYPTED, 'encrypted'],
  [ERR_INVALID_PASSWORD, 'encrypted'],
  [ERR_UNSUPPORTED_ENCRYPTION, 'encrypted'],
  [ERR_ENCRYPTED_CENTRAL_DIRECTORY, 'encrypted'],
  [ERR_UNSUPPORTED_COMPRESSION, 'unsupported-compression'],
  [ERR_RESERVED_COMPRESSION_METHOD, 'unsupported-compression'],
  [ERR_INVALID_CRC32, 'corrupt-entry'],
  [ERR_INVALID_COMPRESSED_DATA, 'corrupt-entry'],
  [ERR_INVALID_UNCOMPRESSED_SIZE, 'corrupt-entry'],
  [ERR_INVALID_AUTHENTICATION_CODE, 'corrupt-entry'],
  [ERR_LOCAL_FILE_HEADER_NOT_FOUND, 'corrupt-entry'],
  [ERR_ENTRY_DATA_OUT_OF_BOUNDS, 'corrupt-entry'],
  [ERR_OVERLAPPING_ENTRY, 'corrupt-entry'],
]);

function messageOf(error: unknown): string | undefined {
  return error instanceof Error ? error.message : undefined;
}

/** True when zip.js failed to find or parse the archive's directory (see `toAppError`). */
export function isArchiveStructureError(error: unknown): boolean {
  const message = messageOf(error);
  return message !== undefined && STRUCTURE_ERRORS.has(message);
}

/**
 * Translates whatever zip.js (or the Blob under it) threw into the app's own error, keeping the
 * original as `cause`. An abort is returned unchanged so it stays silent; an AppError passes
 * through. Structure errors become `structureCode` (default `not-a-zip`); anything unrecognised
 * is a `read-failed`, since Blob reads fail that way when the file changes underneath.
 */
export function toAppError(
  error: unknown,
  options: { file?: string; structureCode?: 'not-a-zip' | 'truncated-zip' } = {},
): unknown {
  if (isAbortError(error) || error instanceof AppError) return error;
  const message = messageOf(error) ?? String(error);
  const code: ErrorCode = isArchiveStructureError(error)
    ? (options.structureCode ?? 'not-a-zip')
    : (CODE_BY_MESSAGE.get(message) ?? 'read-failed');
  return new AppError(code, message, { file: options.file, cause: error });
}
