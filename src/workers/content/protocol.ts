import { AppError, type ErrorCode } from '../../core/errors.ts';
import type { BytesSource } from '../../core/export/verified-bytes.ts';

/**
 * What the content worker is asked: `read` returns the verified bytes (transferred), `check`
 * only their SHA-256, `stage` writes them into `target` (an origin-private file) and returns the
 * SHA-256, or, where the engine refuses the worker that write, the bytes too, for the page to
 * write.
 */
export type ContentJob =
  | { readonly op: 'read' | 'check'; readonly source: BytesSource }
  | { readonly op: 'stage'; readonly source: BytesSource; readonly target: FileSystemFileHandle };

/** A job as sent: the id pairs it with its reply. */
export type ContentRequest = ContentJob & { readonly id: number };

export type ContentReply =
  | {
      readonly id: number;
      readonly ok: true;
      readonly sha256: string;
      readonly bytes?: Uint8Array<ArrayBuffer>;
    }
  | { readonly id: number; readonly ok: false; readonly error: SentError };

/** An error as data: structured cloning would lose an AppError's class and code. */
export interface SentError {
  readonly name: string;
  readonly message: string;
  readonly code?: ErrorCode;
  readonly file?: string;
}

export function toSentError(error: unknown): SentError {
  if (error instanceof AppError) {
    return { name: error.name, message: error.message, code: error.code, file: error.file };
  }
  if (error instanceof Error || error instanceof DOMException) {
    return { name: error.name, message: error.message };
  }
  return { name: 'Error', message: String(error) };
}

/** The error the worker met, rebuilt on this side: AppErrors keep their code and file. */
export function fromSentError(sent: SentError): Error {
  if (sent.code) return new AppError(sent.code, sent.message, { file: sent.file });
  const error = new Error(sent.message);
  error.name = sent.name;
  return error;
}
