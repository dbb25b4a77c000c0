/**
 * Somewhere to put bytes that exist only as a stream (inflated images) so a zip can reference
 * them as a Blob.
 */
export interface Stager {
  /**
   * Stores the stream under `name` and returns it as a Blob. On any failure (the stream's own
   * error, a cancel, a full disk) nothing is kept and the error is rethrown.
   */
  put(name: string, stream: ReadableStream<Uint8Array>, signal?: AbortSignal): Promise<Blob>;
  /** Drops everything staged. Blobs returned earlier must not be read afterwards. */
  clear(): Promise<void>;
}
