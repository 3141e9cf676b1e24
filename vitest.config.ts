import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

import { RUN_ALONE, RUN_ALONE_FILES } from './tests/tiers.ts';

// Everything, each test with its own counts: what CI runs. Two cores take the Node tests and the Svelte component tests
// (in jsdom, with the browser build of Svelte) side by side, each file in its own process; then the files that must
// run alone (tests/tiers.ts: Chromium, PostgreSQL, kill loops, measurements under load) run one at a time.
export default defineConfig({
  plugins: [svelte()],
  test: {
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['tests/setup-runs.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'node', include: ['tests/**/*.test.ts'], exclude: ['tests/renderer/**', ...RUN_ALONE], maxWorkers: 2 } },
      {
        extends: true,
        resolve: { conditions: ['browser'] },
        test: { name: 'renderer', include: ['tests/renderer/**/*.test.ts'], environment: 'jsdom', maxWorkers: 2 },
      },
      { extends: true, test: { name: 'alone', include: RUN_ALONE_FILES, maxWorkers: 1, sequence: { groupOrder: 1 } } },
    ],
  },
});
