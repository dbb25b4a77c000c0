import type { PlannedBundle } from '../core/bundle/plan-bundle.ts';
import { runExport } from '../core/export/run-export.ts';
import type { ExportContext, ExportOutcome } from '../state/export-job.svelte.ts';
import { FILES_IN_FLIGHT } from './export-workers/files-in-flight.ts';
import { createContentEngine } from './export-workers/worker-engine.ts';
import { openDiskStaging } from './disk-staging.ts';
import { createFolderSink, findExistingFiles } from './sinks/folder-sink.ts';

/**
 * Writes the bundle straight into a folder the admin picked. Files that already exist are
 * replaced only with the admin's consent; nothing else in the folder is touched, and a failure
 * or a cancel leaves the folder as it was (see createFolderSink). Images are inflated, checked
 * and hashed in workers, a few at a time.
 */
export async function exportFolder(
  folder: FileSystemDirectoryHandle,
  planned: PlannedBundle,
  context: ExportContext,
): Promise<ExportOutcome> {
  const existing = await findExistingFiles(folder, planned.paths);
  if (existing.length > 0 && !(await context.confirmReplace(existing))) {
    throw new DOMException('The admin kept the existing files.', 'AbortError');
  }
  const engine = createContentEngine();
  // Inflated images pass through disk staging on their way to the folder where there is one:
  // the browser copies a file into the folder about twice as fast as bytes handed over from
  // script. Without it they are written from memory.
  const stage = await openDiskStaging();
  try {
    const sink = createFolderSink(folder, { engine, stage });
    const written = await runExport(planned.plan, sink, {
      signal: context.signal,
      onProgress: context.onProgress,
      concurrency: FILES_IN_FLIGHT,
    });
    return { kind: 'folder', destination: folder.name, phoneUrl: planned.phoneUrl, written };
  } finally {
    engine.dispose();
    // Each staged file goes once copied; this removes one a stopped worker still held, and the
    // export's own staging folder with it.
    await stage?.clear().catch(() => undefined);
  }
}
