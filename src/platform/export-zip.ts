import type { PlannedBundle } from '../core/bundle/plan-bundle.ts';
import { runExport } from '../core/export/run-export.ts';
import type { ExportContext, ExportOutcome } from '../state/export-job.svelte.ts';
import { openDiskStaging } from './disk-staging.ts';
import { FILES_IN_FLIGHT } from './export-workers/files-in-flight.ts';
import { createContentEngine } from './export-workers/worker-engine.ts';
import { startDownload } from './sinks/download.ts';
import { createMemoryStager } from './sinks/memory-stager.ts';
import { createZipSink } from './sinks/zip-download-sink.ts';

/**
 * Downloads the bundle as one stored zip holding a single top-level folder. The zip is composed
 * from references: stored images are slices of the release file on disk (verified, never
 * copied), inflated ones are staged in the origin-private file system, so memory does not grow
 * with the output. Only where OPFS is missing are inflated images held in memory. Images are
 * inflated, checked and hashed in workers, a few at a time.
 */
export async function exportZip(
  planned: PlannedBundle,
  context: ExportContext,
): Promise<ExportOutcome> {
  const stager = (await openDiskStaging()) ?? createMemoryStager();
  const engine = createContentEngine();
  const sink = createZipSink({ rootFolder: planned.rootFolder, stage: stager, engine });
  let written;
  try {
    written = await runExport(planned.plan, sink, {
      signal: context.signal,
      onProgress: context.onProgress,
      concurrency: FILES_IN_FLIGHT,
    });
  } finally {
    engine.dispose();
  }
  const fileName = `${planned.rootFolder}.zip`;
  startDownload(sink.result(), fileName);
  return { kind: 'zip', destination: fileName, phoneUrl: planned.phoneUrl, written };
}
