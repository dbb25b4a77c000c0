import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  // A relative base lets the same build run from any sub-path of an intranet server.
  base: './',
  plugins: [svelte()],
  build: { target: 'es2023' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
