import { AppError } from '../../core/errors.ts';
import {
  readVerified,
  type BytesSource,
  type VerifiedBytes,
} from '../../core/export/verified-bytes.ts';
import { writeWholeFile } from './write-whole.ts';

/**
 * Reads whole files, verifies them (size, CRC-32) and hashes them (SHA-256), on this thread or in
 * workers. Every method throws what `readVerified` throws (AppError `corrupt-entry` or
 * `read-failed` naming the file, an AbortError).
 */
export interface ContentEngine {
  /** The verified bytes and their SHA-256. */
  read(source: BytesSource, signal?: AbortSignal): Promise<VerifiedBytes>;
  /** Only the SHA-256 of the verified bytes, which are dropped. */
  check(source: BytesSource, signal?: AbortSignal): Promise<string>;
  /**
   * Writes the verified bytes into `target` (an origin-private file) and returns their SHA-256;
   * on failure `target` may hold part of them (the caller removes it). Also throws AppError
   * `write-failed`.
   */
  stage(source: BytesSource, target: FileSystemFileHandle, signal?: AbortSignal): Promise<string>;
  /** Starts the workers, if any, ahead of the first job: it need not wait for them then. */
  warmUp(): void;
  /** Stops the workers, if any. */
  dispose(): void;
}

/**
 * True for an error saying a file cannot be written from where the engine runs, rather than that
 * the disk failed: a file handle the engine cannot send to a worker (`DataCloneError`), or
 * synchronous access listed but refused in the worker (`NotSupportedError`). The file is then
 * written from the page instead.
 */
export function isStagingRefusal(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'DataCloneError' || name === 'NotSupportedError';
}

/** Writes verified bytes into `target`; a refusal passes as it is, other failures are `write-failed`. */
export async function writeVerified(
  target: FileSystemFileHandle,
  { bytes }: VerifiedBytes,
  file: string,
): Promise<void> {
  try {
    await writeWholeFile(target, bytes);
  } catch (error) {
    if (isStagingRefusal(error)) throw error;
    throw new AppError('write-failed', `Could not write ${file}.`, { file, cause: error });
  }
}

/** The engine without workers: everything on the calling thread (also what each worker runs). */
export function createInThreadEngine(): ContentEngine {
  return {
    read: readVerified,
    check: async (source, signal) => (await readVerified(source, signal)).sha256,
    async stage(source, target, signal) {
      const verified = await readVerified(source, signal);
      await writeVerified(target, verified, source.file);
      return verified.sha256;
    },
    warmUp() {},
    dispose() {},
  };
}
