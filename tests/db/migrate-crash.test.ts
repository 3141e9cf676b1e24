// An upgrade killed at any moment loses nothing: a child process upgrades a schema-10 database of thousands of
// assessments (a backup, then migration 11 refills the search index) and is SIGKILLed at random moments; after each
// kill the next open finishes the upgrade, and every assessment, the trash and the search are as they were.
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { checkDatabase, countAssessments, type Database, insertDemoAssessments, LATEST_SCHEMA_VERSION, openDatabase } from '../../db';
import { seededRandom } from '../fixtures/records';
import { killRounds, testSeed } from '../fixtures/runs';
import { runAndKill } from './kill-child';
import { openForTest, tempFolder } from './temp';

const runner = fileURLToPath(new URL('./migrate-runner.ts', import.meta.url));

/** Starts the upgrade in a child and kills it `delayMs` after it says "upgrading"; never, when delayMs is negative. */
function upgradeAndKill(path: string, delayMs: number): Promise<{ killed: boolean; ms: number }> {
  return runAndKill(runner, [path], 'upgrading', delayMs);
}

/** What must survive an upgrade: how many assessments are live and in the trash, and what two searches find. */
function contents(db: Database): number[] {
  return [countAssessments(db), countAssessments(db, { trash: true }), countAssessments(db, { search: 'a' }), countAssessments(db, { search: 'shop' })];
}

describe('upgrade crash safety', () => {
  it('finishes the upgrade at the next open and loses nothing, through SIGKILLs at random moments during it', async () => {
    const folder = tempFolder();
    const template = join(folder, 'v10.db');
    const old = await openDatabase(template, { mounts: '', targetVersion: 10 });
    insertDemoAssessments(old, { count: 6000, seed: 12 });
    const before = contents(old);
    old.pragma('wal_checkpoint(TRUNCATE)');
    old.close();
    expect(before[0]).toBeGreaterThan(5000);
    expect(before[2]).toBeGreaterThan(100);

    const path = join(folder, 'scopewise.db');
    const fresh = (): void => {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
      rmSync(join(folder, 'backups'), { recursive: true, force: true });
      copyFileSync(template, path);
    };
    // One whole upgrade first, to learn how long one takes here.
    fresh();
    const full = await upgradeAndKill(path, -1);
    expect(full.killed).toBe(false);

    const random = seededRandom(testSeed('upgrade crash'));
    let kills = 0;
    for (let round = 0; round < killRounds(8); round++) {
      fresh();
      const outcome = await upgradeAndKill(path, Math.floor(random() * full.ms * 0.9));
      if (outcome.killed) kills++;
      const db = await openForTest(path, { mounts: '' });
      expect(db.pragma('user_version', { simple: true }), `round ${round}`).toBe(LATEST_SCHEMA_VERSION);
      expect(checkDatabase(db), `round ${round}`).toEqual({ ok: true, problems: [] });
      expect(contents(db), `round ${round}`).toEqual(before);
      db.close();
    }
    expect(kills).toBeGreaterThan(0);
  }, 180_000);
});
