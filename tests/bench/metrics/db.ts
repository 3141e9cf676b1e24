// Database metrics over a 10,000-assessment database built once in a temp folder with the demo generator.
// db.save ≤ 1 ms, db.search ≤ 1 ms, db.listPage ≤ 1 ms, db.open ≤ 25 ms (medians); db.commitFloor (the disk's durable
// commit) and db.openQuickCheck (open plus a read of every page) are reported for context.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertDemoAssessments, listAssessments, openDatabase, saveAssessment, type Database } from '../../../db';
import { connect } from '../../../db/examine';

import { seededRandom, variedRecords } from '../../fixtures/records';
import { measure, type Metric } from '../harness';

const COUNT = 10_000;
let built: { folder: string; path: string; db: Database; ids: string[] } | null = null;

async function database(): Promise<NonNullable<typeof built>> {
  if (built !== null) return built;
  const folder = mkdtempSync(join(tmpdir(), 'scopewise-bench-'));
  const path = join(folder, 'scopewise.db');
  const db = await openDatabase(path, { mounts: '' });
  const start = performance.now();
  const ids = insertDemoAssessments(db, { count: COUNT, seed: 2025, batchSize: 2000 });
  process.stderr.write(`built ${COUNT} assessments in ${Math.round(performance.now() - start)} ms\n`);
  process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
  built = { folder, path, db, ids };
  return built;
}

/** What a consultant types into the search box: the first letters of a client, a project or a word in the notes. */
const PREFIXES = ['zoe', 'mül', 'mu', 'nguy', 'моск', 'ελλ', '東京', 'shop', 'api', 'portal', 'bud', 'alex', 'ørst', 'café', 'kra', 'gdpr'];

export const metrics: Metric[] = [
  {
    name: 'db.save',
    target: 'median ≤ 1 ms',
    run: async () => {
      const { db, ids } = await database();
      const records = variedRecords(500, 7);
      const random = seededRandom(99);
      // Each save lands two minutes after the last, so every one adds a revision (the costlier path), and changes
      // an answer, so the recommendation snapshot is retaken.
      let clock = Date.now();
      return measure((i) => {
        clock += 120_000;
        const requirements = { ...records[i % records.length]!, teamSize: 1 + (i % 200) };
        saveAssessment(db, ids[Math.floor(random() * ids.length)]!, { requirements, notes: `Edited in the workshop, take ${i}.` }, { now: new Date(clock) });
      }, 2000, 200);
    },
  },
  {
    name: 'db.commitFloor',
    target: 'for context: db.save cannot beat the disk',
    run: async () => {
      // A bare one-row durable commit (WAL, synchronous=FULL) on the same disk: the fsync every durable save pays.
      const { folder } = await database();
      const floor = connect(join(folder, 'floor.db'));
      floor.pragma('journal_mode = WAL');
      floor.pragma('synchronous = FULL');
      floor.exec('CREATE TABLE t (v TEXT)');
      const insert = floor.prepare('INSERT INTO t (v) VALUES (?)');
      const result = await measure((i) => insert.run(`row ${i}`), 1000, 100);
      floor.close();
      return result;
    },
  },
  {
    name: 'db.search',
    target: 'median ≤ 1 ms',
    run: async () => {
      const { db } = await database();
      return measure((i) => listAssessments(db, { search: PREFIXES[i % PREFIXES.length]! }), 3200, 320);
    },
  },
  {
    name: 'db.listPage',
    target: 'median ≤ 1 ms',
    run: async () => {
      const { db } = await database();
      return measure(() => listAssessments(db, {}), 3000, 300);
    },
  },
  {
    name: 'db.open',
    target: 'median ≤ 25 ms',
    run: async () => {
      const { path } = await database();
      // Open, pragmas, migration check (user_version, schema history); the full-file quick_check is db.openQuickCheck.
      return measure(async () => (await openDatabase(path, { mounts: '', quickCheck: false })).close(), 100, 10);
    },
  },
  {
    name: 'db.openQuickCheck',
    target: 'for context (reads every page)',
    run: async () => {
      const { path } = await database();
      return measure(async () => (await openDatabase(path, { mounts: '' })).close(), 20, 3);
    },
  },
];

