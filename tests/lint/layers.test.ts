// The layer rules in eslint.config.js, run through ESLint's own API on small in-memory files placed in each folder:
// a wrong import fails lint, the right one passes.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The in-memory files belong to no tsconfig, so every type-checked rule (they need one) is left out here, as
// typescript-eslint's disableTypeChecked does.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { project: false, projectService: false } },
    rules: tseslint.configs.disableTypeChecked.rules,
  },
});

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  const fatal = (result?.messages ?? []).filter((m) => m.fatal === true);
  if (fatal.length > 0) throw new Error(`ESLint could not lint ${filePath}: ${fatal.map((m) => m.message).join('; ')}`);
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the layer rules', () => {
  it.each([
    ['electron/serve/x.ts', "import { CONTENT_SECURITY_POLICY } from '../main/security-policy';\nexport const p = CONTENT_SECURITY_POLICY;\n"],
    ['electron/cli/x.ts', "import { harden } from '../../electron/main/harden';\nexport const h = harden;\n"],
    ['electron/api/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['electron/serve/x.ts', "import type { IpcMainInvokeEvent } from 'electron';\nexport type E = IpcMainInvokeEvent;\n"],
    ['electron/web/x.ts', "import { windowOptions } from '../main/window-options';\nexport const w = windowOptions;\n"],
    ['electron/team/x.ts', "import { safeStorage } from 'electron';\nexport const s = safeStorage;\n"],
    ['shared/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n"],
    ['shared/x.ts', "import { openDatabase } from '../db';\nexport const o = openDatabase;\n"],
    ['db/x.ts', "import { dispatch } from '../electron/api/dispatch';\nexport const d = dispatch;\n"],
    ['renderer/src/x.ts', "import { openDatabase } from '../../db';\nexport const o = openDatabase;\n"],
  ])('refuses the import in %s: %s', async (filePath, source) => {
    expect(await importErrors(filePath, source)).toHaveLength(1);
  });

  it.each([
    [
      'electron/main/x.ts',
      "import { app } from 'electron';\nimport { CONTENT_SECURITY_POLICY } from '../web/security-policy';\nexport const a = [app, CONTENT_SECURITY_POLICY];\n",
    ],
    ['electron/preload/x.ts', "import { contextBridge } from 'electron';\nexport const c = contextBridge;\n"],
    ['electron/serve/x.ts', "import { CONTENT_SECURITY_POLICY } from '../web/security-policy';\nexport const p = CONTENT_SECURITY_POLICY;\n"],
    ['electron/cli/x.ts', "import { dispatch } from '../api/dispatch';\nimport { run } from './main';\nexport const d = [dispatch, run];\n"],
  ])('allows the import in %s: %s', async (filePath, source) => {
    expect(await importErrors(filePath, source)).toEqual([]);
  });
});
