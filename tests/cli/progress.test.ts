// Long CLI work shows its progress on a terminal, one line rewritten in place and cleared at the end, and never in a
// pipe or a log (electron/cli/progress.ts): `import` counts the assessments in as they go.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { exportBundle, insertDemoAssessments } from '../../db';
import { closeDatabase } from '../../electron/api/services';
import { runCli } from '../../electron/cli/run';
import { tempDatabase, tempFolder } from '../db/temp';
import { cli } from './cli-helpers';

async function bundleFile(count: number): Promise<string> {
  const { db } = await tempDatabase();
  insertDemoAssessments(db, { count, seed: 5, now: new Date('2026-03-01T00:00:00Z') });
  const path = join(tempFolder(), 'bundle.json');
  writeFileSync(path, JSON.stringify(exportBundle(db, db.prepare('SELECT id FROM assessments').pluck().all() as string[])));
  closeDatabase(db);
  return path;
}

describe('progress of a CLI import', () => {
  it('counts the assessments in on a terminal, ends at the total and clears the line', async () => {
    const bundle = await bundleFile(300);
    const lines: (string | null)[] = [];
    let stderr = '';
    const code = await runCli(['import', bundle, '--db', join(tempFolder(), 'scopewise.db')], {
      out: () => undefined,
      err: (text) => (stderr += text),
      readStdin: async () => '',
      progress: (line) => lines.push(line),
    });
    expect(code).toBe(0);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.at(-2)).toBe('importing 300 of 300 assessments');
    expect(lines.at(-1)).toBeNull();
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^importing \d+ of 300 assessments$/);
    expect(stderr).not.toMatch(/importing \d/);
  });

  it('counts the assessments out of an export on a terminal', async () => {
    const { db, path } = await tempDatabase();
    insertDemoAssessments(db, { count: 120, seed: 6, now: new Date('2026-03-01T00:00:00Z') });
    const ids = db.prepare('SELECT id FROM assessments').pluck().all() as string[];
    closeDatabase(db);
    const lines: (string | null)[] = [];
    const code = await runCli(['export', ...ids, '--out', join(tempFolder(), 'out.json'), '--db', path], {
      out: () => undefined,
      err: () => undefined,
      readStdin: async () => '',
      progress: (line) => lines.push(line),
    });
    expect(code).toBe(0);
    expect(lines.at(-2)).toBe('exporting 120 of 120 assessments');
    expect(lines.at(-1)).toBeNull();
  });

  it('writes no progress where stderr is not a terminal', async () => {
    const bundle = await bundleFile(50);
    const result = await cli(['import', bundle, '--db', join(tempFolder(), 'scopewise.db')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^added 50,/);
    expect(result.stderr).not.toMatch(/importing/);
  });
});
