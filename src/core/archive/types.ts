/** One file or folder listed in a zip's central directory. Known without reading any data. */
export interface ArchiveEntry {
  /** Full name inside the archive, as stored (forward slashes, never used as an output path). */
  readonly path: string;
  /** The name's bytes in the central directory, as they must also stand in the local header. */
  readonly rawName: Uint8Array;
  /** General-purpose bit flags in the central directory (bit 3: sizes follow the data). */
  readonly flags: number;
  /** Uncompressed size in bytes. */
  readonly size: number;
  readonly compressedSize: number;
  /** 0 = stored, 8 = deflate; anything else is refused when read. */
  readonly method: number;
  /** CRC-32 from the central directory, as an unsigned 32-bit number. */
  readonly crc32: number;
  /** Offset of the entry's local header inside its archive's bytes. */
  readonly localHeaderOffset: number;
  readonly encrypted: boolean;
  readonly directory: boolean;
}

/** A zip archive opened for random access: its bytes stay in the Blob (a File on disk). */
export interface Archive {
  /** The archive's own bytes: the user's File, or a slice/staged copy for a zip inside a zip. */
  readonly bytes: Blob;
  /** Display name: the file name, or `outer.zip › inner.zip` for a nested release. */
  readonly name: string;
  readonly entries: readonly ArchiveEntry[];
}
