// The CLI runs from a bundle (build/cli-bundle.mjs): rebuilt when a source is newer, with the native addon and jsPDF's
// unused optional dependencies left out, and the same answers as the TypeScript it is built from.
import { readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { CLI_DIR, CLI_ENTRY, ensureCliBundle, isCliBundleStale, JSPDF_UNUSED_OPTIONAL } from '../../build/cli-bundle.mjs';
import { cli, cliProcess } from './cli-helpers';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('the CLI bundle', () => {
  it('is rebuilt when a source it was built from is newer than it, and not otherwise', async () => {
    await ensureCliBundle();
    expect(isCliBundleStale()).toBe(false);
    const source = join(root, 'shared', 'engine', 'recommend.ts');
    const { atime, mtime } = statSync(source);
    const later = new Date(statSync(CLI_ENTRY).mtimeMs + 2000);
    utimesSync(source, later, later);
    try {
      expect(isCliBundleStale()).toBe(true);
      expect(await ensureCliBundle()).toBe(true);
      expect(isCliBundleStale()).toBe(false);
      expect(await ensureCliBundle()).toBe(false);
    } finally {
      utimesSync(source, atime, mtime);
    }
  });

  it('is rebuilt when package-lock.json is newer, and does not stat bundled dependencies one by one', async () => {
    await ensureCliBundle();
    const bundled = (JSON.parse(readFileSync(join(CLI_DIR, 'inputs.json'), 'utf8')) as string[]).find((input) => input.startsWith('node_modules/'));
    expect(bundled).toBeDefined();
    const later = new Date(statSync(CLI_ENTRY).mtimeMs + 2000);
    for (const [file, stale] of [
      [join(root, bundled!), false],
      [join(root, 'package-lock.json'), true],
    ] as const) {
      const { atime, mtime } = statSync(file);
      utimesSync(file, later, later);
      try {
        expect(isCliBundleStale()).toBe(stale);
      } finally {
        utimesSync(file, atime, mtime);
      }
    }
    expect(isCliBundleStale()).toBe(false);
  });

  it('answers a recommend exactly as the TypeScript source does', async () => {
    const input = JSON.stringify({ projectKind: 'api-service', concurrency: 'high-async', apiDocs: true });
    const bundled = cliProcess(['recommend', '-'], input);
    expect(bundled).toMatchObject({ code: 0, stderr: '' });
    expect(bundled.stdout).toBe((await cli(['recommend', '-'], input)).stdout);
  });

  it('leaves better-sqlite3 to load at the first database opened, and bundles none of jsPDF’s unused optional dependencies', () => {
    const code = readdirSync(CLI_DIR)
      .filter((name) => name.endsWith('.mjs'))
      .map((name) => readFileSync(join(CLI_DIR, name), 'utf8'))
      .join('\n');
    expect(code).not.toMatch(/^import[^;]*from\s*"better-sqlite3"/m);
    expect(code).toContain('require("better-sqlite3")');
    for (const name of JSPDF_UNUSED_OPTIONAL) expect(code, name).not.toContain(`node_modules/${name}/`);
  });
});
