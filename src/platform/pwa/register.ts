import { Workbox } from 'workbox-window';
import type { OfflineStatus } from './offline-status.ts';

/**
 * Registers the app's service worker next to the page (so a sub-path install gets that sub-path
 * as its scope) and reports each change of status: ready offline, an update waiting, or why neither.
 * A waiting update is applied only through the `reload` it offers. Never throws: a failed
 * registration becomes the `failed` status. `enabled: false` (the dev server, which builds no
 * service worker) only reports whether the page is a secure context.
 */
export async function registerServiceWorker(
  report: (status: OfflineStatus) => void,
  { enabled }: { enabled: boolean },
): Promise<void> {
  let current: OfflineStatus['kind'] = 'starting';
  const set = (status: OfflineStatus) => {
    current = status.kind;
    report(status);
  };
  if (!window.isSecureContext) {
    set({ kind: 'insecure' });
    return;
  }
  if (!enabled || !('serviceWorker' in navigator)) {
    set({ kind: 'unavailable' });
    return;
  }
  const workbox = new Workbox('./sw.js', { scope: './' });
  const offerUpdate = () => {
    set({ kind: 'update-waiting', reload: () => applyUpdate(workbox) });
  };
  workbox.addEventListener('waiting', offerUpdate);
  workbox.addEventListener('redundant', () => {
    if (current === 'starting') {
      set({ kind: 'failed' });
    }
  });
  try {
    const registration = await workbox.register();
    watchUpdateFoundBeforeRegistering(registration, offerUpdate);
    await workbox.active;
    if (current === 'starting') set({ kind: 'ready' });
  } catch (error) {
    set({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
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
