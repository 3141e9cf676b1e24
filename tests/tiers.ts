// Which test files run alone: they drive Chromium, start PostgreSQL, SIGKILL children, build installers or the CLI
// bundle, or measure at scale (100,000 assessments' query plans, the memory of streaming tens of thousands, the
// threads' stalls while hundreds are imported or exported). `npm test` runs them one at a time after everything else
// (vitest.config.ts); the fast tier leaves them out (vitest.fast.config.ts).
export const RUN_ALONE = [
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
  // Moves a source's and package-lock.json's time forward to see the CLI bundle rebuilt: a CLI test in another worker
  // would rebuild it at the same moment.
  'tests/cli/bundle.test.ts',
  'tests/build/**',
  'tests/audit/**',
];

/** RUN_ALONE as test files to include (a folder's pattern names only its test files, not its helpers). */
export const RUN_ALONE_FILES = RUN_ALONE.map((pattern) => (pattern.endsWith('/**') ? `${pattern}/*.test.ts` : pattern));
