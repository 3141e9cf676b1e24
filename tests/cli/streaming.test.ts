// `list --json` (and the lines) and bundle export stream: one statement, written as it goes, memory flat however many
// rows. Small outputs are byte-identical to what the whole-array code printed; large ones are measured, not timed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { exportBundle, listAssessments, listExports } from '../../db';
import { bundleText, writeBundle } from '../../electron/api/bundle-export';
import type { AssessmentSummary, ListQuery } from '../../shared/assessment';
import { fillAssessments, filledId } from '../db/many-assessments';
import { tempDatabase, tempFolder } from '../db/temp';
import { cli } from './cli-helpers';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every page, the way `list` gathered them before it streamed. */
function allPages(db: Parameters<typeof listAssessments>[0], query: ListQuery): AssessmentSummary[] {
  const rows: AssessmentSummary[] = [];
  for (let page = 0; ; page++) {
    const result = listAssessments(db, { ...query, page });
    rows.push(...result.rows);
    if (!result.hasMore) return rows;
  }
}

/** Runs the CLI as a process and returns its peak resident memory in MB (Node's own count, printed at exit). */
function peakMb(args: string[]): { mb: number; stdout: string } {
  const report = 'data:text/javascript,process.on("exit",()=>process.stderr.write("maxrss "+process.resourceUsage().maxRSS+"\\n"))';
  const result = spawnSync(process.execPath, ['--import', report, 'build/scopewise.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    timeout: 120_000,
  });
  expect(result.status, result.stderr).toBe(0);
  const kb = Number(/maxrss (\d+)/.exec(result.stderr)?.[1]);
  return { mb: Math.round(kb / 102.4) / 10, stdout: result.stdout };
}

describe('list streams', () => {
  it('prints, as --json and as lines, exactly what the paged list gathered', async () => {
    const { db, path } = await tempDatabase();
    fillAssessments(db, 130);
    for (const query of [{}, { status: 'final' }, { search: 'project 1' }] as const) {
      const rows = allPages(db, query);
      expect(rows.length).toBeGreaterThan(10);
      const flags = Object.entries(query).flatMap(([name, value]) => [`--${name}`, value]);
      expect((await cli(['list', '--json', '--db', path, ...flags])).stdout).toBe(`${JSON.stringify(rows, null, 2)}\n`);
      const lines = (await cli(['list', '--db', path, ...flags])).stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(rows.length);
      expect(lines.map((line) => line.split('  ').at(-1))).toEqual(rows.map((row) => row.id));
    }
    expect((await cli(['list', '--json', '--db', path, '--search', 'nothing-like-this'])).stdout).toBe('[]\n');
    expect((await cli(['list', '--db', path, '--search', 'nothing-like-this'])).stdout).toBe('No assessments.\n');
  });

  it('keeps memory flat: 60,000 rows as --json take about what 20,000 take', async () => {
    const peaks: number[] = [];
    for (const count of [20_000, 60_000]) {
      const { db, path } = await tempDatabase();
      fillAssessments(db, count);
      db.close();
      const run = peakMb(['list', '--json', '--db', path]);
      expect((JSON.parse(run.stdout) as unknown[]).length).toBe(count - 1 - Math.floor((count - 1) / 50));
      peaks.push(run.mb);
    }
    process.stderr.write(`list --json peak RSS: ${peaks[0]} MB at 20,000 rows, ${peaks[1]} MB at 60,000\n`);
    // Gathering every row and the whole text first, as the paged list did, cost about 2 MB more per thousand rows.
    expect(peaks[1]! - peaks[0]!).toBeLessThan(20);
  }, 240_000);
});

describe('bundle export streams', () => {
  it('writes exactly the text of the whole bundle, logging the SHA-256 of the file', async () => {
    const { db } = await tempDatabase();
    fillAssessments(db, 12);
    const ids = [filledId(3), filledId(1), filledId(11)];
    const now = new Date('2026-01-02T03:04:05.000Z');
    const whole = `${JSON.stringify(exportBundle(db, ids, now), null, 2)}\n`;
    expect([...bundleText(db, ids, now)].join('')).toBe(whole);
    expect([...bundleText(db, [], now)].join('')).toBe(`${JSON.stringify(exportBundle(db, [], now), null, 2)}\n`);
    const path = join(tempFolder(), 'three.json');
    const written = writeBundle(db, ids, path, now);
    expect(readFileSync(path, 'utf8')).toBe(whole);
    expect(written).toEqual({ path, sha256: createHash('sha256').update(whole).digest('hex'), count: 3 });
    expect(listExports(db, ids[0]!).map((entry) => entry.sha256)).toEqual([written.sha256]);
  });

  it('keeps memory flat: 10,000 assessments exported (the most a bundle carries) take about what 1,000 take', async () => {
    const peaks: number[] = [];
    for (const count of [1_000, 10_001]) {
      const { db, path, folder } = await tempDatabase();
      fillAssessments(db, count);
      db.close();
      const ids = Array.from({ length: count - 1 }, (_, i) => filledId(i + 1));
      const out = join(folder, 'all.json');
      peaks.push(peakMb(['export', ...ids, '--out', out, '--db', path]).mb);
      expect((JSON.parse(readFileSync(out, 'utf8')) as { assessments: unknown[] }).assessments).toHaveLength(count - 1);
    }
    process.stderr.write(`export peak RSS: ${peaks[0]} MB at 1,000 assessments, ${peaks[1]} MB at 10,000\n`);
    // The 10,000 ids on the command line and their 10,000 export log rows take some room; the whole bundle held as one
    // object and one string would take hundreds of MB more.
    // Revisions now carry every field and their recommendation, so each assessment's text is larger than it was.
    expect(peaks[1]! - peaks[0]!).toBeLessThan(100);
  }, 240_000);
});
