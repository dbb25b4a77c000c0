import type { OutputFile } from '../../core/export/types.ts';
import type { BytesSource } from '../../core/export/verified-bytes.ts';

/**
 * Largest file read whole into memory (outside the JS heap) to be checked and hashed natively;
 * with two files in flight an export holds at most twice this. Larger files are streamed.
 */
export const WHOLE_FILE_LIMIT = 128 * 1024 * 1024;

/**
 * Where `file`'s bytes can be read whole from, or undefined when they can only be streamed (too
 * large, or content without a Blob). Locating takes a read of the entry's local header.
 */
export async function wholeFileSource(
  file: OutputFile,
  limit = WHOLE_FILE_LIMIT,
): Promise<BytesSource | undefined> {
  const { content } = file;
  if (content.size > limit) return undefined;
  const expected = {
    size: content.size,
    crc32: content.crc32,
    file: content.sourceName ?? file.path,
  };
  const plain = content.blob ?? (await content.locateBlob?.());
  if (plain) return { kind: 'plain', blob: plain, ...expected };
  const gzip = await content.locateGzip?.();
  if (gzip) return { kind: 'gzip', blob: gzip, ...expected };
  return undefined;
}
