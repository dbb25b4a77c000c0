import type { PlannedBundle } from '../core/bundle/plan-bundle.ts';
import { runExport } from '../core/export/run-export.ts';
import type { ExportContext, ExportOutcome } from '../state/export-job.svelte.ts';
import type { Capabilities } from './capabilities.ts';
import { FILES_IN_FLIGHT } from './export-workers/files-in-flight.ts';
import { createContentEngine } from './export-workers/worker-engine.ts';
import { startDownload } from './sinks/download.ts';
import { createMemoryStager } from './sinks/memory-stager.ts';
import { openExportStaging } from './sinks/export-staging.ts';
import type { Stager } from './sinks/stager.ts';
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
  capabilities: Capabilities,
): Promise<ExportOutcome> {
  const stager = await openStager(capabilities);
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

/**
 * OPFS where the browser offers it; memory where it is missing or refused (a private window can
 * refuse it even in a secure context).
 */
async function openStager(capabilities: Capabilities): Promise<Stager> {
  if (capabilities.opfs) {
    try {
      return await openExportStaging();
    } catch (error) {
      console.warn('No disk space for staging; inflated images are held in memory.', error);
    }
  }
  return createMemoryStager();
}
