import type { OutputFile } from './types.ts';

/** One output file's bytes, in a Blob a sink can place, with their checksums. */
export interface PreparedFile {
  /** Path in the output, `/`-separated. */
  readonly path: string;
  readonly size: number;
  /** CRC-32 of the bytes (unsigned), checked: the zip's directory records it. */
  readonly crc32: number;
  readonly blob: Blob;
  /**
   * The bytes' SHA-256 (lower-case hex), once they are verified; rejects when they are not. A
   * Blob that already holds the bytes (a slice of the release) may be placed while its check
   * still runs: the export commits only once every file's check has passed.
   */
  readonly sha256: Promise<string>;
  /**
   * Frees what backs `blob` (a staged file) once the sink holds its own copy. A sink that goes
   * on referencing `blob` (a zip) never calls it. Never throws.
   */
  release(): Promise<void>;
}

/**
 * Makes one file's bytes and starts, or finishes, their check and hash.
 *
 * @throws AppError `corrupt-entry` or `read-failed` naming the file, `write-failed` when staging
 *   is refused, an AbortError when `signal` aborts; on any failure nothing is left staged.
 */
export type PrepareFile = (file: OutputFile, signal?: AbortSignal) => Promise<PreparedFile>;

/**
 * Where an export's files go (a folder, a zip). A sink is all-or-nothing: a placed file becomes
 * final only at `commit`, which comes once every file is verified; `abort` undoes everything.
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
