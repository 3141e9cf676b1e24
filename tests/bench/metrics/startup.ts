// Start-up with the integrity check beside the first reads (db/integrity-schedule.ts), at 10,000 and 100,000
// assessments (suffix .100k). startup.services: what the app does before its first paint, openServices
// (electron/api/services.ts) returning on an existing database whose daily backup is taken, then the first list page;
// the verdict (quick_check in its worker, then the read-write connection) is reported beside it, for context. Target:
// services + first page ≤ 25 ms at 100k. startup.serve: `scopewise serve` spawned (the bundled CLI, as
// tests/serve/serve-process.ts starts it) to its URL line.
import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { insertDemoAssessments, listAssessments, openDatabase } from '../../../db';
import { closeDatabase, exportsFolderFor, openServices } from '../../../electron/api/services';
import { browserFileActions } from '../../../electron/serve/file-actions';
import { startServe } from '../../serve/serve-process';
import { measure, type Metric } from '../harness';

const built = new Map<number, string>();

/**
 * A demo database of `count` assessments, built once and kept in the temp folder between runs (100,000 take minutes
 * to write), copied into a fresh folder for this run; closed cleanly, so its WAL is folded in.
 */
async function database(count: number): Promise<string> {
  const known = built.get(count);
  if (known !== undefined) return known;
  const cached = join(tmpdir(), `scopewise-bench-startup-${count}.db`);
  if (!existsSync(cached)) {
    const making = `${cached}.making`;
    rmSync(making, { force: true });
    const db = await openDatabase(making, { mounts: '' });
    const start = performance.now();
    insertDemoAssessments(db, { count, seed: 2025, batchSize: 2000 });
    process.stderr.write(`built ${count} assessments in ${Math.round(performance.now() - start)} ms (kept as ${cached})\n`);
    closeDatabase(db);
    renameSync(making, cached);
  }
  const folder = mkdtempSync(join(tmpdir(), 'scopewise-bench-start-'));
  process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
  const path = join(folder, 'scopewise.db');
  copyFileSync(cached, path);
  built.set(count, path);
  return path;
}

const median = (values: number[]): number => Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]! * 1000) / 1000;

async function services(count: number, runs: number): Promise<Record<string, number>> {
  const path = await database(count);
  const open = () => openServices({ databasePath: path, files: browserFileActions(exportsFolderFor(path)) });
  // The first start of the day takes its backup; the timed ones find it taken, as every other start does.
  const first = await open();
  await first.ready;
  first.close();
  const before: number[] = [];
  const verdict: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const opened = await open();
    listAssessments(opened.db, {});
    before.push(performance.now() - start);
    await opened.ready;
    verdict.push(performance.now() - start);
    opened.close();
  }
  return { median_ms: median(before), verdict_median_ms: median(verdict), runs };
}

export const metrics: Metric[] = [
  ...[10_000, 100_000].map((count): Metric => ({
    name: `startup.services${count > 10_000 ? '.100k' : ''}`,
    target: 'median ≤ 25 ms (services open + first list page; the verdict follows off the main thread)',
    run: () => services(count, count > 10_000 ? 10 : 20),
  })),
  ...[10_000, 100_000].map((count): Metric => ({
    name: `startup.serve${count > 10_000 ? '.100k' : ''}`,
    target: 'median ≤ 400 ms (to the URL line; the bundled CLI)',
    run: async () => {
      const path = await database(count);
      return measure(async () => (await startServe({ databasePath: path })).stop(), count > 10_000 ? 6 : 10, 1);
    },
  })),
];
