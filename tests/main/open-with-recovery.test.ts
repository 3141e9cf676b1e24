// At start, a damaged database is never written to: the newest good backup is offered, and restoring sets the
// damaged file aside. With real files: a database, its backup, then the database cut short.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAssessment, createBackup, defaultBackupDir, getAssessment, insertDemoAssessments, openDatabase, restoreBackup } from '../../db';
import { closeDatabase, exportsFolderFor, openServices } from '../../electron/api/services';
import { openWithRecovery, recoverFromRefusal, type RecoveryChoice } from '../../electron/main/open-with-recovery';
import { browserFileActions } from '../../electron/serve/file-actions';

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
    const db = await openWithRecovery(
      () => openDatabase(path, { mounts: '' }),
      async (backup) => void (await restoreBackup(path, backup)),
      recovery,
    );
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
    const db = await openWithRecovery(
      () => openDatabase(path, { mounts: '' }),
      async () => expect.fail('must not restore'),
      recovery,
    );
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
    expect(
      await openWithRecovery(
        () => openDatabase(path, { mounts: '' }),
        async () => expect.fail('must not restore'),
        recovery,
      ),
    ).toBeNull();
    expect(seen.failed[0]).toMatch(/not a Scopewise database/);
    expect(readFileSync(path, 'utf8')).toBe('these are my shopping notes, not a database');
    expect(existsSync(`${path}-wal`)).toBe(false);
  });
});

describe('a file the integrity check refuses after the window appeared', () => {
  // Compared by hash: a deep comparison of two megabyte buffers takes the test runner longer than the test allows.
  const hashOf = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

  /** Damaged three quarters in: the header, schema and history read at open are intact, so only the check finds it. */
  async function damagedDeepInside(): Promise<{ path: string; id: string; damaged: string }> {
    const folder = mkdtempSync(join(tmpdir(), 'scopewise-recovery-'));
    folders.push(folder);
    const path = join(folder, 'scopewise.db');
    const db = await openDatabase(path, { mounts: '' });
    const id = createAssessment(db, { clientName: 'Kept Safe' }).id;
    insertDemoAssessments(db, { count: 300, seed: 3 });
    await createBackup(db, defaultBackupDir(path), 'manual');
    closeDatabase(db);
    const bytes = readFileSync(path);
    const page = Math.floor((bytes.length / 4096) * 0.75);
    bytes.fill(0x5a, page * 4096, page * 4096 + 2000);
    writeFileSync(path, bytes);
    return { path, id, damaged: hashOf(path) };
  }

  it('offers the newest good backup, and restoring it in place brings the data back to the open services', async () => {
    const { path, id, damaged } = await damagedDeepInside();
    const services = await openServices({ databasePath: path, files: browserFileActions(exportsFolderFor(path)), maintenance: false });
    try {
      const refusal = await services.ready.then(
        () => null,
        (error: unknown) => error,
      );
      expect(refusal).not.toBeNull();
      expect(hashOf(path)).toBe(damaged);
      const { seen, ui: recovery } = ui('restore');
      const restored = await recoverFromRefusal(
        refusal,
        async (backup) => {
          await restoreBackup(path, backup, { backupDir: services.backupDir, lock: services.lock });
          await services.reopen();
        },
        recovery,
      );
      expect(restored).toBe(true);
      expect(seen.offered).toHaveLength(1);
      expect(getAssessment(services.db, id)?.clientName).toBe('Kept Safe');
      expect(services.db.readonly).toBe(false);
      await expect(services.ready).resolves.toBeUndefined();
      const setAside = readdirSync(defaultBackupDir(path)).find((name) => name.includes('before-restore') && name.endsWith('.db'));
      expect(hashOf(join(defaultBackupDir(path), setAside!))).toBe(damaged);
    } finally {
      services.close();
    }
  });

  it('leaves the damaged file untouched when the user quits', async () => {
    const { path, damaged } = await damagedDeepInside();
    const services = await openServices({ databasePath: path, files: browserFileActions(exportsFolderFor(path)), maintenance: false });
    const refusal = await services.ready.then(
      () => null,
      (error: unknown) => error,
    );
    const { seen, ui: recovery } = ui('quit');
    expect(await recoverFromRefusal(refusal, async () => expect.fail('must not restore'), recovery)).toBe(false);
    expect(seen.offered).toHaveLength(1);
    services.close();
    expect(hashOf(path)).toBe(damaged);
  });
});
