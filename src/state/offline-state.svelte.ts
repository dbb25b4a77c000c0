import { createContext } from 'svelte';
import type { OfflineStatus } from '../platform/pwa/offline-status.ts';

/** The offline status of the page, updated by the service-worker registration. */
export class OfflineState {
  status = $state<OfflineStatus>({ kind: 'starting' });
}

export const [getOfflineState, setOfflineState] = createContext<OfflineState>();
