// At start, a damaged database is never written to: the newest good backup is offered, and restoring sets the
// damaged file aside. With real files: a database, its backup, then the database cut short.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAssessment, createBackup, defaultBackupDir, getAssessment, openDatabase, restoreBackup } from '../../db';
import { openWithRecovery, type RecoveryChoice } from '../../electron/main/open-with-recovery';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true })));

async function damagedDatabaseWithBackup(): Promise<{ path: string; id: string; damaged: Buffer }> {
  const folder = mkdtempSync(join(tmpdir(), 'scopewise-recovery-'));
  folders.push(folder);
  const path = join(folder, 'scopewise.db');
  const db = await openDatabase(path, { mounts: '' });
  const id = createAssessment(db, { clientName: 'Kept Safe' }).id;
  await createBackup(db, defaultBackupDir(path), 'manual');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  truncateSync(path, 1536);
  return { path, id, damaged: readFileSync(path) };
}

function ui(choice: RecoveryChoice) {
  const seen = { offered: [] as string[], failed: [] as string[] };
  return {
    seen,
    ui: {
      offerRestore: async (_problem: string, backup: string) => {
        seen.offered.push(backup);
        return choice;
      },
      fail: (problem: string) => void seen.failed.push(problem),
    },
  };
}

describe('opening the database at start', () => {
  it('offers the newest good backup for a damaged file, and restoring it brings the data back', async () => {
    const { path, id, damaged } = await damagedDatabaseWithBackup();
    const { seen, ui: recovery } = ui('restore');
    const db = await openWithRecovery(() => openDatabase(path, { mounts: '' }), async (backup) => void (await restoreBackup(path, backup)), recovery);
    expect(seen.offered).toHaveLength(1);
    expect(db).not.toBeNull();
    expect(getAssessment(db!, id)?.clientName).toBe('Kept Safe');
    db!.close();
    const setAside = readdirSync(defaultBackupDir(path)).find((name) => name.includes('before-restore') && name.endsWith('.db'));
    expect(setAside).toBeDefined();
    expect(readFileSync(join(defaultBackupDir(path), setAside!))).toEqual(damaged);
  });

  it('leaves the damaged file untouched when the user quits', async () => {
    const { path, damaged } = await damagedDatabaseWithBackup();
    const { seen, ui: recovery } = ui('quit');
    const db = await openWithRecovery(() => openDatabase(path, { mounts: '' }), async () => expect.fail('must not restore'), recovery);
    expect(db).toBeNull();
    expect(seen.offered).toHaveLength(1);
    expect(readFileSync(path)).toEqual(damaged);
  });

  it('reports a file that is not a Scopewise database, with nothing to restore, and does not touch it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'scopewise-recovery-'));
    folders.push(folder);
    const path = join(folder, 'scopewise.db');
    writeFileSync(path, 'these are my shopping notes, not a database');
    const { seen, ui: recovery } = ui('restore');
    expect(await openWithRecovery(() => openDatabase(path, { mounts: '' }), async () => expect.fail('must not restore'), recovery)).toBeNull();
    expect(seen.failed[0]).toMatch(/not a Scopewise database/);
    expect(readFileSync(path, 'utf8')).toBe('these are my shopping notes, not a database');
    expect(existsSync(`${path}-wal`)).toBe(false);
  });
});
