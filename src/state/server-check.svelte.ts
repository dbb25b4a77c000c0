import { isAbortError } from '../core/errors.ts';
import type { CheckProgress, CheckReport, CheckRequest } from '../core/server-check/types.ts';
import { checkInCheckPage } from '../platform/server-check/check-frame.ts';

export type CheckStatus = 'idle' | 'running' | 'done' | 'failed' | 'cancelled';

/** Runs a check: injected so tests can stand in for the check page. */
export type CheckRunner = typeof checkInCheckPage;

/** One server check at a time: its progress, its report, and the Cancel button's effect. */
export class ServerCheckJob {
  status = $state<CheckStatus>('idle');
  progress = $state.raw<CheckProgress | undefined>(undefined);
  report = $state.raw<CheckReport | undefined>(undefined);
  /** The request the report answers, for the links to open by hand. */
  request = $state.raw<CheckRequest | undefined>(undefined);
  error = $state.raw<unknown>(undefined);
  #controller: AbortController | undefined;
  readonly #runner: CheckRunner;

  constructor(runner: CheckRunner = checkInCheckPage) {
    this.#runner = runner;
  }

  async run(request: CheckRequest): Promise<void> {
    if (this.status === 'running') return;
    const controller = new AbortController();
    this.#controller = controller;
    this.status = 'running';
    this.request = request;
    this.progress = undefined;
    this.report = undefined;
    this.error = undefined;
    try {
      this.report = await this.#runner(request, {
        signal: controller.signal,
        onProgress: (progress) => (this.progress = progress),
      });
      this.status = this.report.cancelled ? 'cancelled' : 'done';
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) this.status = 'cancelled';
      else {
        this.error = error;
        this.status = 'failed';
      }
    } finally {
      this.#controller = undefined;
    }
  }

  cancel(): void {
    this.#controller?.abort();
  }
}
