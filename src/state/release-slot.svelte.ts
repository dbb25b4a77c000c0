import { SvelteSet } from 'svelte/reactivity';
import type { Release } from '../core/release/types.ts';
import { isVersionWarning, versionWarnings } from '../core/release/version-warnings.ts';
import { cleanVersionLabel } from '../core/version/sip-ver.ts';
import { isAbortError } from '../core/errors.ts';

export type SlotStatus = 'empty' | 'opening' | 'ready' | 'failed';

/** Opens a release archive: injected so the heavy reader loads only when a file arrives. */
export type ReleaseOpener = (file: Blob, name: string, signal: AbortSignal) => Promise<Release>;

/** One release archive of the bundle: the file, what was found in it, and the user's choices. */
export class ReleaseSlot {
  status = $state<SlotStatus>('empty');
  /** Replaced whole on each open, never mutated: raw state avoids proxying thousands of entries. */
  release = $state.raw<Release | undefined>(undefined);
  error = $state.raw<unknown>(undefined);
  fileName = $state('');
  /** The built-in sample, labelled everywhere as fake images. */
  isSample = $state(false);
  /** The version written into ucs.xml: prefilled from sip.ver, edited by the user. */
  version = $state('');
  /** Part numbers of the images the user picked. */
  readonly selected = new SvelteSet<string>();
  #controller: AbortController | undefined;

  /** The version as ucs.xml will carry it. */
  readonly cleanVersion = $derived(cleanVersionLabel(this.version));

  /**
   * The release's warnings, those about its version worked out for the version as it now stands
   * (the admin may have corrected the one sip.ver gave).
   */
  readonly warnings = $derived(
    this.release
      ? [
          ...this.release.warnings.filter((warning) => !isVersionWarning(warning)),
          ...versionWarnings(this.cleanVersion, this.release.images),
        ]
      : [],
  );

  readonly selectedImages = $derived(
    this.release?.images.filter((image) => this.selected.has(image.partNumber)) ?? [],
  );
  readonly selectedBytes = $derived(
    this.selectedImages.reduce((total, image) => total + image.entry.size, 0),
  );

  /** Opens `file`, replacing whatever this slot held; a newer open cancels an older one. */
  async open(file: Blob, name: string, opener: ReleaseOpener, isSample = false): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.status = 'opening';
    this.fileName = name;
    this.error = undefined;
    try {
      const release = await opener(file, name, controller.signal);
      if (controller.signal.aborted) return;
      this.release = release;
      this.version = release.version;
      this.isSample = isSample;
      // Nothing is picked for the admin: a release holds up to 1 GB of images for phones they
      // may not own, and the output should hold only what they chose.
      this.selected.clear();
      this.status = 'ready';
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return;
      this.release = undefined;
      this.error = error;
      this.status = 'failed';
    }
  }

  /** Stops reading the archive (unpacking a wrapped release can take a while) and empties the slot. */
  cancelOpen(): void {
    if (this.status !== 'opening') return;
    this.#controller?.abort();
    this.status = this.release ? 'ready' : 'empty';
  }

  toggle(partNumber: string, on: boolean): void {
    if (on) this.selected.add(partNumber);
    else this.selected.delete(partNumber);
  }

  /** Picks every image a custom server can install (the D60 base's image cannot be). */
  selectAll(): void {
    for (const image of this.release?.images ?? []) {
      if (image.kind === 'sip') this.selected.add(image.partNumber);
    }
  }

  selectNone(): void {
    this.selected.clear();
  }
}
