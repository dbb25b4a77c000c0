/**
 * Starts one content worker from its own file next to the page (a module worker). The portable
 * build replaces this module with spawn-content-worker.portable.ts (see vite.portable.config.ts).
 */
export function spawnContentWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), {
    type: 'module',
    name: 'content',
  });
}
