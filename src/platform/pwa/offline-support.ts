import type { OfflineStatus } from './offline-status.ts';
import { registerServiceWorker } from './register.ts';

/**
 * Sets up working offline and reports each change of status. The portable build replaces this
 * module with offline-support.portable.ts (see vite.portable.config.ts).
 */
export function startOfflineSupport(report: (status: OfflineStatus) => void): void {
  void registerServiceWorker(report, { enabled: import.meta.env.PROD });
}
