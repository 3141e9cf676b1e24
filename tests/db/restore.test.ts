// Restore states a crash can leave, set up by hand: each start finishes or undoes the restore and says so, and never
// creates an empty database where one was. (tests/db/restore-crash.test.ts kills real restores at random moments.)
import { copyFileSync, existsSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { countAssessments, createAssessment, createBackup, DatabaseRefusedError, defaultBackupDir, openDatabase, restoreJournalFor } from '../../db';
import { backupFileName } from '../../db/retention';
import type { Warning } from '../../shared/warnings';
import { openForTest, tempDatabase } from './temp';

async function databaseWithBackup(): Promise<{ path: string; folder: string; backup: string }> {
  const { db, path, folder } = await tempDatabase();
  createAssessment(db, { clientName: 'In the backup' });
  const backup = await createBackup(db, defaultBackupDir(path), 'manual', new Date('2025-01-01T00:00:00Z'));
  createAssessment(db, { clientName: 'Only live' });
  db.close();
  return { path, folder, backup };
}

async function openAndCount(path: string): Promise<{ count: number; said: string[]; keys: (Warning | undefined)[] }> {
  const said: string[] = [];
  const keys: (Warning | undefined)[] = [];
  const db = await openForTest(path, { mounts: '', warn: (m, key) => (said.push(m), keys.push(key)) });
  const count = countAssessments(db);
  db.close();
  return { count, said, keys };
}

describe('an interrupted restore', () => {
  it('is refused, not replaced by an empty database, when an earlier version had moved the database away', async () => {
    const { path, backup } = await databaseWithBackup();
    // What the earlier restore left when killed: the live file moved into the backups as before-restore, and a
    // partial copy with its journal.
    const setAside = join(defaultBackupDir(path), backupFileName(new Date('2025-01-02T00:00:00Z'), 'before-restore'));
    renameSync(path, setAside);
    copyFileSync(backup, `${path}.restoring`);
    writeFileSync(`${path}.restoring-journal`, 'partial');
    let refusal: unknown;
    try {
      await openDatabase(path, { mounts: '' });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DatabaseRefusedError);
    expect((refusal as Error).message).toMatch(/is missing after a restore that was interrupted.*an empty database was not created/);
    expect((refusal as DatabaseRefusedError).newestGoodBackup).toBe(setAside);
    expect(existsSync(path)).toBe(false);
  });

  it('is undone when it stopped while copying, leaving the database as it was, and says so', async () => {
    const { path, backup } = await databaseWithBackup();
    const setAside = join(defaultBackupDir(path), backupFileName(new Date('2025-01-02T00:00:00Z'), 'before-restore'));
    copyFileSync(path, setAside);
    writeFileSync(`${path}.restoring`, 'half a copy');
    writeFileSync(restoreJournalFor(path), JSON.stringify({ stage: 'copying', source: backup, setAside, startedAt: '2025-01-02T00:00:00Z' }));
    const { count, said, keys } = await openAndCount(path);
    expect(count).toBe(2);
    expect(said.join('\n')).toMatch(/undid a restore of scopewise-20250101T000000000Z-manual\.db that was interrupted before it changed anything/);
    expect(keys).toEqual([{ why: 'restore_undone', params: { file: path, backup: 'scopewise-20250101T000000000Z-manual.db' } }]);
    expect([existsSync(`${path}.restoring`), existsSync(restoreJournalFor(path)), existsSync(setAside)]).toEqual([false, false, false]);
  });

  it('leaves the database alone when only a copy without its journal remains, removes the copy, and says so', async () => {
    const { path } = await databaseWithBackup();
    writeFileSync(`${path}.restoring`, 'half a copy');
    const { count, said, keys } = await openAndCount(path);
    expect(count).toBe(2);
    expect(said).toEqual([`${path}: removed the remains of an unfinished restore (scopewise.db.restoring); the database itself was not changed`]);
    expect(keys).toEqual([{ why: 'restore_remains_removed', params: { file: path, leftover: 'scopewise.db.restoring' } }]);
    expect(existsSync(`${path}.restoring`)).toBe(false);
  });

  it('is finished when the copy was complete, and says where the replaced database is kept', async () => {
    const { path, backup } = await databaseWithBackup();
    const setAside = join(defaultBackupDir(path), backupFileName(new Date('2025-01-02T00:00:00Z'), 'before-restore'));
    copyFileSync(path, setAside);
    copyFileSync(backup, `${path}.restoring`);
    writeFileSync(restoreJournalFor(path), JSON.stringify({ stage: 'ready', source: backup, setAside, startedAt: '2025-01-02T00:00:00Z' }));
    const { count, said, keys } = await openAndCount(path);
    expect(count).toBe(1);
    expect(keys).toEqual([{ why: 'restore_finished', params: { file: path, backup: 'scopewise-20250101T000000000Z-manual.db', setAside } }]);
    expect(said.join('\n')).toContain(
      `finished restoring scopewise-20250101T000000000Z-manual.db, which was interrupted; the database before it is kept as ${setAside}`,
    );
    expect(existsSync(setAside)).toBe(true);
    expect(existsSync(restoreJournalFor(path))).toBe(false);
  });
});
