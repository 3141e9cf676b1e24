// Demo databases for the benchmarks, made once and kept: a 100,000-assessment database takes minutes to generate, so
// it is cached under node_modules/.cache/scopewise-bench/, keyed by its size, seed, schema version and generator
// version (a new migration, or a change to what db/demo.ts writes, makes a new one). Each benchmark run works on its own
// copy in a temp folder, so the cached file never changes.
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, mkdtempSync, openSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { insertDemoAssessments, LATEST_SCHEMA_VERSION, openDatabase } from '../../db';
import { ROOT } from '../e2e/build';

const CACHE = join(ROOT, 'node_modules', '.cache', 'scopewise-bench');
const SEED = 2025;
/**
 * Bumped whenever db/demo.ts writes different rows for the same seed (2: open revisions keep no snapshot; 3: engine 3
 * and its two more questions, which the demo answers too; 4: deals; 5: deal_days, and both together).
 */
const GENERATOR = 5;

/** The cached demo database of `count` assessments, generated on first use (progress on stderr). */
export async function cachedDemoDatabase(count: number): Promise<string> {
  const path = join(CACHE, `demo-${count}-seed${SEED}-schema${LATEST_SCHEMA_VERSION}-gen${GENERATOR}.db`);
  if (existsSync(path)) return path;
  mkdirSync(CACHE, { recursive: true });
  const building = `${path}.${process.pid}.building`;
  rmSync(building, { force: true });
  const db = await openDatabase(building, { mounts: '', backupDir: join(CACHE, 'backups-unused') });
  const start = performance.now();
  insertDemoAssessments(db, {
    count,
    seed: SEED,
    batchSize: 5000,
    onProgress: (written) => process.stderr.write(`\rgenerating ${count.toLocaleString('en')} demo assessments (once): ${written}`),
  });
  process.stderr.write(` in ${Math.round((performance.now() - start) / 1000)} s\n`);
  // One self-contained file: the WAL folded in, so a plain copy of it is the whole database.
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  renameSync(building, path);
  flushToDisk(path);
  return path;
}

/**
 * Writes the file's pages out now. A fresh copy of the 100,000 database is most of a gigabyte of pages the system would
 * otherwise write out in the background during the first measurements, slowing every durable commit and read there.
 */
function flushToDisk(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const copies: string[] = [];
process.on('exit', () => {
  for (const folder of copies) rmSync(folder, { recursive: true, force: true });
});

/** A fresh copy of the cached demo database in its own temp folder (removed when the run ends). */
export async function demoDatabaseCopy(count: number): Promise<{ folder: string; path: string }> {
  const source = await cachedDemoDatabase(count);
  const folder = mkdtempSync(join(tmpdir(), 'scopewise-bench-'));
  copies.push(folder);
  const path = join(folder, 'scopewise.db');
  copyFileSync(source, path);
  flushToDisk(path);
  return { folder, path };
}
