import { createContext } from 'svelte';
import { ReleaseSlot } from './release-slot.svelte.ts';
import { normalizeServerUrl, phoneAddress } from '../core/url/server-url.ts';
import { buildUcsXml } from '../core/manifest/build.ts';
import { manifestEntriesFor } from '../core/bundle/manifest-entries.ts';
import type { BundleExtras, BundleRelease } from '../core/bundle/types.ts';
import type { ManifestEntry } from '../core/manifest/types.ts';

/** Everything the admin has chosen so far: releases, models, server URL and output options. */
export class Bundle {
  readonly slots = $state<ReleaseSlot[]>([new ReleaseSlot()]);
  serverUrlInput = $state('');
  perVersionFolders = $state(false);
  extras = $state<BundleExtras>({ sha256sums: true, readme: true, webConfig: true });
  /** Entries of the ucs.xml already served, imported by the admin. */
  existing = $state.raw<readonly ManifestEntry[]>([]);

  readonly serverUrl = $derived(normalizeServerUrl(this.serverUrlInput));
  readonly folderUrl = $derived(this.serverUrl.ok ? this.serverUrl.url : '');
  readonly phoneUrl = $derived(this.folderUrl ? phoneAddress(this.folderUrl) : '');

  /** Releases that opened and have at least one image picked, in page order. */
  readonly chosen = $derived<BundleRelease[]>(
    this.slots
      .filter((slot) => slot.release !== undefined && slot.selectedImages.length > 0)
      .map((slot) => ({
        release: slot.release!,
        images: slot.selectedImages,
        version: slot.version.trim(),
      })),
  );

  /** Several versions always get a folder each: one flat folder cannot hold two images of a model. */
  readonly layout = $derived<'flat' | 'per-version'>(
    this.perVersionFolders || this.chosen.length > 1 ? 'per-version' : 'flat',
  );

  readonly selectedBytes = $derived(this.slots.reduce((sum, slot) => sum + slot.selectedBytes, 0));

  readonly manifest = $derived(
    manifestEntriesFor(this.chosen, {
      folderUrl: this.folderUrl || 'http://server.example/folder/',
      layout: this.layout,
      existing: this.existing,
    }),
  );

  readonly xmlPreview = $derived(buildUcsXml(this.manifest));

  /** Why the output cannot be made yet, in the order the admin should fix things; empty when ready. */
  readonly blockers = $derived.by(() => {
    const reasons: string[] = [];
    if (this.chosen.length === 0) reasons.push('Pick at least one phone model.');
    if (this.chosen.some((release) => release.version === '')) reasons.push('Enter the version.');
    if (!this.serverUrl.ok) reasons.push('Enter a valid server URL.');
    return reasons;
  });

  addRelease(): ReleaseSlot {
    const slot = new ReleaseSlot();
    this.slots.push(slot);
    return slot;
  }
}

export const [getBundle, setBundle] = createContext<Bundle>();
