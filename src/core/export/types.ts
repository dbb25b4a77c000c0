/** The bytes of one output file and the checksum they must match. */
export interface OutputContent {
  readonly size: number;
  /** Expected CRC-32 (unsigned). */
  readonly crc32: number;
  /**
   * Streams the bytes. The stream errors with an AppError `corrupt-entry` (naming the file) when
   * the bytes do not match `crc32`; the error arrives at the end, so whatever consumed the bytes
   * must be thrown away. May be called more than once.
   */
  stream(signal?: AbortSignal): ReadableStream<Uint8Array>;
  /**
   * Set when the bytes already sit in a Blob (a stored entry's slice of the source file, or
   * generated text). A sink may reference it instead of copying, after draining `stream()` once
   * to verify it.
   */
  readonly blob?: Blob;
  /**
   * Set instead of `blob` when finding that Blob takes a read (a stored archive entry: its local
   * header gives where the data starts). Resolves to what `blob` would have been; the same rules
   * apply (drain `stream()` once to verify before referencing it).
   */
  readonly locateBlob?: () => Promise<Blob>;
  /**
   * Set for a deflated archive entry: resolves to a Blob holding the bytes as one gzip member
   * (the raw deflate data framed with the expected CRC-32 and size), so they can be inflated and
   * checked natively, in a worker, without streaming through this thread.
   */
  readonly locateGzip?: () => Promise<Blob>;
  /**
   * The name errors about these bytes carry (`corrupt-entry`, `read-failed`): the archive
   * entry's path for an archive entry. The output path when absent.
   */
  readonly sourceName?: string;
}

/** One file of the ready-to-upload folder. */
export interface OutputFile {
  /**
   * Path relative to the output folder, `/`-separated, built only from canonical names
   * (`3111-44500-001.sip.ld`, `sip.ver`, `ucs.xml`, a version folder): never from archive paths.
   */
  readonly path: string;
  readonly content: OutputContent;
}

/** What a sink reports for each file it wrote. */
export interface WrittenFile {
  readonly path: string;
  readonly size: number;
  /** Lower-case hex SHA-256 of the bytes written. */
  readonly sha256: string;
}

export interface ExportProgress {
  /** Bytes that reached the destination (or were checked, for a zip that references them). */
  readonly bytesDone: number;
  readonly bytesTotal: number;
  /**
   * Path of the output file being written: the earliest started whose bytes have not all
   * arrived (once all have, the one started last).
   */
  readonly currentFile: string;
  /**
   * Every file is in and the output is being made final: from here on a cancel can no longer
   * undo it.
   */
  readonly finishing: boolean;
}
