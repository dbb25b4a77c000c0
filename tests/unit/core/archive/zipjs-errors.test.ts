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
import { describe, expect, it } from 'vitest';
import { needsFileFacts, toAppError } from '../../../../src/core/archive/zipjs-errors.ts';
import { AppError } from '../../../../src/core/errors.ts';

const zipStart = { startsLikeZip: true, size: 1000 };
const otherStart = { startsLikeZip: false, size: 1000 };

function codeOf(error: unknown, facts?: { startsLikeZip: boolean; size: number }): string {
  const mapped = toAppError(error, { file: 'release.zip', facts });
  if (!(mapped instanceof AppError)) throw new Error('not an AppError');
  return mapped.code;
}

describe('toAppError', () => {
  it.each([
    [ERR_BAD_FORMAT, zipStart, 'damaged-zip'],
    [ERR_EOCDR_LOCATOR_ZIP64_NOT_FOUND, zipStart, 'damaged-zip'],
    [ERR_CENTRAL_DIRECTORY_NOT_FOUND, zipStart, 'damaged-zip'],
    [ERR_EXTRAFIELD_ZIP64_NOT_FOUND, zipStart, 'damaged-zip'],
    [ERR_AMBIGUOUS_ARCHIVE, zipStart, 'damaged-zip'],
    [ERR_UNSUPPORTED_UINT64, zipStart, 'damaged-zip'],
    [ERR_ENCRYPTED_CENTRAL_DIRECTORY, zipStart, 'encrypted'],
    [ERR_EOCDR_NOT_FOUND, zipStart, 'truncated-zip'],
    [ERR_EOCDR_NOT_FOUND, otherStart, 'not-a-zip'],
    [ERR_BAD_FORMAT, { startsLikeZip: true, size: 10 }, 'truncated-zip'],
    [ERR_BAD_FORMAT, { startsLikeZip: false, size: 0 }, 'not-a-zip'],
    [ERR_SPLIT_ZIP_FILE, zipStart, 'damaged-zip'],
    [ERR_SPLIT_ZIP_FILE, otherStart, 'truncated-zip'],
    ['something zip.js never said before', zipStart, 'unrecognised-zip'],
  ])('%s (%o) → %s, keeping the original as cause', (message, facts, code) => {
    const original = new Error(message);
    const mapped = toAppError(original, { file: 'release.zip', facts });
    expect(mapped).toBeInstanceOf(AppError);
    expect((mapped as AppError).code).toBe(code);
    expect((mapped as AppError).file).toBe('release.zip');
    expect((mapped as AppError).cause).toBe(original);
  });

  it('says read-failed only when the file itself could not be read', () => {
    expect(codeOf(new DOMException('gone', 'NotReadableError'))).toBe('read-failed');
    expect(codeOf(new DOMException('gone', 'NotFoundError'))).toBe('read-failed');
    expect(codeOf(new RangeError('Offset is outside the bounds of the DataView'))).toBe(
      'unrecognised-zip',
    );
    expect(codeOf('a thrown string')).toBe('unrecognised-zip');
  });

  it('asks for the file facts only where they decide the code', () => {
    expect(needsFileFacts(new Error(ERR_EOCDR_NOT_FOUND))).toBe(true);
    expect(needsFileFacts(new Error(ERR_SPLIT_ZIP_FILE))).toBe(true);
    expect(needsFileFacts(new Error(ERR_CENTRAL_DIRECTORY_NOT_FOUND))).toBe(false);
  });

  it('passes an abort and an AppError through unchanged', () => {
    const abort = new DOMException('The operation was aborted', 'AbortError');
    const appError = new AppError('write-failed', 'disk full');
    expect(toAppError(abort)).toBe(abort);
    expect(toAppError(appError)).toBe(appError);
  });
});
