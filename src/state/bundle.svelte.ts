import { createContext } from 'svelte';
import { SvelteMap } from 'svelte/reactivity';
import { ExportJob } from './export-job.svelte.ts';
import { ReleaseSlot } from './release-slot.svelte.ts';
import { normalizeServerUrl } from '../core/url/server-url.ts';
import { phoneAddress } from '../core/manifest/phone-address.ts';
import { buildUcsXml } from '../core/manifest/build.ts';
import { manifestEntriesFor } from '../core/bundle/manifest-entries.ts';
import type { BundleExtras, BundleOptions, BundleRelease } from '../core/bundle/types.ts';
import type { ManifestEntry } from '../core/manifest/types.ts';
import type { ConflictChoice } from '../core/manifest/merge.ts';
import { coverageTable } from '../core/bundle/coverage.ts';
import { bundlePaths } from '../core/bundle/bundle-layout.ts';
import { versionFolderName } from '../core/bundle/version-folder.ts';

/**
 * What stops the export: no model picked, a release without a version, two releases of one
 * version, a server URL that is not valid.
 */
export type Blocker = 'no-models' | 'no-version' | 'same-version' | 'invalid-server-url';

/** Everything the admin has chosen so far: releases, models, server URL and output options. */
export class Bundle {
  readonly slots = $state<ReleaseSlot[]>([new ReleaseSlot()]);
  /** The export in progress or last finished; while it runs the releases cannot change. */
  readonly job = new ExportJob();
  serverUrlInput = $state('');
  perVersionFolders = $state(false);
  extras = $state<BundleExtras>({ sha256sums: true, readme: true, webConfig: true });
  /** Entries of the ucs.xml already served, imported by the admin. */
  existing = $state.raw<readonly ManifestEntry[]>([]);
  /** The file `existing` was read from, as the admin chose it. */
  existingName = $state('');
  /** The admin's answer for each version both on the server and in the bundle. */
  readonly conflictChoices = new SvelteMap<string, ConflictChoice>();

  readonly serverUrl = $derived(normalizeServerUrl(this.serverUrlInput));
  readonly folderUrl = $derived(this.serverUrl.ok ? this.serverUrl.url : '');
  readonly phoneUrl = $derived(this.folderUrl ? phoneAddress(this.folderUrl) : '');

  /** Releases that opened and have at least one image picked, in page order. */
  readonly chosen = $derived<BundleRelease[]>(
    this.slots.flatMap((slot) =>
      // A slot that is opening another file no longer shows its old release: leave it out.
      slot.status === 'ready' && slot.release !== undefined && slot.selectedImages.length > 0
        ? [
            {
              release: slot.release,
              images: slot.selectedImages,
              version: slot.cleanVersion,
            },
          ]
        : [],
    ),
  );

  /**
   * Several versions always get a folder each: one flat folder cannot hold two images of a model.
   * So does a bundle joining a server's existing ucs.xml, whose entries may point at that folder.
   */
  readonly layoutForced = $derived(this.chosen.length > 1 || this.existing.length > 0);
  readonly layout = $derived<'flat' | 'per-version'>(
    this.perVersionFolders || this.layoutForced ? 'per-version' : 'flat',
  );

  /**
   * Picked images far too small to be firmware (detection's image-too-small warning): worth a
   * warning before anything is written.
   */
  readonly suspectImages = $derived(
    this.chosen.flatMap(({ release, images }) =>
      images.filter((image) =>
        release.warnings.some(
          (warning) =>
            warning.code === 'image-too-small' && warning.partNumber === image.partNumber,
        ),
      ),
    ),
  );

  /** What the export will copy from the releases (a slot still opening adds nothing). */
  readonly selectedBytes = $derived(
    this.slots.reduce(
      // A slot still opening adds nothing: it is not in `chosen` either.
      (sum, slot) => sum + (slot.status === 'ready' ? slot.selectedBytes : 0),
      0,
    ),
  );

  /** Everything the output depends on besides the releases: the preview and the export share it. */
  readonly options = $derived<BundleOptions>({
    folderUrl: this.folderUrl,
    layout: this.layout,
    extras: this.extras,
    existing: this.existing,
    keep: (version) => this.conflictChoices.get(version) ?? 'added',
  });

  readonly #merged = $derived(
    manifestEntriesFor(this.chosen, {
      ...this.options,
      // The preview shows where the files will go before the URL is valid.
      folderUrl: this.folderUrl || 'http://server.example/folder/',
    }),
  );
  readonly manifest = $derived(this.#merged.entries);
  /** Versions both on the server and in the bundle, each waiting for the admin's choice. */
  readonly conflicts = $derived(this.#merged.conflicts);
  readonly xmlPreview = $derived(buildUcsXml(this.manifest));
  readonly coverage = $derived(coverageTable(this.chosen, this.manifest));
  readonly paths = $derived(bundlePaths(this.chosen, { layout: this.layout, extras: this.extras }));

  /** Why the output cannot be made yet, in the order the admin should fix things; empty when ready. */
  readonly blockers = $derived.by(() => {
    const blockers: Blocker[] = [];
    if (this.chosen.length === 0) blockers.push('no-models');
    if (this.chosen.some((release) => release.version === '')) blockers.push('no-version');
    const folders = this.chosen.map((release) => versionFolderName(release.version));
    if (folders.some((folder, index) => folders.indexOf(folder) !== index)) {
      blockers.push('same-version');
    }
    if (!this.serverUrl.ok) blockers.push('invalid-server-url');
    return blockers;
  });

  /** Takes the entries of a server's ucs.xml; earlier answers about clashing versions go. */
  importExisting(name: string, entries: readonly ManifestEntry[]): void {
    this.existing = entries;
    this.existingName = name;
    this.conflictChoices.clear();
  }

  forgetExisting(): void {
    this.importExisting('', []);
  }

  addRelease(): void {
    this.slots.push(new ReleaseSlot());
  }

  removeRelease(slot: ReleaseSlot): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0 && this.slots.length > 1) this.slots.splice(index, 1);
  }
}

export const [getBundle, setBundle] = createContext<Bundle>();
