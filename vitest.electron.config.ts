// Vitest for `npm run e2e:electron`: the end-to-end tests that drive the real Electron app with Playwright.
// Kept out of vitest.config.ts (and so out of `npm test`): they need the Electron binary, which Electron
// downloads on first run, and a better-sqlite3 build for Electron's ABI.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e-electron/**/*.e2e-electron.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
