import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

// Two projects: everything under Node, and the Svelte component tests in jsdom with the browser build of Svelte.
export default defineConfig({
  plugins: [svelte()],
  test: {
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['tests/setup-runs.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'node', include: ['tests/**/*.test.ts'], exclude: ['tests/renderer/**'] } },
      { extends: true, resolve: { conditions: ['browser'] }, test: { name: 'renderer', include: ['tests/renderer/**/*.test.ts'], environment: 'jsdom' } },
    ],
  },
});
