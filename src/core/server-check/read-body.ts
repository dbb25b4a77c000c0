import { createSha256 } from '../checksum/sha256.ts';

/** What was learnt from reading a body to its end, or to one byte past the size expected. */
export interface BodySummary {
  readonly size: number;
  /** Lower-case hex; of the bytes read, so it cannot match when the read stopped early. */
  readonly sha256: string;
  /** The first bytes are an HTML document: a server's error page or listing, not the file. */
  readonly looksLikeHtml: boolean;
  /** The whole body, when `keep` was asked for and it fitted. */
  readonly bytes: Uint8Array | undefined;
}

export interface ReadBodyOptions {
  /** Stop reading once more than this many bytes arrived (an image larger than expected). */
  readonly limit?: number;
  /** Keep the bytes (small text files: ucs.xml, SHA256SUMS, sip.ver). */
  readonly keep?: boolean;
  readonly signal: AbortSignal;
  onBytes(count: number): void;
}

/** Enough of the start of a body to see `<!DOCTYPE html` or `<html` after a BOM and blanks. */
const SNIFF_BYTES = 512;

function startsLikeHtml(head: string): boolean {
  return /^\uFEFF?\s*<(?:!doctype\s+html|html[\s>])/i.test(head);
}

/**
 * Streams a body through SHA-256 without holding it (images can be a gigabyte), unless `keep`.
 * Cancels the stream once past `limit`, and on abort (then rejects with the abort reason).
 */
export async function readBody(
  body: ReadableStream<Uint8Array<ArrayBuffer>> | null,
  options: ReadBodyOptions,
): Promise<BodySummary> {
  const hash = createSha256();
  const kept: Uint8Array<ArrayBuffer>[] = [];
  const headDecoder = new TextDecoder();
  let head = '';
  let size = 0;
  const reader = body?.getReader();
  const stop = () => void reader?.cancel().catch(() => undefined);
  options.signal.addEventListener('abort', stop, { once: true });
  try {
    while (reader) {
      const { done, value } = await reader.read();
      options.signal.throwIfAborted();
      if (done) break;
      if (size < SNIFF_BYTES) {
        head += headDecoder.decode(value.subarray(0, SNIFF_BYTES - size), { stream: true });
      }
      size += value.length;
      hash.update(value);
      if (options.keep) kept.push(value);
      options.onBytes(value.length);
      if (options.limit !== undefined && size > options.limit) {
        stop();
        break;
      }
    }
  } finally {
    options.signal.removeEventListener('abort', stop);
  }
  options.signal.throwIfAborted();
  return {
    size,
    sha256: hash.digestHex(),
    looksLikeHtml: startsLikeHtml(head),
    bytes: options.keep ? new Uint8Array(await new Blob(kept).arrayBuffer()) : undefined,
  };
}
