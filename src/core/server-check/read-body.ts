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

export function startsLikeHtml(head: Uint8Array): boolean {
  const text = new TextDecoder().decode(head.subarray(0, SNIFF_BYTES)).replace(/^\uFEFF/, '');
  return /^\s*<(?:!doctype\s+html|html[\s>])/i.test(text);
}

/**
 * Streams a body through SHA-256 without holding it (images can be a gigabyte), unless `keep`.
 * Cancels the stream once past `limit`, and on abort (then rejects with the abort reason).
 */
export async function readBody(
  body: ReadableStream<Uint8Array> | null,
  options: ReadBodyOptions,
): Promise<BodySummary> {
  const hash = createSha256();
  const kept: Uint8Array[] = [];
  let head: Uint8Array = new Uint8Array(0);
  let size = 0;
  const reader = body?.getReader();
  const stop = () => void reader?.cancel().catch(() => undefined);
  options.signal.addEventListener('abort', stop, { once: true });
  try {
    while (reader) {
      const { done, value } = await reader.read();
      options.signal.throwIfAborted();
      if (done) break;
      if (head.length < SNIFF_BYTES) head = concat([head, value.subarray(0, SNIFF_BYTES)]);
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
    bytes: options.keep ? concat(kept) : undefined,
  };
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
