import type { BytesSource } from '../../core/export/verified-bytes.ts';
import type { ContentEngine } from '../export-workers/content-engine.ts';

/**
 * Somewhere to put bytes that exist only as a stream or in memory (inflated images) so a zip can
 * reference them as a Blob.
 */
export interface Stager {
  /**
   * Stores the stream under `name` and returns it as a Blob. On any failure (the stream's own
   * error, a cancel, a full disk) nothing is kept and the error is rethrown.
   */
  put(name: string, stream: ReadableStream<Uint8Array>, signal?: AbortSignal): Promise<Blob>;
  /**
   * Stores `source`'s bytes under `name`, read whole and verified by `engine` (in a worker, the
   * engine may write them straight to disk). Returns the Blob and the bytes' SHA-256. On any
   * failure nothing is kept and the error is rethrown.
   */
  putVerified(
    name: string,
    source: BytesSource,
    engine: ContentEngine,
    signal?: AbortSignal,
  ): Promise<{ blob: Blob; sha256: string }>;
  /** Drops what was staged under `name`, once nothing reads it any more. Never throws. */
  drop(name: string): Promise<void>;
  /** Drops everything staged. Blobs returned earlier must not be read afterwards. */
  clear(): Promise<void>;
}
