import type { OfflineState } from './offline-state.svelte.ts';
import { registerServiceWorker } from './register.ts';

/**
 * Sets up working offline and keeps `state` up to date. The portable build replaces this module
 * with offline-support.portable.ts (see vite.portable.config.ts).
 */
export function startOfflineSupport(state: OfflineState): void {
  void registerServiceWorker(state, { enabled: import.meta.env.PROD });
}
