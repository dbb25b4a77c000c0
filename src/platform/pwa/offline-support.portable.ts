import type { OfflineStatus } from './offline-status.ts';

/**
 * The portable copy is one file opened from disk: it works offline by being on the disk, and a
 * file page can have no service worker, so there is nothing to register (and no workbox-window
 * in its script).
 */
export function startOfflineSupport(report: (status: OfflineStatus) => void): void {
  report({ kind: 'portable' });
}
