import { createCrc32 } from './crc32.ts';
import { AppError, isAbortError, isReadFailure } from '../errors.ts';
import { abortError } from '../abort.ts';

/** Watches the bytes going by and throws (an AppError) at the end when they were wrong. */
export interface StreamCheck {
  update(chunk: Uint8Array): void;
  finish(): void;
}

/**
 * What a failure met while reading or inflating `file` means for the admin: the source could
 * not be read any more (`read-failed`), or its bytes do not inflate (`corrupt-entry`).
 */
export function sourceError(file: string, cause: unknown): AppError {
  return isReadFailure(cause)
    ? new AppError('read-failed', `Could not read ${file} from the archive.`, { file, cause })
    : new AppError('corrupt-entry', `${file} could not be inflated.`, { file, cause });
}

/**
 * Checks that exactly `size` bytes go by. A chunk that would pass `size` is refused as it
 * arrives, before anyone buffers, stages or writes it: an entry that inflates far beyond what it
 * declares (a decompression bomb) costs no more than its declared size.
 */
export function sizeCheck(size: number, file?: string): StreamCheck {
  let count = 0;
  return {
    update(chunk) {
      count += chunk.length;
      if (count > size) {
        throw new AppError('corrupt-entry', `More than the ${size} bytes declared.`, { file });
      }
    },
    finish() {
      if (count !== size) {
        throw new AppError('corrupt-entry', `Expected ${size} bytes, got ${count}.`, { file });
      }
    },
  };
}

/** Checks the byte count and the CRC-32 of the bytes going by. */
export function sizeAndCrcCheck(
  expected: { size: number; crc32: number },
  file?: string,
): StreamCheck {
  const size = sizeCheck(expected.size, file);
  const crc = createCrc32();
  return {
    update(chunk) {
      size.update(chunk);
      crc.update(chunk);
    },
    finish() {
      size.finish();
      const actual = crc.digest();
      if (actual !== expected.crc32) {
        const hex = (n: number) => n.toString(16).padStart(8, '0');
        throw new AppError(
          'corrupt-entry',
          `CRC-32 mismatch: expected ${hex(expected.crc32)}, got ${hex(actual)}.`,
          { file },
        );
      }
    },
  };
}

/**
 * Streams the bytes of `open()` (which may first have to look something up) through `check`. The result errors with the AppError `check`
 * throws at the end, with `translateError(error)` for a failure of the source (AppErrors pass as
 * they are), or with an AbortError as soon as `signal` aborts; the source is then cancelled.
 */
export function checkedStream(
  open: () => ReadableStream<Uint8Array> | Promise<ReadableStream<Uint8Array>>,
  options: {
    check: StreamCheck;
    translateError: (error: unknown) => unknown;
    signal?: AbortSignal;
  },
): ReadableStream<Uint8Array> {
  const { check, translateError, signal } = options;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  let onAbort: (() => void) | undefined;
  const release = () => {
    if (onAbort) signal?.removeEventListener('abort', onAbort);
    // The source has already failed or been consumed; a cancel error would say nothing new.
    reader?.cancel().catch(() => undefined);
  };

  return new ReadableStream<Uint8Array>({
    async start(controller) {
      if (signal?.aborted) {
        controller.error(abortError());
        return;
      }
      onAbort = () => {
        controller.error(abortError());
        release();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        reader = (await open()).getReader();
      } catch (error) {
        controller.error(error instanceof AppError ? error : translateError(error));
        release();
        return;
      }
      if (signal?.aborted) release();
    },
    async pull(controller) {
      if (!reader) return;
      try {
        const { done, value } = await reader.read();
        if (signal?.aborted) throw abortError();
        if (done) {
          check.finish();
          if (onAbort) signal?.removeEventListener('abort', onAbort);
          controller.close();
          return;
        }
        check.update(value);
        controller.enqueue(value);
      } catch (error) {
        controller.error(
          error instanceof AppError || isAbortError(error) ? error : translateError(error),
        );
        release();
      }
    },
    cancel(reason) {
      if (onAbort) signal?.removeEventListener('abort', onAbort);
      return reader?.cancel(reason);
    },
  });
}
