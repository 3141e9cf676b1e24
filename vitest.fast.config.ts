// `npm run test:fast`: the developer's loop, everything but the files that run alone (tests/tiers.ts: Chromium,
// PostgreSQL, kill loops, measurements at scale), with fewer
// fuzz runs (SCOPEWISE_FUZZ_RUNS, 20 unless set: fewer than any property test states for itself); meant to finish in
// under two minutes on two cores. `npm test` (what
// CI runs) runs everything with each test's own counts (vitest.config.ts).
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

import { RUN_ALONE } from './tests/tiers.ts';

export default defineConfig({
  plugins: [svelte()],
  test: {
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['tests/setup-runs.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Both cores: Vitest's default leaves one free, which halves a loop that is mostly waiting on imports and PDFs.
    maxWorkers: 2,
    // One process per worker for all its files, not one per file: each file's setup runs again (tests/setup-runs.ts),
    // but modules stay loaded, so no test may depend on being the first of its process (tests/renderer/fake-api.ts).
    isolate: false,
    env: { SCOPEWISE_FUZZ_RUNS: process.env.SCOPEWISE_FUZZ_RUNS ?? '20' },
    projects: [
      { extends: true, test: { name: 'node', include: ['tests/**/*.test.ts'], exclude: ['tests/renderer/**', ...RUN_ALONE] } },
      { extends: true, resolve: { conditions: ['browser'] }, test: { name: 'renderer', include: ['tests/renderer/**/*.test.ts'], environment: 'jsdom' } },
    ],
  },
});
