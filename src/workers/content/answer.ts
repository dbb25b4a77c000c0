import { isStagingRefusal, writeVerified, type ContentEngine } from './engine.ts';
import { toSentError, type ContentReply, type ContentRequest } from './protocol.ts';

/**
 * The content worker's answer to one request, done by `engine` (the in-thread engine, run inside
 * the worker): the reply, and the buffers to transfer with it.
 */
export async function answerContentRequest(
  request: ContentRequest,
  engine: ContentEngine,
): Promise<{ reply: ContentReply; transfer: Transferable[] }> {
  const { id } = request;
  try {
    if (request.op === 'read') {
      const { bytes, sha256 } = await engine.read(request.source);
      return { reply: { id, ok: true, sha256, bytes }, transfer: [bytes.buffer] };
    }
    if (request.op === 'stage') {
      const verified = await engine.read(request.source);
      const { bytes, sha256 } = verified;
      try {
        await writeVerified(request.target, verified, request.source.file);
        return { reply: { id, ok: true, sha256 }, transfer: [] };
      } catch (error) {
        if (!isStagingRefusal(error)) throw error;
        // The engine lets this worker verify but not write the file: the page writes the bytes,
        // which need not be made a second time.
        return { reply: { id, ok: true, sha256, bytes }, transfer: [bytes.buffer] };
      }
    }
    const sha256 = await engine.check(request.source);
    return { reply: { id, ok: true, sha256 }, transfer: [] };
  } catch (error) {
    return { reply: { id, ok: false, error: toSentError(error) }, transfer: [] };
  }
}
