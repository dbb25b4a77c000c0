import { isAbortError } from '../errors.ts';
import { abortError, throwIfAborted } from '../abort.ts';
import type { OutputSink, PrepareFile } from './sink.ts';
import type { ExportProgress, OutputFile, WrittenFile } from './types.ts';

/**
 * The files of one export, in the order the preview shows them: one at a time they are written in
 * this order; with several in flight the costliest start first. Results always come back in this
 * order.
 */
export interface ExportPlan {
  readonly files: readonly OutputFile[];
  /**
   * Files made from what was written (SHA256SUMS, then ucs.xml), written after `files` in the
   * order returned: ucs.xml comes last, so it never points at a file that failed.
   */
  readonly finalFiles?: (written: readonly WrittenFile[]) => OutputFile[];
}

export interface ExportOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
  /**
   * How many of `files` may be in the sink's hands at once (default 1). With more than one, the
   * costliest files start first (see costliestFirst); the final files are always written one after
   * another, once every file is in.
   */
  concurrency?: number;
}

/** What an export does with each file: makes its verified bytes, then places them. */
export interface ExportRoute {
  readonly prepare: PrepareFile;
  readonly sink: OutputSink;
}

/**
 * Writes `plan` through `route`: each file is prepared (read, verified, hashed) and placed in
 * the sink (up to `concurrency` files at a time), then the final files, then the sink commits.
 * Progress counts bytes; the total is known up front from the sizes and grows by the (small)
 * final files.
 *
 * On any failure or cancel the writes still running are cancelled and awaited, then the sink is
 * aborted before the error is rethrown, so nothing is left behind; a cancel stays an AbortError.
 *
 * @returns what was written, in plan order (the final files included).
 */
export async function runExport(
  plan: ExportPlan,
  route: ExportRoute,
  options: ExportOptions = {},
): Promise<WrittenFile[]> {
  const { signal, onProgress } = options;
  const { prepare, sink } = route;
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 1));
  // Stops the other writes as soon as one fails, as the user's cancel does.
  const failure = new AbortController();
  const writeSignal = signal ? AbortSignal.any([signal, failure.signal]) : failure.signal;
  let bytesTotal = sizeOf(plan.files);
  let bytesDone = 0;
  let finishing = false;
  // Files started whose bytes have not all arrived, oldest first (a sink may report a file's
  // bytes after it moved on to the next ones): progress names the first.
  const unfinished = new Map<string, number>();
  let lastStarted = '';
  const report = () => {
    const currentFile = unfinished.keys().next().value ?? lastStarted;
    onProgress?.({ bytesDone, bytesTotal, currentFile, finishing });
  };

  // A second file at a path would be a second zip entry of that name, or overwrite the first in
  // a folder: a bug in the plan, refused before any sink sees it.
  const paths = new Set<string>();
  const writeOne = async (file: OutputFile, index: number): Promise<WrittenFile> => {
    throwIfAborted(writeSignal);
    if (paths.has(file.path)) throw new Error(`${file.path} is written twice.`);
    paths.add(file.path);
    lastStarted = file.path;
    if (file.content.size > 0) unfinished.set(file.path, file.content.size);
    report();
    const onBytes = (n: number) => {
      // Once stopping, bytes still landing are about to be thrown away: they are not progress.
      if (writeSignal.aborted) return;
      bytesDone += n;
      const left = (unfinished.get(file.path) ?? 0) - n;
      if (left > 0) unfinished.set(file.path, left);
      else unfinished.delete(file.path);
      report();
    };
    const prepared = await prepare(file, writeSignal);
    await sink.place(prepared, { index, signal: writeSignal, onBytes });
    // The sink may be taking the bytes while they are checked; the lane moves on once they pass.
    return { path: prepared.path, size: prepared.size, sha256: await prepared.sha256 };
  };

  const writeAll = async (files: readonly OutputFile[], lanes: number, firstIndex: number) => {
    const results: WrittenFile[] = new Array<WrittenFile>(files.length);
    const indexed = files.map((file, index) => ({ file, index }));
    // One iterator shared by every lane: each takes the next file when it is free.
    const queue = (lanes > 1 ? costliestFirst(indexed) : indexed).values();
    let firstError: { error: unknown } | undefined;
    const lane = async () => {
      for (const { file, index } of queue) {
        if (firstError) return;
        try {
          results[index] = await writeOne(file, firstIndex + index);
        } catch (error) {
          firstError ??= { error };
          failure.abort();
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(lanes, files.length) }, lane));
    if (firstError) throw firstError.error;
    return results;
  };

  const written: WrittenFile[] = [];
  try {
    written.push(...(await writeAll(plan.files, concurrency, 0)));
    const finalFiles = plan.finalFiles?.(written) ?? [];
    bytesTotal += sizeOf(finalFiles);
    written.push(...(await writeAll(finalFiles, 1, plan.files.length)));
    throwIfAborted(signal);
    await sink.commit(signal, () => {
      finishing = true;
      report();
    });
  } catch (error) {
    await sink.abort();
    // A failure caused by the cancel itself (a stream torn down mid-read) is the cancel it is.
    throw signal?.aborted && !isAbortError(error) ? abortError() : error;
  }
  return written;
}

/**
 * `files` costliest first, so that the lanes finish close together instead of one lane working
 * alone on a large file at the end (a few percent off a folder export). A file to inflate costs
 * about twice one read as it is. Ties keep plan order (the sort is stable).
 */
function costliestFirst<T extends { file: OutputFile }>(files: readonly T[]): T[] {
  const cost = ({ file: { content } }: T) => content.size * (content.kind === 'deflated' ? 2 : 1);
  return [...files].sort((a, b) => cost(b) - cost(a));
}

function sizeOf(files: readonly OutputFile[]): number {
  return files.reduce((total, file) => total + file.content.size, 0);
}
