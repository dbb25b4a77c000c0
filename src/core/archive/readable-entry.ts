import { AppError } from '../errors.ts';
import { METHOD_DEFLATE, METHOD_STORED } from './zip-format.ts';
import type { ArchiveEntry } from './types.ts';

/**
 * Refuses an entry the app cannot read as it lies. Password-protected entries are refused rather
 * than asked for: genuine Poly downloads are signed, not encrypted, so an encrypted release was
 * repacked by someone, and supporting it would mean a password prompt plus decrypting every
 * image instead of copying its bytes.
 *
 * @throws AppError `encrypted`, or `unsupported-compression` (neither stored nor deflate).
 */
export function assertReadable(entry: ArchiveEntry): void {
  const file = entry.path;
  if (entry.encrypted) {
    throw new AppError('encrypted', `${file} is password-protected.`, { file });
  }
  if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATE) {
    throw new AppError(
      'unsupported-compression',
      `${file} uses compression method ${entry.method}; only stored and deflate are supported.`,
      { file },
    );
  }
}
