// Sync under faults, against a real PostgreSQL: a sync killed with SIGKILL at random moments, again and again, then
// resumed converges with nothing lost or doubled; the server stopped in the middle of a sync leaves the local database
// sound, the sync says so, and the next one converges.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDatabase, insertDemoAssessments, type Database } from '../../db';
import { seededRandom } from '../../db/demo';
import { deviceState } from './device-state';
import { newDevice, syncDevice, useTeamCluster, type TeamFixture } from './team-fixture';

const pg = useTeamCluster();
const root = fileURLToPath(new URL('../../', import.meta.url));

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  ms: number;
}

/** The CLI's sync as its own process; killed with SIGKILL after `killAfterMs` when given. */
function syncProcess(team: TeamFixture, path: string, role: string, options: { batch: number; killAfterMs?: number; onStart?: () => void }): Promise<Run> {
  return new Promise((resolveRun) => {
    const started = Date.now();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'electron/cli/main.ts', 'sync', '--db', path, '--team-url', team.url(role), '--batch', String(options.batch), '--json'],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = options.killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), options.killAfterMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolveRun({ code, signal, stderr, ms: Date.now() - started });
    });
  });
}

function duplicates(db: Database): number {
  return db.prepare('SELECT count(*) FROM (SELECT assessment_id, identity FROM revisions GROUP BY 1, 2 HAVING count(*) > 1)').pluck().get() as number;
}

async function seeded(count: number, seed: number): Promise<{ path: string; open: () => Promise<Database>; ids: string[] }> {
  const device = await newDevice();
  const db = await device.open();
  const ids = insertDemoAssessments(db, { count, seed });
  db.close();
  return { ...device, ids };
}

function serverCounts(team: TeamFixture, cluster = pg.cluster): { changes: number; distinct: number } {
  const out = cluster.psql(`SELECT count(*) || ' ' || count(DISTINCT change_id) FROM scopewise.changes`, team.name);
  const [changes, distinct] = out.split('\n')[2]!.trim().split(' ').map(Number);
  return { changes: changes!, distinct: distinct! };
}

describe('sync under faults', () => {
  it('converges with nothing lost or doubled after 20 syncs killed by SIGKILL at random moments', async () => {
    const team = await pg.newTeam();
    const alice = await seeded(120, 1);
    const bob = await seeded(120, 2);
    const revisionsBefore = async (device: { open: () => Promise<Database> }): Promise<number> => {
      const db = await device.open();
      const n = db.prepare('SELECT count(*) FROM revisions').pluck().get() as number;
      db.close();
      return n;
    };
    const total = (await revisionsBefore(alice)) + (await revisionsBefore(bob));

    // How long a whole sync of this size takes from process start, to aim the kills inside it.
    const probe = await seeded(120, 3);
    const probeTeam = await pg.newTeam();
    const full = await syncProcess(probeTeam, probe.path, 'carol', { batch: 10 });
    expect(full.code, full.stderr).toBe(0);

    const random = seededRandom(20261129);
    let killed = 0;
    for (let i = 0; i < 20; i++) {
      const [device, role] = i % 2 === 0 ? [alice, 'alice'] : [bob, 'bob'];
      const run = await syncProcess(team, device.path, role, { batch: 10, killAfterMs: Math.floor(random() * full.ms) });
      if (run.signal === 'SIGKILL') killed++;
      else expect(run.code, run.stderr).toBe(0);
    }
    expect(killed).toBeGreaterThanOrEqual(10);

    await syncDevice(team, alice.path, 'alice');
    await syncDevice(team, bob.path, 'bob');
    await syncDevice(team, alice.path, 'alice');
    const [a, b] = await Promise.all([alice.open(), bob.open()]);
    expect(checkDatabase(a).ok && checkDatabase(b).ok).toBe(true);
    const state = deviceState(a);
    expect(deviceState(b)).toEqual(state);
    expect(Object.keys(state).sort()).toEqual([...alice.ids, ...bob.ids].sort());
    // Every revision made on either device is on both, once, and on the team database once.
    expect(Object.values(state).reduce((n, s) => n + s.revisions.length, 0)).toBe(total);
    expect(duplicates(a) + duplicates(b)).toBe(0);
    expect(serverCounts(team)).toEqual({ changes: total, distinct: total });
    expect(a.prepare('SELECT count(*) FROM revisions WHERE team_seq IS NULL').pluck().get()).toBe(0);
    a.close();
    b.close();
  }, 300_000);

  it('reports a server stopped in the middle of a sync, keeps the local database sound, and converges once it is back', async () => {
    const team = await pg.newTeam();
    const alice = await seeded(300, 4);
    const bob = await newDevice();
    const running = syncProcess(team, alice.path, 'alice', { batch: 5 });
    // Stop the server once part of the work has arrived.
    for (let i = 0; i < 400 && serverCounts(team).changes < 20; i++) await new Promise((r) => setTimeout(r, 25));
    pg.cluster.stop('immediate');
    let run: Run;
    try {
      run = await running;
    } finally {
      await pg.cluster.start();
    }
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/team database .*(connection was lost|nothing answers)/);
    const db = await alice.open();
    expect(checkDatabase(db).ok).toBe(true);
    expect(db.prepare('SELECT count(*) FROM revisions WHERE team_seq IS NULL').pluck().get()).toBeGreaterThan(0);
    db.close();

    await syncDevice(team, alice.path, 'alice');
    await syncDevice(team, bob.path, 'bob');
    const [a, b] = await Promise.all([alice.open(), bob.open()]);
    expect(Object.keys(deviceState(a))).toHaveLength(300);
    expect(deviceState(b)).toEqual(deviceState(a));
    a.close();
    b.close();
  }, 300_000);
});
