// Team sync metrics against a real PostgreSQL cluster started for the run (tests/team/pg-cluster.ts):
// sync.pull1000 ≤ 2 s (1,000 revisions shared by another device, pulled into a 10,000-assessment database, median);
// sync.idle ≤ 50 ms (a sync with nothing to move, connection included, median); sync.idle100k: the same after the
// team database grew by 100,000 assessments' revisions from 50 other devices (this device caught up with them).
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertDemoAssessments, openDatabase, saveAssessment, type Database } from '../../../db';
import { connectTeam } from '../../../electron/team/connect';
import { grantTeamRole, initTeamSchema } from '../../../electron/team/schema';
import { syncTeam } from '../../../electron/team/sync';
import { PgCluster } from '../../team/pg-cluster';
import { measure, type Metric } from '../harness';

const COUNT = 10_000;
const PULLED = 1_000;
const PASSWORD = 'bench';

interface Setup {
  folder: string;
  cluster: PgCluster;
  url: string;
  /** A synced 10,000-assessment database from before the other device's 1,000 revisions (checkpointed: copy it). */
  base: string;
}

let setup: Promise<Setup> | null = null;

async function open(path: string): Promise<Database> {
  return openDatabase(path, { mounts: '', quickCheck: false, backupDir: join(path, '..', 'backups') });
}

function freshCopy(folder: string, base: string, name: string): string {
  const path = join(folder, `${name}.db`);
  copyFileSync(base, path);
  return path;
}

async function build(): Promise<Setup> {
  const folder = mkdtempSync(join(tmpdir(), 'scopewise-bench-sync-'));
  const cluster = await PgCluster.create();
  process.on('exit', () => {
    cluster.destroy();
    rmSync(folder, { recursive: true, force: true });
  });
  cluster.psql(`CREATE ROLE owner LOGIN PASSWORD '${PASSWORD}'`);
  cluster.psql(`CREATE ROLE consultant LOGIN PASSWORD '${PASSWORD}'`);
  cluster.psql('CREATE DATABASE team OWNER owner');
  const owner = await connectTeam({ url: cluster.url('owner', PASSWORD, 'team') });
  await initTeamSchema(owner.client);
  await grantTeamRole(owner.client, 'consultant');
  await owner.close();
  const url = cluster.url('consultant', PASSWORD, 'team');

  const base = join(folder, 'base.db');
  const db = await open(base);
  const ids = insertDemoAssessments(db, { count: COUNT, seed: 7, batchSize: 2000 });
  await syncTeam(db, { url });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();

  // Another device (a copy under its own device id) revises 1,000 of them and shares that.
  const other = await open(freshCopy(folder, base, 'other'));
  other.prepare('UPDATE team_sync SET device_id = lower(hex(randomblob(16))) WHERE id = 1').run();
  const later = new Date(Date.now() + 10 * 60_000);
  for (let i = 0; i < PULLED; i++) saveAssessment(other, ids[i * 7]!, { notes: `Revised on the other laptop (${i}).` }, { now: later });
  await syncTeam(other, { url });
  other.close();
  return { folder, cluster, url, base };
}

export const metrics: Metric[] = [
  {
    name: 'sync.pull1000',
    target: 'median ≤ 2000 ms',
    run: async () => {
      setup ??= build();
      const { folder, url, base } = await setup;
      let db: Database | null = null;
      return measure(
        async (i) => {
          // Conservative: each timed run also closes its copy and copies and opens the next one's.
          db ??= await open(freshCopy(folder, base, `pull-${i}`));
          const report = await syncTeam(db, { url });
          if (report.pulled !== PULLED) throw new Error(`pulled ${report.pulled}, expected ${PULLED}`);
          db.close();
          db = await open(freshCopy(folder, base, `pull-${i + 1}`));
        },
        5,
        1,
      );
    },
  },
  {
    name: 'sync.idle',
    target: 'median ≤ 50 ms',
    run: async () => {
      setup ??= build();
      const { folder, url, base } = await setup;
      const db = await open(freshCopy(folder, base, 'idle'));
      await syncTeam(db, { url });
      const result = await measure(() => syncTeam(db, { url }), 50, 5);
      db.close();
      return result;
    },
  },
  {
    name: 'sync.idle100k',
    target: 'median ≤ 50 ms',
    run: async () => {
      setup ??= build();
      const { folder, cluster, url, base } = await setup;
      // 100,000 assessments from 50 devices, written straight into the log (their content is never read here).
      cluster.psql(
        `INSERT INTO scopewise.devices (id, role) SELECT md5('device' || d), 'consultant' FROM generate_series(1, 50) d;
         INSERT INTO scopewise.changes (change_id, kind, assessment_id, parent, fields, created_at, updated_at, author, device_id)
         SELECT md5('r' || g) || md5('s' || g), 'revision', md5('a' || g)::uuid::text, NULL, '{}', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'consultant', md5('device' || (g % 50 + 1))
         FROM generate_series(1, 100000) g;
         ANALYZE scopewise.changes;`,
        'team',
      );
      const db = await open(freshCopy(folder, base, 'idle100k'));
      // Pulls the other laptop's 1,000 revisions, then stops at the synthetic rows (their empty fields are refused)...
      await syncTeam(db, { url }).catch(() => undefined);
      // ...past which the cursor is set: caught up with all of it, as a device that has synced since would be.
      const last = Number(cluster.psql('SELECT max(seq) FROM scopewise.changes', 'team').split('\n')[2]!.trim());
      db.prepare('UPDATE team_sync SET cursor = ? WHERE id = 1').run(last);
      const result = await measure(() => syncTeam(db, { url }), 50, 5);
      db.close();
      return result;
    },
  },
];
