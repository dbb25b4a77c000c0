import { AppError, isAbortError } from '../errors.ts';

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
