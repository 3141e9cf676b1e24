// Backups are verified: a copy failing quick_check is kept apart in backups/failed/ and reported with the state of the
// live database, and never counts, so retention cannot delete the newest good backup to make room for bad ones.
import { closeSync, existsSync, openSync, readdirSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { BackupFailedCheckError, createBackup, DatabaseRefusedError, insertDemoAssessments, listBackups, openDatabase, runStartupMaintenance } from '../../db';
import { connect } from '../../db/examine';
import { seededRandom } from '../fixtures/records';
import { tempDatabase } from './temp';

/** Something outside the app scribbles over pages in the middle of the file, leaving the header alone. */
function damagePages(path: string): void {
  const pages = Math.floor(statSync(path).size / 4096);
  const random = seededRandom(42);
  const fd = openSync(path, 'r+');
  try {
    for (let page = 2; page < pages; page += 3) {
      const garbage = Buffer.from(Array.from({ length: 4096 }, () => Math.floor(random() * 256)));
      writeSync(fd, garbage, 0, garbage.length, page * 4096);
    }
  } finally {
    closeSync(fd);
  }
}

describe('verified backups', () => {
  it('keeps the newest good backup through eight backups of a damaged database, and names it at the next start', async () => {
    const { db, path, folder } = await tempDatabase();
    const dir = join(folder, 'backups');
    insertDemoAssessments(db, { count: 500, seed: 3 });
    const good = await createBackup(db, dir, 'daily', new Date('2025-01-01T00:00:00Z'));
    db.close();

    damagePages(path);
    // The app keeps running on the damaged file (it was opened before the damage); backups go on being made.
    const live = connect(path);
    const reports: BackupFailedCheckError[] = [];
    for (let i = 1; i <= 8; i++) {
      try {
        await createBackup(live, dir, 'manual', new Date(Date.UTC(2025, 0, 1, i)));
      } catch (error) {
        reports.push(error as BackupFailedCheckError);
      }
    }
    live.close();

    expect(reports).toHaveLength(8);
    expect(reports[0]).toBeInstanceOf(BackupFailedCheckError);
    expect(reports[0]!.message).toMatch(
      /The new backup failed its check \(.+\) and was kept apart as failed\/scopewise-20250101T010000000Z-manual\.db; the database itself is damaged/,
    );
    expect(listBackups(dir).map((b) => b.path)).toEqual([good]);
    expect(readdirSync(join(dir, 'failed')).length).toBe(7);

    let refusal: unknown;
    try {
      await openDatabase(path, { mounts: '' });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DatabaseRefusedError);
    expect((refusal as DatabaseRefusedError).newestGoodBackup).toBe(good);
    expect((refusal as Error).message).toContain(`the newest good backup is ${good}`);
  });

  it('warns instead of stopping start when the due daily backup cannot be written', async () => {
    const { db, folder } = await tempDatabase();
    const blocked = join(folder, 'backups');
    writeFileSync(blocked, 'a file where the backups folder should be');
    const report = await runStartupMaintenance(db, blocked, new Date('2025-01-01T00:00:00Z'));
    expect(report.backup).toBeNull();
    expect(report.warning).toMatch(/^the daily backup could not be made: /);
    // A file where the folder should be (ENOTDIR): the folder does not accept new files, a cause a window words.
    expect(report.warningKey).toEqual({ why: 'backup_not_made', params: { cause: 'folder_missing' } });
    expect(existsSync(join(folder, 'backups', 'failed'))).toBe(false);
  });
});
