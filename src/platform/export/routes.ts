import type { PlannedBundle } from '../../core/bundle/plan-bundle.ts';
import { runExport, type ExportRoute } from '../../core/export/run-export.ts';
import type { ExportProgress, WrittenFile } from '../../core/export/types.ts';
import type { ContentEngine } from '../../workers/content/engine.ts';
import { createContentEngine } from '../../workers/content/pool.ts';
import { startDownload } from '../sinks/download.ts';
import { createFolderSink, findExistingFiles } from '../sinks/folder-sink.ts';
import { createZipSink } from '../sinks/zip-sink.ts';
import { openExportStaging } from '../staging/export-staging.ts';
import { createFilePreparer } from './prepare-file.ts';

/**
 * Files an export works on at once: enough to keep both cores and the disk busy (one file
 * inflating while another is written), few enough to bound the memory whole files take.
 */
const FILES_IN_FLIGHT = 2;

/** The next export's content engine, its workers already started (see warmUpExport). */
let nextEngine: ContentEngine | undefined;

/**
 * Starts the next export's workers now, while the admin picks models: starting them takes tens
 * of milliseconds, which the export would otherwise wait for after the click. An export stops
 * its workers when done (they may hold its last buffers): a later one starts its own.
 */
export function warmUpExport(): void {
  if (nextEngine) return;
  nextEngine = createContentEngine();
  nextEngine.warmUp();
}

function takeEngine(): ContentEngine {
  const engine = nextEngine ?? createContentEngine();
  nextEngine = undefined;
  return engine;
}

/** Where the admin wants the ready-to-upload folder. */
export type ExportTarget =
  | { readonly kind: 'zip' }
  /** A folder picked by the admin, who agreed to replace the files already there. */
  | { readonly kind: 'folder'; readonly folder: FileSystemDirectoryHandle };

/** What a finished export produced, for the done screen. */
export interface ExportOutcome {
  readonly kind: 'zip' | 'folder';
  /** The zip's file name, or the chosen folder's name. */
  readonly destination: string;
  /** The address to type into each phone, as it was when the export ran. */
  readonly phoneUrl: string;
  readonly written: readonly WrittenFile[];
}

/** What an export gets from the page: cancellation and progress. */
export interface ExportContext {
  readonly signal: AbortSignal;
  onProgress(progress: ExportProgress): void;
}

/**
 * Writes the bundle to `target`. Every route prepares files the same way (workers, staging on
 * disk where the browser allows it; see createFilePreparer) and differs only in its sink: the
 * folder's files are made final together at the end, the zip is composed from references and
 * downloaded once every entry is verified. A failure or a cancel leaves nothing behind.
 */
export async function exportBundle(
  target: ExportTarget,
  planned: PlannedBundle,
  context: ExportContext,
): Promise<ExportOutcome> {
  const engine = takeEngine();
  const staging = await openExportStaging();
  const prepare = createFilePreparer({ engine, staging });
  const run = (route: ExportRoute) =>
    runExport(planned.plan, route, {
      signal: context.signal,
      onProgress: context.onProgress,
      concurrency: FILES_IN_FLIGHT,
    });
  const outcome = { phoneUrl: planned.phoneUrl };
  try {
    if (target.kind === 'folder') {
      try {
        const written = await run({ prepare, sink: createFolderSink(target.folder) });
        return { ...outcome, kind: 'folder', destination: target.folder.name, written };
      } finally {
        // Each staged file goes once copied; this removes one a stopped worker still held.
        await staging.clear();
      }
    }
    const sink = createZipSink({ rootFolder: planned.rootFolder });
    let written;
    try {
      written = await run({ prepare, sink });
    } catch (error) {
      await staging.clear();
      throw error;
    }
    // The staged files back the download: they stay until the staging expires.
    const fileName = `${planned.rootFolder}.zip`;
    startDownload(sink.result(), fileName);
    return { ...outcome, kind: 'zip', destination: fileName, written };
  } finally {
    engine.dispose();
  }
}

/** The files of `planned` that `folder` already holds: the admin is asked before replacing them. */
export function filesToReplace(
  folder: FileSystemDirectoryHandle,
  planned: PlannedBundle,
): Promise<string[]> {
  return findExistingFiles(folder, planned.paths);
}
