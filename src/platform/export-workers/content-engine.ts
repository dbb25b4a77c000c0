import {
  readVerified,
  type BytesSource,
  type VerifiedBytes,
} from '../../core/export/verified-bytes.ts';
import { writeStep } from '../sinks/write-errors.ts';
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
   * Writes the verified bytes into `target` and returns their SHA-256; on failure `target`
   * may hold part of them (the caller removes it). Also throws AppError `write-failed`.
   */
  stage(source: BytesSource, target: FileSystemFileHandle, signal?: AbortSignal): Promise<string>;
  /** Stops the workers, if any. */
  dispose(): void;
}

/** The engine without workers: everything on the calling thread. */
export function createInThreadEngine(): ContentEngine {
  return {
    read: readVerified,
    check: async (source, signal) => (await readVerified(source, signal)).sha256,
    async stage(source, target, signal) {
      const { bytes, sha256 } = await readVerified(source, signal);
      await writeStep(source.file, () => writeWholeFile(target, bytes));
      return sha256;
    },
    dispose() {},
  };
}
