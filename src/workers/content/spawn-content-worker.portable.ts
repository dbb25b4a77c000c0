import ContentWorker from './worker.ts?worker&inline';

/**
 * Starts one content worker from code inlined in the page, for the single-file build opened from
 * disk: a file page has no worker file to load, and Chromium refuses module workers from `blob:`
 * addresses there, so the worker is bundled as a classic script (see vite.portable.config.ts).
 */
export function spawnContentWorker(): Worker {
  return new ContentWorker({ name: 'content' });
}
