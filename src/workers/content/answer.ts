import type { ContentEngine } from './engine.ts';
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
    const sha256 =
      request.op === 'stage'
        ? await engine.stage(request.source, request.target)
        : await engine.check(request.source);
    return { reply: { id, ok: true, sha256 }, transfer: [] };
  } catch (error) {
    return { reply: { id, ok: false, error: toSentError(error) }, transfer: [] };
  }
}
