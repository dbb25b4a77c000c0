import { isAbortError } from '../errors.ts';
import { abortError, throwIfAborted } from './abort.ts';
import type { OutputSink } from './sink.ts';
import type { ExportProgress, OutputFile, WrittenFile } from './types.ts';

/** The files of one export, in the order they are written. */
export interface ExportPlan {
  readonly files: readonly OutputFile[];
  /**
   * Files made from what was written (SHA256SUMS, then ucs.xml), written after `files` in the
   * order returned: ucs.xml comes last, so it never points at a file that failed.
   */
  readonly finalFiles?: (written: readonly WrittenFile[]) => OutputFile[];
}

/**
 * Writes `plan` into `sink`: the files in order, then the final files, then commits. Progress
 * counts bytes; the total is known up front from the sizes and grows by the (small) final files.
 *
 * On any failure or cancel the sink is aborted before the error is rethrown, so nothing is left
 * behind; a cancel stays an AbortError.
 *
 * @returns what was written, in order (the final files included).
 */
export async function runExport(
  plan: ExportPlan,
  sink: OutputSink,
  options: { signal?: AbortSignal; onProgress?: (progress: ExportProgress) => void } = {},
): Promise<WrittenFile[]> {
  const { signal, onProgress } = options;
  let bytesTotal = sizeOf(plan.files);
  let bytesDone = 0;
  const written: WrittenFile[] = [];

  const writeAll = async (files: readonly OutputFile[]) => {
    for (const file of files) {
      throwIfAborted(signal);
      onProgress?.({ bytesDone, bytesTotal, currentFile: file.path });
      const onBytes = (n: number) => {
        bytesDone += n;
        onProgress?.({ bytesDone, bytesTotal, currentFile: file.path });
      };
      written.push(await sink.write(file, { signal, onBytes }));
    }
  };

  try {
    await writeAll(plan.files);
    const finalFiles = plan.finalFiles?.(written) ?? [];
    bytesTotal += sizeOf(finalFiles);
    await writeAll(finalFiles);
    throwIfAborted(signal);
    await sink.commit(signal);
  } catch (error) {
    await sink.abort();
    // A failure caused by the cancel itself (a stream torn down mid-read) is the cancel it is.
    throw signal?.aborted && !isAbortError(error) ? abortError() : error;
  }
  return written;
}

function sizeOf(files: readonly OutputFile[]): number {
  return files.reduce((total, file) => total + file.content.size, 0);
}
