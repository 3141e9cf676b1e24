// Backups: consistent while saves go on, the daily rule, retention, the newest good one, and a restore that can be undone.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  backupDatabase,
  backupIfDue,
  checkDatabase,
  countAssessments,
  createAssessment,
  createBackup,
  type Database,
  findNewestGoodBackup,
  listBackups,
  openDatabase,
  restoreBackup,
  runStartupMaintenance,
  saveAssessment,
} from '../../db';
import { connect } from '../../db/examine';
import { closeAfterTest } from '../fixtures/close-after-test';
import { fileHash, openForTest, tempDatabase, tempFolder } from './temp';

const day = 24 * 60 * 60 * 1000;

describe('backups', () => {
  async function keepSaving(db: Database): Promise<{ stop: () => Promise<number> }> {
    const id = createAssessment(db, { clientName: 'Busy' }).id;
    let saves = 0;
    let running = true;
    const loop = (async () => {
      while (running) {
        saveAssessment(db, id, { notes: `save ${saves++}` });
        createAssessment(db, { clientName: `During ${saves}`, notes: 'y'.repeat(3000) });
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    return {
      stop: async () => {
        running = false;
        await loop;
        return saves;
      },
    };
  }

  function expectSound(path: string, atLeast: number): void {
    const copy = closeAfterTest(connect(path, { readonly: true }));
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('foreign_key_check')).toEqual([]);
    expect((copy.prepare('SELECT count(*) AS n FROM assessments').get() as { n: number }).n).toBeGreaterThanOrEqual(atLeast);
  }

  it('takes a backup that passes integrity_check while the same connection keeps saving between its steps', async () => {
    const { db, folder } = await tempDatabase();
    for (let i = 0; i < 300; i++) createAssessment(db, { clientName: `Client ${i}`, notes: 'x'.repeat(2000) });
    const saving = await keepSaving(db);
    const target = join(folder, 'copy.db');
    // Small steps, so the copy is taken over many turns of the event loop while saves commit in between.
    await db.backup(target, { progress: () => 20 });
    expect(await saving.stop()).toBeGreaterThan(5);
    expectSound(target, 301);
  });

  it('takes a backup that passes integrity_check while another connection keeps saving', async () => {
    const { db, path, folder } = await tempDatabase();
    for (let i = 0; i < 300; i++) createAssessment(db, { clientName: `Client ${i}`, notes: 'x'.repeat(2000) });
    const writer = await openForTest(path, { mounts: '' });
    const saving = await keepSaving(writer);
    const target = join(folder, 'copy.db');
    await backupDatabase(db, target);
    expect(await saving.stop()).toBeGreaterThan(0);
    expectSound(target, 301);
    // It refuses to overwrite, and leaves no partial file.
    await expect(backupDatabase(db, target)).rejects.toThrow(/already exists/);
    expect(readdirSync(folder).filter((n) => n.endsWith('.partial'))).toEqual([]);
  });

  it('backs up at start only when the newest backup is a day old, keeping the last seven', async () => {
    const { db, folder } = await tempDatabase();
    const dir = join(folder, 'backups');
    const start = new Date('2025-03-01T08:00:00.000Z');
    expect(await backupIfDue(db, dir, start)).not.toBeNull();
    expect(await backupIfDue(db, dir, new Date(start.getTime() + day - 1))).toBeNull();
    for (let i = 1; i <= 9; i++) expect((await runStartupMaintenance(db, dir, new Date(start.getTime() + i * day))).backup).not.toBeNull();
    const kept = listBackups(dir);
    expect(kept).toHaveLength(7);
    expect(kept[0]!.takenAt).toBe(new Date(start.getTime() + 9 * day).toISOString());
    expect(readdirSync(dir)).toHaveLength(7);
  });

  it('finds the newest backup that is good, skipping damaged ones', async () => {
    const { db, folder } = await tempDatabase();
    const dir = join(folder, 'backups');
    const good = await createBackup(db, dir, 'daily', new Date('2025-01-01T00:00:00Z'));
    writeFileSync(join(dir, 'scopewise-20250102T000000000Z-daily.db'), 'garbage');
    writeFileSync(join(dir, 'scopewise-20250103T000000000Z-daily.db'), '');
    expect(findNewestGoodBackup(dir)).toBe(good);
    expect(findNewestGoodBackup(join(folder, 'none'))).toBeNull();
  });

  it('restores a backup after setting the current database aside, and the restore can be undone', async () => {
    const { db, path, folder } = await tempDatabase();
    const dir = join(folder, 'backups');
    createAssessment(db, { clientName: 'Before' });
    const backup = await createBackup(db, dir, 'manual', new Date('2025-01-01T00:00:00Z'));
    createAssessment(db, { clientName: 'After' });
    db.close();
    const current = fileHash(path);

    const { setAside } = await restoreBackup(path, backup, { now: new Date('2025-01-02T00:00:00Z') });
    expect(setAside).not.toBeNull();
    expect(fileHash(setAside!)).toBe(current);
    const restored = await openForTest(path, { mounts: '' });
    expect(countAssessments(restored)).toBe(1);
    restored.close();

    await restoreBackup(path, setAside!, { now: new Date('2025-01-03T00:00:00Z') });
    const undone = await openForTest(path, { mounts: '' });
    expect(countAssessments(undone)).toBe(2);
    expect(checkDatabase(undone).ok).toBe(true);
  });

  it('restores over a damaged database, keeping the damaged file aside untouched', async () => {
    const { db, path, folder } = await tempDatabase();
    createAssessment(db, { clientName: 'Precious' });
    const backup = await createBackup(db, join(folder, 'backups'), 'daily', new Date('2025-01-01T00:00:00Z'));
    db.close();
    writeFileSync(path, 'scribbled over by something');
    const damaged = fileHash(path);
    await expect(openDatabase(path, { mounts: '' })).rejects.toThrow(new RegExp(`newest good backup is ${backup.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    const { setAside } = await restoreBackup(path, backup);
    expect(fileHash(setAside!)).toBe(damaged);
    const db2 = await openForTest(path, { mounts: '' });
    expect(countAssessments(db2)).toBe(1);
  });

  it('refuses to restore from a file that is not a good backup, changing nothing', async () => {
    const { db, path } = await tempDatabase();
    db.close();
    const before = fileHash(path);
    const bogus = join(tempFolder(), 'bogus.db');
    writeFileSync(bogus, 'nope');
    await expect(restoreBackup(path, bogus)).rejects.toThrow(/not a good backup/);
    expect(fileHash(path)).toBe(before);
    expect(existsSync(join(path, '..', 'backups'))).toBe(false);
  });
});
