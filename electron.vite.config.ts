import { cpSync } from 'node:fs';
import { resolve } from 'node:path';

import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/** The proposal's font files and licences go to out/fonts, where the bundled main reads them (electron/api/proposal-fonts.ts). */
function proposalFonts(): Plugin {
  return {
    name: 'scopewise-proposal-fonts',
    closeBundle() {
      cpSync(resolve('shared/proposal/fonts'), resolve('out/fonts'), { recursive: true });
    },
  };
}

/**
 * The window reads the messages compiled in the app's own languages (shared/i18n/paraglide-app, build/i18n.mjs)
 * wherever the code imports the full set: the same functions, without the proposal languages' words, which only the
 * proposal (rendered outside the window) prints.
 */
function appLanguagesOnly(): Plugin {
  const full = resolve('shared/i18n/paraglide') + '/';
  const app = resolve('shared/i18n/paraglide-app') + '/';
  return {
    name: 'scopewise-app-languages-only',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.includes('i18n/paraglide/')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved === null || !resolved.id.startsWith(full)) return resolved;
      return { ...resolved, id: app + resolved.id.slice(full.length) };
    },
  };
}

// Main and preload are bundled for Node; better-sqlite3 stays external (native addon, unpacked from the asar).
// Each worker thread is an entry of its own, and every chunk sits beside index.js, so a worker is found next to the
// code that starts it (db/worker-file.ts).
export default defineConfig({
  main: {
    plugins: [proposalFonts()],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          'integrity-worker': resolve('db/integrity-worker.ts'),
          'import-worker': resolve('electron/api/import-worker.ts'),
          'service-worker': resolve('electron/api/service-worker.ts'),
          'export-worker': resolve('electron/api/export-worker.ts'),
          'render-worker': resolve('electron/api/render-worker.ts'),
        },
        external: ['better-sqlite3', 'electron'],
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve('electron/preload/index.ts') }, output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [appLanguagesOnly(), svelte()],
    build: {
      outDir: resolve('out/renderer'),
      // Minified (electron-vite leaves it off by default): the window's first load fetches the engine with its words, and
      // ui.initialJs must stay within budget (tests/e2e/looks.test.ts, tests/bench/metrics/ui.ts).
      minify: 'esbuild',
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
