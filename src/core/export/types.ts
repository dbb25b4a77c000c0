import type { EntryContent } from '../archive/entry-content.ts';

/** Bytes the app made itself (ucs.xml, README.txt, SHA256SUMS…), already in a Blob. */
export interface GeneratedContent {
  readonly kind: 'generated';
  readonly size: number;
  /** CRC-32 of the bytes (unsigned), for the zip's directory. */
  readonly crc32: number;
  readonly blob: Blob;
}

/**
 * Where one output file's bytes come from: a slice of the release (a stored entry), a deflated
 * entry of the release, or bytes the app generated.
 */
export type OutputContent = EntryContent | GeneratedContent;

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
