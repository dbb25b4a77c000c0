import { getContext } from 'svelte';
import type { OfflineState } from './offline-state.svelte.ts';

const OFFLINE_STATE_KEY = Symbol('offline-state');

/** The context entry that hands `state` to the components (pass it to `mount`'s `context`). */
export function offlineStateContext(state: OfflineState): Map<symbol, OfflineState> {
  return new Map([[OFFLINE_STATE_KEY, state]]);
}

/**
 * The page's offline state, from the context given at mount.
 * @throws Error when the app was mounted without `offlineStateContext`.
 */
export function getOfflineState(): OfflineState {
  const state = getContext<OfflineState | undefined>(OFFLINE_STATE_KEY);
  if (!state) throw new Error('The app was mounted without its offline state.');
  return state;
}
