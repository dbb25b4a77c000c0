/**
 * Reads `stream` to its end, handing each chunk to `onChunk` (awaited, so a slow consumer holds
 * the source back). On any failure, the consumer's included, the source is cancelled before the
 * error is rethrown: nothing keeps reading for a result nobody wants.
 */
export async function forEachChunk(
  stream: ReadableStream<Uint8Array>,
  onChunk: (chunk: Uint8Array) => void | Promise<void>,
): Promise<void> {
  const reader = stream.getReader();
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      await onChunk(read.value);
    }
  } catch (error) {
    // The source may have failed itself; its cancel then has nothing left to say.
    reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    reader.releaseLock();
  }
}

/** Every byte of `stream`, in one buffer. For small entries only: it is all in memory. */
export async function collectBytes(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await forEachChunk(stream, (chunk) => {
    chunks.push(chunk);
  });
  const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
