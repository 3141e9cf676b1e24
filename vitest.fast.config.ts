// `npm run test:fast`: the developer's loop, everything but what needs Chromium, PostgreSQL or kill loops, with fewer
// fuzz runs (SCOPEWISE_FUZZ_RUNS, 20 unless set: fewer than any property test states for itself); meant to finish in
// under two minutes on two cores. `npm test` (what
// CI runs) runs everything with each test's own counts (vitest.config.ts).
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

/**
 * Files left to the full tier: they drive Chromium, start PostgreSQL, SIGKILL children, build installers, or measure
 * at scale (100,000 assessments' query plans, the memory of streaming tens of thousands, the threads' stalls while
 * hundreds are imported or exported).
 */
const FULL_TIER_ONLY = [
  'tests/e2e/**',
  'tests/team/**',
  'tests/serve/serve.test.ts',
  'tests/db/crash.test.ts',
  'tests/db/restore-crash.test.ts',
  'tests/db/migrate-crash.test.ts',
  'tests/serve/import-kill.test.ts',
  'tests/db/list-plans.test.ts',
  'tests/cli/streaming.test.ts',
  // Threads measured under load: hundreds of assessments imported, exported or raced against saves.
  'tests/api/import-worker.test.ts',
  'tests/api/export-worker.test.ts',
  'tests/api/service-host.test.ts',
  'tests/db/restore-race.test.ts',
  'tests/build/**',
  'tests/audit/**',
];

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
      { extends: true, test: { name: 'node', include: ['tests/**/*.test.ts'], exclude: ['tests/renderer/**', ...FULL_TIER_ONLY] } },
      { extends: true, resolve: { conditions: ['browser'] }, test: { name: 'renderer', include: ['tests/renderer/**/*.test.ts'], environment: 'jsdom' } },
    ],
  },
});
