import js from '@eslint/js';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layers (README.md, "Layout"). Each folder lists what it must not import; ESLint keeps the last matching
// no-restricted-imports setting per file, so every folder states its whole list. tests/lint/layers.test.ts proves
// that a wrong import fails lint.
const ELECTRON = { name: 'electron', message: 'Only electron/main and electron/preload may import Electron.' };
const ELECTRON_MAIN = {
  group: ['**/electron/main', '**/electron/main/**', '../main', '../main/**'],
  message: 'electron/api, electron/cli, electron/serve and electron/web never import electron/main; move what both need to electron/web/ or electron/api/.',
};
export const LAYERS = {
  // shared/ is pure: it runs in the browser and in Node, and imports no other project folder.
  'shared/**/*.ts': {
    paths: [ELECTRON],
    patterns: [
      { group: ['**/db', '**/db/**', '**/electron/**', '**/renderer/**'], message: 'shared/ imports no other project folder.' },
      { group: ['node:*', 'fs', 'path', 'better-sqlite3', 'electron/*'], message: 'shared/ is pure: no Node modules, no database.' },
    ],
  },
  // db/ owns SQL and may use shared/.
  'db/**/*.ts': {
    paths: [ELECTRON],
    patterns: [{ group: ['**/electron/**', '**/renderer/**'], message: 'db/ may import shared/ only.' }],
  },
  // renderer/ owns the screen and may use shared/; it reaches everything else through the API contract.
  'renderer/**/*.{ts,svelte}': {
    paths: [ELECTRON],
    patterns: [
      { group: ['**/db', '**/db/**', '**/electron/**'], message: 'renderer/ may import shared/ only; it calls the rest through shared/api.' },
      { group: ['node:*', 'better-sqlite3'], message: 'renderer/ runs in the browser: no Node modules.' },
    ],
  },
  // Code under electron/ that never touches Electron: the shared handlers, the CLI, the browser transport, what the
  // window and the browser transport both serve, the team sync, and the native-module locator.
  'electron/{api,cli,serve,web,team,native}/**/*.{ts,mjs}': {
    paths: [ELECTRON],
    patterns: [ELECTRON_MAIN, { group: ['electron/*'], message: ELECTRON.message }],
  },
};

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'coverage/', '.native/', 'shared/i18n/paraglide/', 'shared/i18n/paraglide-app/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Ordered imports and exports (`npx eslint --fix .` sorts them); Prettier does the rest of the layout.
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: { 'simple-import-sort/imports': 'error', 'simple-import-sort/exports': 'error' },
  },
  {
    // typescript-eslint's type-checked rules (recommendedTypeChecked) over every TypeScript file, each checked against
    // the tsconfig that builds it (tsconfig.node.json or tsconfig.web.json). Among them: promises are awaited, returned
    // or handed on on purpose, never dropped. require-await is off: an implementation of an async interface (a file
    // action, an API stub) may rightly answer at once.
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { project: ['./tsconfig.node.json', './tsconfig.web.json'], tsconfigRootDir: import.meta.dirname } },
    rules: {
      ...Object.assign({}, ...tseslint.configs.recommendedTypeChecked.map((c) => c.rules ?? {})),
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    // Tests read JSON that processes, PDFs and HTTP answers print, typed as they arrive: \`any\` is their honest type.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  {
    files: ['renderer/**/*.svelte', 'renderer/**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser }, globals: { ...globals.browser } },
  },
  {
    files: ['renderer/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  ...Object.entries(LAYERS).map(([glob, restrictions]) => ({ files: [glob], rules: { 'no-restricted-imports': ['error', restrictions] } })),
);
