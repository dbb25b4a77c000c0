import type { PlannedBundle } from '../core/bundle/plan-bundle.ts';
import { runExport } from '../core/export/run-export.ts';
import type { ExportContext, ExportOutcome } from '../state/export-job.svelte.ts';
import { FILES_IN_FLIGHT } from './export-workers/files-in-flight.ts';
import { createContentEngine } from './export-workers/worker-engine.ts';
import { createFolderSink, findExistingFiles } from './sinks/folder-sink.ts';

/**
 * Writes the bundle straight into a folder the admin picked. Files that already exist are
 * replaced only with the admin's consent; nothing else in the folder is touched, and a failure
 * or a cancel leaves the folder as it was (see createFolderSink). Images are inflated, checked
 * and hashed in workers, two at a time.
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
  try {
    const written = await runExport(planned.plan, createFolderSink(folder, { engine }), {
      signal: context.signal,
      onProgress: context.onProgress,
      concurrency: FILES_IN_FLIGHT,
    });
    return { kind: 'folder', destination: folder.name, written };
  } finally {
    engine.dispose();
  }
}
