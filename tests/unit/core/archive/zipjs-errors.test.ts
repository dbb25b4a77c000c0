import {
  ERR_BAD_FORMAT,
  ERR_ENCRYPTED,
  ERR_EOCDR_NOT_FOUND,
  ERR_INVALID_CRC32,
  ERR_INVALID_PASSWORD,
  ERR_UNSUPPORTED_COMPRESSION,
} from '@zip.js/zip.js';
import { describe, expect, it } from 'vitest';
import { isArchiveStructureError, toAppError } from '../../../../src/core/archive/zipjs-errors.ts';
import { AppError } from '../../../../src/core/errors.ts';

describe('toAppError', () => {
  it.each([
    [ERR_ENCRYPTED, 'encrypted'],
    [ERR_INVALID_PASSWORD, 'encrypted'],
    [ERR_UNSUPPORTED_COMPRESSION, 'unsupported-compression'],
    [ERR_INVALID_CRC32, 'corrupt-entry'],
    [ERR_BAD_FORMAT, 'not-a-zip'],
    [ERR_EOCDR_NOT_FOUND, 'not-a-zip'],
    ['something else entirely', 'read-failed'],
  ])('%s → %s, keeping the original as cause', (message, code) => {
    const original = new Error(message);
    const mapped = toAppError(original, { file: 'a.sip.ld' });
    expect(mapped).toBeInstanceOf(AppError);
    expect((mapped as AppError).code).toBe(code);
    expect((mapped as AppError).file).toBe('a.sip.ld');
    expect((mapped as AppError).cause).toBe(original);
  });

  it('turns a structure error into the code the caller chose', () => {
    const mapped = toAppError(new Error(ERR_EOCDR_NOT_FOUND), { structureCode: 'truncated-zip' });
    expect((mapped as AppError).code).toBe('truncated-zip');
    expect(isArchiveStructureError(new Error(ERR_EOCDR_NOT_FOUND))).toBe(true);
    expect(isArchiveStructureError(new Error(ERR_INVALID_CRC32))).toBe(false);
  });

  it('passes an abort and an AppError through unchanged', () => {
    const abort = new DOMException('The operation was aborted', 'AbortError');
    const appError = new AppError('write-failed', 'disk full');
    expect(toAppError(abort)).toBe(abort);
    expect(toAppError(appError)).toBe(appError);
  });
});
