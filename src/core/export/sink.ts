import type { OutputFile, WrittenFile } from './types.ts';

/** One output file's bytes, verified, in a Blob a sink can place, with their checksums. */
export interface PreparedFile extends WrittenFile {
  /** CRC-32 of the bytes (unsigned), checked: the zip's directory records it. */
  readonly crc32: number;
  readonly blob: Blob;
  /**
   * Frees what backs `blob` (a staged file) once the sink holds its own copy. A sink that goes
   * on referencing `blob` (a zip) never calls it. Never throws.
   */
  release(): Promise<void>;
}

/**
 * Makes one file's verified bytes and hash.
 *
 * @throws AppError `corrupt-entry` or `read-failed` naming the file, `write-failed` when staging
 *   is refused, an AbortError when `signal` aborts; on any failure nothing is left staged.
 */
export type PrepareFile = (file: OutputFile, signal?: AbortSignal) => Promise<PreparedFile>;

/**
 * Where an export's files go (a folder, a zip): it only places bytes already verified. A sink is
 * all-or-nothing: a placed file becomes final only at `commit`; `abort` undoes everything.
 */
export interface OutputSink {
  /**
   * Places `prepared` as file number `index` of the plan. Reports its bytes once they are in the
   * destination, which may be after `place` resolved (until `commit` or `abort` resolves).
   *
   * @throws AppError `write-failed` for an unsafe path or a destination that refuses the bytes,
   *   an AbortError when `signal` aborts.
   */
  place(
    prepared: PreparedFile,
    options: { index: number; signal?: AbortSignal; onBytes: (n: number) => void },
  ): Promise<void>;
  /**
   * Makes every placed file final. Calls `onFinishing` at the point of no return: before it, a
   * cancel (`signal`) still undoes everything; after it, nothing is undone.
   */
  commit(signal?: AbortSignal, onFinishing?: () => void): Promise<void>;
  /** Discards every placed file and leaves the destination as it was. Never throws. */
  abort(): Promise<void>;
}
