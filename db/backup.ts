// Backups: online copies through SQLite's backup API (consistent while saves go on), the daily and pre-migration
// backups, retention, finding the newest good one, and a restore that first sets the current database aside.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppError } from '../shared/errors';
import { connect, examineDatabaseFile, type ConnectOptions } from './examine';
import { backupFileName, backupsToDelete, isBackupDue, sortBackups, type BackupReason } from './retention';

export interface BackupFile {
  path: string;
  takenAt: string;
  reason: string;
}

const COMPANIONS = ['-wal', '-shm', '-journal'];

export function defaultBackupDir(databasePath: string): string {
  return join(dirname(resolve(databasePath)), 'backups');
}

/** Backups in a folder, newest first. A missing folder has none. */
export function listBackups(backupDir: string): BackupFile[] {
  if (!existsSync(backupDir)) return [];
  return sortBackups(readdirSync(backupDir)).map((b) => ({ path: join(backupDir, b.name), takenAt: b.takenAt.toISOString(), reason: b.reason }));
}

/** Deletes all but the newest seven backups (with any WAL files beside them); returns the paths deleted. */
export function pruneBackups(backupDir: string): string[] {
  if (!existsSync(backupDir)) return [];
  const deleted = backupsToDelete(readdirSync(backupDir)).map((name) => join(backupDir, name));
  for (const path of deleted) for (const suffix of ['', ...COMPANIONS]) rmSync(`${path}${suffix}`, { force: true });
  return deleted;
}

/**
 * Copies the open database to `destination` with SQLite's online backup API: saves may go on meanwhile and the copy
 * is still a consistent snapshot. Written beside the destination first and renamed, so a half copy never carries its name.
 */
export async function backupDatabase(db: Database, destination: string): Promise<string> {
  const target = resolve(destination);
  if (existsSync(target)) throw new AppError('invalid_input', `${target}: already exists; choose a new file name`, 'out');
  if (!existsSync(dirname(target))) throw new AppError('invalid_input', `${target}: the folder ${dirname(target)} does not exist`, 'out');
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    // After a first small step, copy the rest in one step: a save by another connection between steps restarts
    // the copy, so small steps against a busy writer might never finish. Saves on this same connection are
    // carried into the copy by SQLite either way; WAL lets the other connection keep writing during the step.
    await db.backup(partial, { progress: ({ totalPages }) => totalPages + 100 });
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return target;
}

/** A backup into the backup folder under a dated name, then retention. Returns the new file's path. */
export async function createBackup(db: Database, backupDir: string, reason: BackupReason, now = new Date()): Promise<string> {
  mkdirSync(backupDir, { recursive: true });
  const path = await backupDatabase(db, join(backupDir, backupFileName(now, reason)));
  pruneBackups(backupDir);
  return path;
}

/** The same, from a database file that is not open yet (before a migration): read through a read-only connection. */
export async function backupFile(databasePath: string, backupDir: string, reason: BackupReason, options: ConnectOptions & { now?: Date } = {}): Promise<string> {
  const db = connect(databasePath, { ...options, readonly: true, fileMustExist: true });
  try {
    return await createBackup(db, backupDir, reason, options.now);
  } finally {
    db.close();
  }
}

/** At start: a backup when the newest is more than a day old. Returns its path, or null when none was due. */
export async function backupIfDue(db: Database, backupDir: string, now = new Date()): Promise<string | null> {
  const newest = listBackups(backupDir)[0];
  if (!isBackupDue(newest === undefined ? null : new Date(newest.takenAt), now)) return null;
  return createBackup(db, backupDir, 'daily', now);
}

/** The newest backup that opens as a healthy Scopewise database, or null. Never writes to any of them. */
export function findNewestGoodBackup(backupDir: string, options: ConnectOptions = {}): string | null {
  for (const backup of listBackups(backupDir)) {
    try {
      if (examineDatabaseFile(backup.path, options).kind === 'scopewise') return backup.path;
    } catch {
      // A damaged backup is skipped; an older one may still be good.
    }
  }
  return null;
}

export interface RestoreResult {
  /** Where the database that was replaced now lives (restore from it to undo), or null when there was none. */
  setAside: string | null;
}

/**
 * Replaces the database at `databasePath` (which must be closed) with a good backup. The current file, whatever
 * its state, is first moved into the backup folder as a "before-restore" backup, so the restore can be undone.
 */
export async function restoreBackup(
  databasePath: string,
  backupPath: string,
  options: ConnectOptions & { backupDir?: string; now?: Date } = {},
): Promise<RestoreResult> {
  const file = resolve(databasePath);
  const source = resolve(backupPath);
  if (source === file) throw new AppError('invalid_input', `${source}: is the database itself, not a backup`, 'backup');
  let examination;
  try {
    examination = examineDatabaseFile(source, options);
  } catch (error) {
    throw new AppError('invalid_input', `${source}: not a good backup (${error instanceof Error ? error.message : String(error)})`, 'backup');
  }
  if (examination.kind !== 'scopewise') throw new AppError('invalid_input', `${source}: not a Scopewise backup`, 'backup');

  const backupDir = options.backupDir ?? defaultBackupDir(file);
  let setAside: string | null = null;
  const present = ['', ...COMPANIONS].filter((suffix) => existsSync(`${file}${suffix}`));
  if (present.length > 0) {
    mkdirSync(backupDir, { recursive: true });
    setAside = join(backupDir, backupFileName(options.now ?? new Date(), 'before-restore'));
    for (const suffix of present) renameSync(`${file}${suffix}`, `${setAside}${suffix}`);
  }
  const incoming = `${file}.restoring`;
  rmSync(incoming, { force: true });
  try {
    const db = connect(source, { ...options, readonly: true, fileMustExist: true });
    try {
      await db.backup(incoming);
    } finally {
      db.close();
    }
    renameSync(incoming, file);
  } catch (error) {
    rmSync(incoming, { force: true });
    if (setAside !== null) for (const suffix of present) renameSync(`${setAside}${suffix}`, `${file}${suffix}`);
    throw error;
  }
  pruneBackupsKeeping(backupDir, setAside);
  return { setAside };
}

/** Retention after a restore, except that the file just set aside is never the one deleted. */
function pruneBackupsKeeping(backupDir: string, keep: string | null): void {
  if (keep === null || !existsSync(backupDir)) return;
  const names = readdirSync(backupDir).filter((name) => name !== basename(keep) && statSync(join(backupDir, name)).isFile());
  for (const name of backupsToDelete(names, 6)) for (const suffix of ['', ...COMPANIONS]) rmSync(join(backupDir, `${name}${suffix}`), { force: true });
}
