import { isAbortError } from '../core/errors.ts';
import type { ExportProgress } from '../core/export/types.ts';
import type { ExportContext, ExportOutcome } from '../platform/export/routes.ts';
import { throttleProgress } from './throttle-progress.ts';

export type ExportStatus = 'idle' | 'running' | 'done' | 'failed' | 'cancelled';

/** How long stopping may take before the page says why it still waits. */
const SLOW_STOP_MS = 5000;

/** One export at a time: its progress, its outcome, and the Cancel button's effect. */
export class ExportJob {
  status = $state<ExportStatus>('idle');
  progress = $state.raw<ExportProgress | undefined>(undefined);
  error = $state.raw<unknown>(undefined);
  outcome = $state.raw<ExportOutcome | undefined>(undefined);
  /**
   * Cancel was pressed and the export is undoing what it wrote: a copy the browser has begun
   * ends first, which takes a moment on a slow disk or network share.
   */
  stopping = $state(false);
  /** Stopping has taken long: the destination is slow to give back the file being copied. */
  stoppingSlowly = $state(false);
  #slowStop: ReturnType<typeof setTimeout> | undefined;
  #controller: AbortController | undefined;

  get busy(): boolean {
    return this.status === 'running';
  }

  /** The export is being made final: a cancel can no longer undo it. */
  get finishing(): boolean {
    return this.status === 'running' && (this.progress?.finishing ?? false);
  }

  async run(route: (context: ExportContext) => Promise<ExportOutcome>): Promise<void> {
    if (this.busy) return;
    const controller = new AbortController();
    this.#controller = controller;
    this.status = 'running';
    this.stopping = false;
    this.progress = undefined;
    this.error = undefined;
    this.outcome = undefined;
    const progress = throttleProgress((latest) => (this.progress = latest));
    try {
      this.outcome = await route({
        signal: controller.signal,
        onProgress: (latest) => {
          // What lands while stopping is about to be thrown away.
          if (!controller.signal.aborted) progress.offer(latest);
        },
      });
      this.status = 'done';
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) {
        this.status = 'cancelled';
      } else {
        this.error = error;
        this.status = 'failed';
      }
    } finally {
      progress.stop();
      clearTimeout(this.#slowStop);
      this.#controller = undefined;
      this.stopping = false;
      this.stoppingSlowly = false;
    }
  }

  /** Stops the export and undoes it; does nothing once it is being made final. */
  cancel(): void {
    if (this.finishing || this.stopping) return;
    if (this.status === 'running') {
      this.stopping = true;
      this.#slowStop = setTimeout(() => (this.stoppingSlowly = this.stopping), SLOW_STOP_MS);
    }
    this.#controller?.abort();
  }

  /**
   * Ends an export that never started: with the reason it could not (the folder cannot be read,
   * say), or as cancelled when the admin chose not to go on.
   */
  endUnstarted(error?: unknown): void {
    if (this.busy) return;
    this.outcome = undefined;
    this.error = error;
    this.status = error === undefined ? 'cancelled' : 'failed';
  }
}
