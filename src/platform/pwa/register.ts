import { Workbox } from 'workbox-window';
import type { OfflineState } from './offline-state.svelte.ts';

/**
 * Registers the app's service worker next to the page (so a sub-path install gets that sub-path
 * as its scope) and keeps `state` up to date: ready offline, an update waiting, or why neither.
 * A waiting update is applied only through the `reload` it offers. Never throws: a failed
 * registration becomes the `failed` status. `enabled: false` (the dev server, which builds no
 * service worker) only reports whether the page is a secure context.
 */
export async function registerServiceWorker(
  state: OfflineState,
  { enabled }: { enabled: boolean },
): Promise<void> {
  if (!window.isSecureContext) {
    state.status = { kind: 'insecure' };
    return;
  }
  if (!enabled || !('serviceWorker' in navigator)) {
    state.status = { kind: 'unavailable' };
    return;
  }
  const workbox = new Workbox('./sw.js', { scope: './' });
  const offerUpdate = () => {
    state.status = { kind: 'update-waiting', reload: () => applyUpdate(workbox) };
  };
  workbox.addEventListener('waiting', offerUpdate);
  workbox.addEventListener('redundant', () => {
    if (state.status.kind === 'starting') {
      state.status = { kind: 'failed', reason: 'the offline copy could not be saved' };
    }
  });
  try {
    const registration = await workbox.register();
    watchUpdateFoundBeforeRegistering(registration, offerUpdate);
    await workbox.active;
    if (state.status.kind === 'starting') state.status = { kind: 'ready' };
  } catch (error) {
    state.status = {
      kind: 'failed',
      reason: error instanceof Error ? error.message : String(error),
    };
  }
}

/**
 * The browser checks for a new service worker on every navigation, and that check can find one
 * before the page registers: workbox-window then never sees it arrive, so it is watched here.
 */
function watchUpdateFoundBeforeRegistering(
  registration: ServiceWorkerRegistration | undefined,
  offerUpdate: () => void,
): void {
  const installing = registration?.installing;
  if (!installing || !navigator.serviceWorker.controller) return;
  installing.addEventListener('statechange', () => {
    if (installing.state === 'installed' && registration.waiting === installing) offerUpdate();
  });
}

function applyUpdate(workbox: Workbox): void {
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
}
