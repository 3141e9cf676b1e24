// Backups rotate by the order they were made, not by their names: a backup just made is never rotated away, even when
// a clock that was once wrong named seven others in the future; those are reported, and rotated away first.
import { copyFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { backupFileName, createAssessment, createBackup, futureBackups, listBackups, runStartupMaintenance } from '../../db';
import { type ApiFixture, apiFixture } from '../api/api-fixture';
import { closeAfterTest } from '../fixtures/close-after-test';
import { tempDatabase } from './temp';

const day = 24 * 60 * 60 * 1000;

/** Seven good backups named from one to seven years ahead of `now`, as a clock set years ahead would have named them. */
function futureNamed(source: string, backupDir: string, now: Date): string[] {
  const names: string[] = [];
  for (let year = 1; year <= 7; year++) {
    const name = backupFileName(new Date(now.getTime() + year * 365 * day), 'daily');
    copyFileSync(source, join(backupDir, name));
    names.push(name);
  }
  return names;
}

describe('backup rotation by the order made', () => {
  it('keeps the backup it has just made when seven others are named in the future, and reports them', async () => {
    const { db, folder } = await tempDatabase();
    createAssessment(db, { clientName: 'Today' });
    const backupDir = join(folder, 'backups');
    const now = new Date();
    const first = await createBackup(db, backupDir, 'manual', new Date(now.getTime() - day));
    const future = futureNamed(first, backupDir, now);

    const made = await createBackup(db, backupDir, 'manual', now);
    expect(existsSync(made)).toBe(true);
    expect(listBackups(backupDir, now)[0]!.path).toBe(made);
    // Seven kept: the one just made, the one of yesterday, and the five newest of those named in the future, which
    // count as made before any with a believable date.
    expect(listBackups(backupDir, now).map((b) => basename(b.path))).toEqual([basename(made), basename(first), ...future.slice(2).reverse()]);
    expect(futureBackups(backupDir, now)).toHaveLength(5);

    const report = await runStartupMaintenance(db, backupDir, new Date(now.getTime() + 2 * day));
    expect(report.backup).not.toBeNull();
    expect(existsSync(report.backup!)).toBe(true);
    expect(report.warning).toMatch(/^4 backups are dated in the future \(named by a clock that was wrong .*check the computer's clock$/);
    const example = basename(futureBackups(backupDir, new Date(now.getTime() + 2 * day))[0]!.path);
    expect(report.warningKey).toEqual({ why: 'backups_in_future', params: { count: 4, example } });
    expect(report.warning).toContain(`e.g. ${example})`);
  });

  it('makes the daily backup when the only other one is named a few hours ahead', async () => {
    const { db, folder } = await tempDatabase();
    const backupDir = join(folder, 'backups');
    const now = new Date();
    const ahead = await createBackup(db, backupDir, 'daily', new Date(now.getTime() + 3 * 60 * 60 * 1000));
    const report = await runStartupMaintenance(db, backupDir, now);
    expect(report.backup).not.toBeNull();
    expect(listBackups(backupDir, now).map((b) => b.path)).toEqual([report.backup, ahead]);
    expect(report.warning).toMatch(/^1 backup is dated in the future/);
  });

  it('answers a backup made in Settings with the backup itself, not a folder that does not accept new files', async () => {
    const api: ApiFixture = closeAfterTest(await apiFixture());
    await api.call('assessments.create', { fields: { clientName: 'Today' } });
    const first = await api.call('backups.create', {});
    futureNamed(join(api.services.backupDir, first.name), api.services.backupDir, new Date());
    const made = await api.raw('backups.create', {});
    expect(made).toMatchObject({ ok: true, value: { reason: 'manual' } });
    expect((await api.call('backups.list', {}))[0]!.name).toBe(made.ok ? (made.value as { name: string }).name : '');
  });
});
