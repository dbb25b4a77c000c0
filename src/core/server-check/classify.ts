import type { BodySummary } from './read-body.ts';
import type { FileRole, FileVerdict, ServerAnswer } from './types.ts';

/** What the admin expects of one file; no checksum means only "is it served" can be said. */
export interface Expectation {
  readonly role: FileRole;
  readonly size?: number;
  readonly sha256?: string;
}

/** The media type without parameters, lower-case: `Text/XML; charset=utf-8` → `text/xml`. */
export function mediaType(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const XML_TYPES = new Set(['text/xml', 'application/xml']);

/**
 * The type a server should send when the one it sent is a problem, else undefined. ucs.xml must
 * be XML. An image sent as text may be compressed or re-encoded on the way, which a phone does
 * not undo. sip.ver and SHA256SUMS are read as text whatever their type (nginx and Apache send
 * unknown extensions as application/octet-stream or without a type).
 */
export function expectedTypeIfWrong(role: FileRole, contentType: string): string | undefined {
  const type = mediaType(contentType);
  if (role === 'manifest' && !XML_TYPES.has(type)) return 'text/xml';
  if (role === 'image' && type.startsWith('text/')) return 'application/octet-stream';
  return undefined;
}

/**
 * The verdict the answer gives before any byte is read, or undefined when the body must be read
 * (a 2xx answer from the address asked). A redirect is reported even when it leads to the file:
 * phones are not known to follow one, and it often leads from HTTP to HTTPS.
 */
export function verdictBeforeBody(
  answer: Extract<ServerAnswer, { kind: 'answered' }>,
): FileVerdict | undefined {
  if (answer.redirectedTo !== undefined) return { code: 'redirected', to: answer.redirectedTo };
  const status = answer.httpStatus;
  if (status === 404 || status === 410) return { code: 'missing', httpStatus: status };
  if (status < 200 || status > 299) return { code: 'http-error', httpStatus: status };
  return undefined;
}

/**
 * The verdict for a body read in full (or to one byte past the expected size), in the order a
 * phone meets the problems: a page instead of the file, other bytes, then an unfit type.
 */
export function verdictOfBody(
  contentType: string,
  body: BodySummary,
  expected: Expectation,
): FileVerdict {
  if (HTML_TYPES.has(mediaType(contentType)) || body.looksLikeHtml) {
    return { code: 'web-page', contentType };
  }
  const sizeDiffers = expected.size !== undefined && body.size !== expected.size;
  if (expected.sha256 !== undefined && (sizeDiffers || body.sha256 !== expected.sha256)) {
    return { code: 'different', size: body.size, expectedSize: expected.size };
  }
  const expectedType = expectedTypeIfWrong(expected.role, contentType);
  if (expectedType !== undefined) return { code: 'wrong-type', contentType, expectedType };
  return expected.sha256 !== undefined
    ? { code: 'identical', size: body.size }
    : { code: 'found', size: body.size };
}

/** True when the phone can use the file as it is served (its type may still deserve a fix). */
export function isUsable(verdict: FileVerdict): boolean {
  return verdict.code === 'identical' || verdict.code === 'found' || verdict.code === 'wrong-type';
}
