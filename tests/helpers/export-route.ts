import { textContent } from '../../src/core/export/bytes-content.ts';
import type { ExportRoute } from '../../src/core/export/run-export.ts';
import type { OutputSink, PreparedFile } from '../../src/core/export/sink.ts';
import { createFilePreparer } from '../../src/platform/export/prepare-file.ts';
import { createMemoryStaging } from '../../src/platform/staging/memory-staging.ts';
import type { Staging } from '../../src/platform/staging/staging.ts';
import { createInThreadEngine, type ContentEngine } from '../../src/workers/content/engine.ts';

/**
 * The app's own route into `sink`: files prepared by the app's preparer, on this thread unless
 * an engine is given, staged in memory unless a staging is given.
 */
export function routeInto(
  sink: OutputSink,
  options: { staging?: Staging; engine?: ContentEngine; wholeFileLimit?: number } = {},
): ExportRoute {
  const prepare = createFilePreparer({
    engine: options.engine ?? createInThreadEngine(),
    staging: options.staging ?? createMemoryStaging(),
    wholeFileLimit: options.wholeFileLimit,
  });
  return { prepare, sink };
}

/** Generated text at `path`, prepared as the app would: for sinks tested on their own. */
export function preparedText(path: string, text: string): Promise<PreparedFile> {
  return routeInto({} as OutputSink).prepare({ path, content: textContent(text) });
}

/** The engine of this thread, whose checks end only when the test says so. */
export function engineCheckingOnCue(): ContentEngine & { finishChecks(): void } {
  const engine = createInThreadEngine();
  const waiting: (() => void)[] = [];
  return {
    ...engine,
    async check(source, signal) {
      await new Promise<void>((resolve) => waiting.push(resolve));
      return engine.check(source, signal);
    },
    finishChecks: () => waiting.splice(0).forEach((finish) => finish()),
  };
}
