import type { OutputFile, WrittenFile } from './types.ts';

/**
 * Where an export's files go (a folder, a zip). A sink is all-or-nothing: `write` stages a file
 * that becomes final only at `commit`; `abort` undoes everything staged.
 */
export interface OutputSink {
  /**
   * Stages one file, reading its content once. Reports bytes as they are done with (read and
   * checked, or copied into the destination, which may be after `write` resolved, until
   * `commit` or `abort` resolves) and returns the size and SHA-256 computed from that same pass.
   *
   * @throws whatever the content stream errors with (AppError `corrupt-entry`, an AbortError…),
   *   or AppError `write-failed` when the destination refuses the bytes.
   */
  write(
    file: OutputFile,
    options: { signal?: AbortSignal; onBytes: (n: number) => void },
  ): Promise<WrittenFile>;
  /**
   * Makes every staged file final, in the order written. Calls `onFinishing` at the point of no
   * return: before it, a cancel (`signal`) still undoes everything; after it, nothing is undone.
   */
  commit(signal?: AbortSignal, onFinishing?: () => void): Promise<void>;
  /** Discards every staged file and leaves the destination as it was. Never throws. */
  abort(): Promise<void>;
}
