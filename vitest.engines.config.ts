import { defineConfig } from 'vitest/config';

/**
 * The app's main flows in Firefox and WebKit, against the production build (`npm run
 * test:engines`, after `vite build`). Kept apart from the unit tests, which stay fast.
 */
export default defineConfig({
  test: {
    include: ['tests/engines/**/*.test.ts'],
    globalSetup: ['tests/engines/global-setup.ts'],
    environment: 'node',
    // Two cores: one browser at a time, and a slow engine is given time, not failed.
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 120_000,
    // A real browser on a shared two-core machine now and then misses a beat (WebKit's automation
    // session once never activated its service worker): a failed flow gets one more try, and
    // the output names every flow that needed it.
    retry: 1,
  },
});
