import type { OutputFile, WrittenFile } from './types.ts';

/**
 * Where an export's files go (a folder, a zip). A sink is all-or-nothing: `write` stages a file
 * that becomes final only at `commit`; `abort` undoes everything staged.
 */
export interface OutputSink {
  /**
   * Stages one file, reading its content once. Reports bytes as they reach the destination
   * (possibly after `write` resolved, until `commit` resolves) and returns the size and SHA-256
   * computed from that same pass.
   *
   * @throws whatever the content stream errors with (AppError `corrupt-entry`, an AbortError…),
   *   or AppError `write-failed` when the destination refuses the bytes.
   */
  write(
    file: OutputFile,
    options: { signal?: AbortSignal; onBytes: (n: number) => void },
  ): Promise<WrittenFile>;
  /** Makes every staged file final, in the order written. */
  commit(signal?: AbortSignal): Promise<void>;
  /** Discards every staged file and leaves the destination as it was. Never throws. */
  abort(): Promise<void>;
}
