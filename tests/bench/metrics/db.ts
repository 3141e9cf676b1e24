// Database metrics at two sizes, over cached demo databases (tests/bench/demo-cache.ts): 10,000 assessments, and
// 100,000 with the suffix .100k. Targets at both sizes (medians): db.save ≤ 1 ms, db.search ≤ 1 ms, db.listPage ≤ 1 ms,
// db.sortClient ≤ 2 ms, db.open ≤ 25 ms, db.pipeline ≤ 50 ms. db.open is what the app does before its first paint: openServices
// (electron/api/services.ts), i.e. open with its integrity check, migrations, and the start-up maintenance on a day
// whose backup is already taken. db.commitFloor (the disk's durable commit) and db.openNoCheck (db.open without
// quick_check) are reported for context.
import { join } from 'node:path';

import { type Database, defaultBackupDir, listAssessments, openDatabase, readPipeline, runStartupMaintenance, saveAssessment, setStatus } from '../../../db';
import { connect } from '../../../db/examine';
import { closeDatabase, openServices } from '../../../electron/api/services';
import { browserFileActions } from '../../../electron/serve/file-actions';
import { seededRandom, variedRecords } from '../../fixtures/records';
import { demoDatabaseCopy } from '../demo-cache';
import { measure, type Metric } from '../harness';

/** What a consultant types into the search box: the first letters of a client, a project or a word in the notes. */
const PREFIXES = ['zoe', 'mül', 'mu', 'nguy', 'моск', 'ελλ', '東京', 'shop', 'api', 'portal', 'bud', 'alex', 'ørst', 'café', 'kra', 'gdpr'];

function databaseMetrics(count: number, suffix: string): Metric[] {
  let opened: { folder: string; path: string; db: Database; ids: string[] } | null = null;
  const database = async (): Promise<NonNullable<typeof opened>> => {
    if (opened !== null) return opened;
    const { folder, path } = await demoDatabaseCopy(count);
    const db = await openDatabase(path, { mounts: '' });
    const ids = (db.prepare('SELECT id FROM assessments WHERE deleted_at IS NULL ORDER BY seq').all() as { id: string }[]).map((row) => row.id);
    opened = { folder, path, db, ids };
    return opened;
  };
  const open = async (path: string): Promise<void> =>
    (await openServices({ databasePath: path, files: browserFileActions(join(path, '..', 'exports')) })).close();
  const openNoCheck = async (path: string): Promise<void> => {
    const db = await openDatabase(path, { quickCheck: false });
    await runStartupMaintenance(db, defaultBackupDir(path));
    closeDatabase(db);
  };
  return [
    {
      name: `db.save${suffix}`,
      target: 'median ≤ 1 ms',
      run: async () => {
        const { db, ids } = await database();
        const records = variedRecords(500, 7);
        const random = seededRandom(99);
        // Each save lands two minutes after the last, so every one adds a revision (the costlier path), and changes
        // an answer, so the engine runs.
        let clock = Date.now();
        return measure(
          (i) => {
            clock += 120_000;
            const requirements = { ...records[i % records.length]!, teamSize: 1 + (i % 200) };
            saveAssessment(
              db,
              ids[Math.floor(random() * ids.length)]!,
              { requirements, notes: `Edited in the workshop, take ${i}.` },
              { now: new Date(clock) },
            );
          },
          2000,
          200,
        );
      },
    },
    ...(suffix === ''
      ? [
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
        ]
      : []),
    {
      name: `db.search${suffix}`,
      target: 'median ≤ 1 ms',
      run: async () => {
        const { db } = await database();
        return measure((i) => listAssessments(db, { search: PREFIXES[i % PREFIXES.length]! }), 3200, 320);
      },
    },
    {
      name: `db.listPage${suffix}`,
      target: 'median ≤ 1 ms',
      run: async () => {
        const { db } = await database();
        return measure(() => listAssessments(db, {}), 3000, 300);
      },
    },
    {
      name: `db.sortClient${suffix}`,
      target: 'median ≤ 2 ms',
      run: async () => {
        const { db } = await database();
        // The first pages by client, both directions, as someone paging through a sorted list.
        return measure((i) => listAssessments(db, { sort: 'clientName', direction: i % 2 === 0 ? 'asc' : 'desc', page: i % 4 }), 2000, 200);
      },
    },
    {
      name: `db.pipeline${suffix}`,
      target: 'median ≤ 50 ms',
      run: async () => {
        const { db } = await database();
        // The pipeline view as it opens: statuses with values, the open ones, the last 90 days' decisions.
        return measure(() => readPipeline(db, {}), 200, 20);
      },
    },
    {
      name: `db.statusChange${suffix}`,
      target: 'for context: one durable save like db.save',
      run: async () => {
        const { db, ids } = await database();
        const random = seededRandom(41);
        let clock = Date.now();
        return measure(
          (i) => {
            clock += 120_000;
            const id = ids[Math.floor(random() * ids.length)]!;
            setStatus(db, id, i % 2 === 0 ? { status: 'sent' } : { status: 'declined', reason: 'Budget moved' }, { now: new Date(clock) });
          },
          1000,
          100,
        );
      },
    },
    {
      name: `db.open${suffix}`,
      target: 'median ≤ 25 ms',
      run: async () => {
        const { path } = await database();
        // The first run takes the day's backup; the timed ones find it taken, as every start but the day's first does.
        return measure(() => open(path), count > 10_000 ? 10 : 30, 1);
      },
    },
    {
      name: `db.openNoCheck${suffix}`,
      target: 'for context: db.open without quick_check',
      run: async () => {
        const { path } = await database();
        return measure(() => openNoCheck(path), 30, 1);
      },
    },
  ];
}

export const metrics: Metric[] = [...databaseMetrics(10_000, ''), ...databaseMetrics(100_000, '.100k')];
