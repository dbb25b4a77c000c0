import type { PlannedBundle } from '../core/bundle/plan-bundle.ts';
import type { Capabilities } from '../platform/capabilities.ts';
import type { ExportTarget } from '../platform/export/routes.ts';
import type { Bundle } from './bundle.svelte.ts';

/** Above this, a zip staged in memory risks exhausting the browser's memory. */
const MEMORY_WARNING_BYTES = 200_000_000;

/** A picked folder that already holds some of the files, waiting for the admin's answer. */
export interface ReplaceQuestion {
  readonly paths: readonly string[];
  readonly folder: FileSystemDirectoryHandle;
  readonly planned: PlannedBundle;
}

/**
 * Starts exports from the admin's buttons: chooses the route, asks the folder picker, asks
 * before replacing files a picked folder already holds (before anything starts), then hands
 * the export to the bundle's job. The export code is fetched once a release is open, not with
 * the first screen.
 */
export class ExportStart {
  /** Set while the admin is asked whether existing files may be replaced. */
  replaceQuestion = $state.raw<ReplaceQuestion | undefined>(undefined);
  readonly #bundle: Bundle;
  readonly capabilities: Capabilities;
  /** The browser refused the private file system the page has the calls for (a file page). */
  #diskRefused = $state(false);

  constructor(bundle: Bundle, capabilities: Capabilities) {
    this.#bundle = bundle;
    this.capabilities = capabilities;
    if (capabilities.opfs) void this.#askForDisk();
  }

  /** Large files are staged on disk: the page has the calls and, once asked, was not refused. */
  get diskStaging(): boolean {
    return this.capabilities.opfs && !this.#diskRefused;
  }

  /** The zip would be built in memory and is large enough to worry about. */
  get memoryWarning(): boolean {
    return !this.diskStaging && this.#bundle.selectedBytes > MEMORY_WARNING_BYTES;
  }

  /** Asks as the export's staging will, so the warning and the export agree. */
  async #askForDisk(): Promise<void> {
    const { usableOpfsRoot } = await import('../platform/staging/opfs-staging.ts');
    await usableOpfsRoot().catch(() => {
      this.#diskRefused = true;
    });
  }

  get canStart(): boolean {
    return !this.#bundle.job.busy && !this.replaceQuestion && this.#bundle.blockers.length === 0;
  }

  /**
   * Fetches the export code and starts its workers ahead of the click; a failure is reported by
   * the click's own import.
   */
  prefetch(): void {
    import('../core/bundle/plan-bundle.ts').catch(() => undefined);
    import('../platform/export/routes.ts')
      .then(({ warmUpExport }) => warmUpExport())
      .catch(() => undefined);
  }

  async downloadZip(): Promise<void> {
    if (!this.canStart) return;
    await this.#run({ kind: 'zip' }, () => this.#plan());
  }

  /**
   * Asks for a folder (the picker needs the click's user activation: it is the first thing
   * awaited), then exports into it, or first asks about the files it already holds.
   */
  async saveToFolder(): Promise<void> {
    if (!this.canStart || !window.showDirectoryPicker) return;
    let folder: FileSystemDirectoryHandle;
    try {
      folder = await window.showDirectoryPicker({ id: 'ucs-bundler-output', mode: 'readwrite' });
    } catch {
      return; // Dismissing the picker is a cancel, not an error.
    }
    let planned: PlannedBundle;
    let paths: readonly string[];
    try {
      planned = await this.#plan();
      const { filesToReplace } = await import('../platform/export/routes.ts');
      paths = await filesToReplace(folder, planned);
    } catch (error) {
      this.#bundle.job.endUnstarted(error);
      return;
    }
    if (paths.length > 0) this.replaceQuestion = { paths, folder, planned };
    else await this.#run({ kind: 'folder', folder }, async () => planned);
  }

  /** The admin's answer: replace the files and export, or keep them and start nothing. */
  async answerReplace(replace: boolean): Promise<void> {
    const question = this.replaceQuestion;
    this.replaceQuestion = undefined;
    if (!question) return;
    if (!replace) {
      this.#bundle.job.endUnstarted();
      return;
    }
    await this.#run({ kind: 'folder', folder: question.folder }, async () => question.planned);
  }

  async #plan(): Promise<PlannedBundle> {
    const { planBundle } = await import('../core/bundle/plan-bundle.ts');
    return planBundle(this.#bundle.chosen, this.#bundle.options);
  }

  /** Runs the export as the bundle's job, so whatever fails on the way is shown the same way. */
  async #run(target: ExportTarget, plan: () => Promise<PlannedBundle>): Promise<void> {
    await this.#bundle.job.run(async (context) => {
      const [{ exportBundle }, planned] = await Promise.all([
        import('../platform/export/routes.ts'),
        plan(),
      ]);
      return exportBundle(target, planned, context);
    });
  }
}
