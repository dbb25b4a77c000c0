import { isAbortError } from '../core/errors.ts';
import type { ExportProgress, WrittenFile } from '../core/export/types.ts';

/** What a finished export produced, for the done screen. */
export interface ExportOutcome {
  readonly kind: 'zip' | 'folder';
  /** The zip's file name, or the chosen folder's name. */
  readonly destination: string;
  readonly written: readonly WrittenFile[];
}

/** What an output route gets from the job: cancellation, progress and the replace prompt. */
export interface ExportContext {
  readonly signal: AbortSignal;
  onProgress(progress: ExportProgress): void;
  /** Asks the admin whether these existing files may be replaced; false keeps everything as it was. */
  confirmReplace(paths: readonly string[]): Promise<boolean>;
}

export type ExportStatus = 'idle' | 'running' | 'confirm' | 'done' | 'failed' | 'cancelled';

/** Progress arrives per 64 KiB chunk; repainting more often than this only costs time. */
const PROGRESS_INTERVAL_MS = 100;

/** One export at a time: its progress, its outcome, and the Cancel button's effect. */
export class ExportJob {
  status = $state<ExportStatus>('idle');
  progress = $state.raw<ExportProgress | undefined>(undefined);
  error = $state.raw<unknown>(undefined);
  outcome = $state.raw<ExportOutcome | undefined>(undefined);
  /** Existing files the admin is asked about while status is `confirm`. */
  conflicts = $state.raw<readonly string[]>([]);
  /**
   * Cancel was pressed and the export is undoing what it wrote: a copy the browser has begun
   * ends first, which takes a moment on a slow disk or network share.
   */
  stopping = $state(false);
  #controller: AbortController | undefined;
  #answer: ((replace: boolean) => void) | undefined;

  get busy(): boolean {
    return this.status === 'running' || this.status === 'confirm';
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
    let shownAt = 0;
    const showProgress = (progress: ExportProgress) => {
      const now = performance.now();
      const fileChanged = progress.currentFile !== this.progress?.currentFile;
      if (fileChanged || now - shownAt >= PROGRESS_INTERVAL_MS) {
        shownAt = now;
        this.progress = progress;
      }
    };
    try {
      this.outcome = await route({
        signal: controller.signal,
        onProgress: showProgress,
        confirmReplace: (paths) => this.#ask(paths),
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
      this.#controller = undefined;
      this.stopping = false;
    }
  }

  cancel(): void {
    if (this.busy) this.stopping = true;
    this.#answer?.(false);
    this.#controller?.abort();
  }

  answer(replace: boolean): void {
    this.#answer?.(replace);
  }

  #ask(paths: readonly string[]): Promise<boolean> {
    this.conflicts = paths;
    this.status = 'confirm';
    return new Promise((resolve) => {
      this.#answer = (replace) => {
        this.#answer = undefined;
        this.conflicts = [];
        this.status = 'running';
        resolve(replace);
      };
    });
  }
}
