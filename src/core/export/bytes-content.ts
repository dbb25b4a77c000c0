import { crc32 } from '../checksum/crc32.ts';
import type { GeneratedContent } from './types.ts';

/**
 * Content for a file the app generates (ucs.xml, README.txt, SHA256SUMS…). The bytes are copied
 * into a Blob once, so later changes to `bytes` do not leak into the output.
 */
export function bytesContent(bytes: Uint8Array<ArrayBuffer>): GeneratedContent {
  return { kind: 'generated', size: bytes.length, crc32: crc32(bytes), blob: new Blob([bytes]) };
}

/** Content for generated text, encoded as UTF-8 without a byte order mark. */
export function textContent(text: string): GeneratedContent {
  return bytesContent(new TextEncoder().encode(text));
}
