import { AppError, isAbortError } from '../../core/errors.ts';

/**
 * Runs one file system step; a failure of the destination itself (disk full, permission lost,
 * folder removed) becomes AppError `write-failed` naming the file. AppErrors and cancels pass.
 */
export async function writeStep<T>(file: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof AppError || isAbortError(error)) throw error;
    throw new AppError('write-failed', `Could not write ${file}.`, { file, cause: error });
  }
}

/** True for the error a file system lookup gives when the name does not exist. */
export function isNotFound(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'NotFoundError';
}

/** True for the error a lookup gives when the name exists as the other kind (file vs folder). */
export function isTypeMismatch(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'TypeMismatchError';
}
