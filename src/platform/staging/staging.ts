/**
 * Somewhere to keep the bytes of inflated images while an export runs, so a sink can take them
 * as a Blob: the origin-private file system (on disk) where the browser offers what it needs,
 * memory otherwise.
 */
export interface Staging {
  /** Where the staged bytes live: on disk (OPFS) or in memory (the caller warns on size). */
  readonly where: 'disk' | 'memory';
  /**
   * Stores `stream` under `name` and returns it as a Blob backed by the staging. On any failure
   * (the stream's own error, a cancel, a full disk) nothing is kept and the error is rethrown.
   */
  put(name: string, stream: ReadableStream<Uint8Array>, signal?: AbortSignal): Promise<Blob>;
  /**
   * An empty file under `name`, for a worker to fill straight to disk; undefined where staging
   * is memory. Read it back with `getFile()`; `drop(name)` removes it.
   */
  file(name: string): Promise<FileSystemFileHandle | undefined>;
  /** Drops what was staged under `name`, once nothing reads it any more. Never throws. */
  drop(name: string): Promise<void>;
  /** Drops everything staged. Blobs returned earlier must not be read afterwards. Never throws. */
  clear(): Promise<void>;
}
