// Backups: online copies through SQLite's backup API (consistent while saves go on), the daily and pre-migration
// backups, each verified before it counts, retention, and finding the newest good one. Restoring is in restore.ts.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

import type { Database } from 'better-sqlite3';

import { AppError } from '../shared/errors';
import type { Notice, Warning } from '../shared/warnings';
import { connect, type ConnectOptions, examineDatabaseFile, removeEmptyCompanions } from './examine';
import {
  backupFileName,
  type BackupReason,
  BACKUPS_KEPT,
  backupsToDelete,
  FUTURE_TOLERANCE_MS,
  isBackupDue,
  type RotationOptions,
  sortBackups,
} from './retention';

export interface BackupFile {
  path: string;
  takenAt: string;
  reason: string;
}

const COMPANIONS = ['-wal', '-shm', '-journal'];

export function defaultBackupDir(databasePath: string): string {
  return join(dirname(resolve(databasePath)), 'backups');
}

/** Backups in a folder, newest first by the order they were made (db/retention.ts). A missing folder has none. */
export function listBackups(backupDir: string, now: Date = new Date()): BackupFile[] {
  if (!existsSync(backupDir)) return [];
  return sortBackups(readdirSync(backupDir), now).map((b) => ({ path: join(backupDir, b.name), takenAt: b.takenAt.toISOString(), reason: b.reason }));
}

/** Backups whose names are dated in the future (by a clock that was wrong): their dates are not believed. */
export function futureBackups(backupDir: string, now: Date = new Date()): BackupFile[] {
  return listBackups(backupDir, now).filter((b) => new Date(b.takenAt).getTime() > now.getTime() + FUTURE_TOLERANCE_MS);
}

/**
 * What a start says about backups dated in the future, or null when there are none: a sentence, and the same as a key
 * for a window (shared/warnings.ts), with their count and one of their names.
 */
export function futureBackupsNotice(backupDir: string, now: Date = new Date()): Notice | null {
  const future = futureBackups(backupDir, now);
  if (future.length === 0) return null;
  const example = basename(future[0]!.path);
  const warning: Warning = { why: 'backups_in_future', params: { count: future.length, example } };
  const said = `${future.length} backup${future.length === 1 ? ' is' : 's are'} dated in the future (named by a clock that was wrong when ${future.length === 1 ? 'it was' : 'they were'} made, e.g. ${example}): Scopewise counts them as older than every other backup, so rotation removes them first; check the computer's clock`;
  return { said, warning };
}

/**
 * Deletes all but the newest seven backups by the order they were made (with any WAL files beside them;
 * "before-restore" ones and `justMade` are kept); returns the paths deleted.
 */
export function pruneBackups(backupDir: string, options: RotationOptions = {}): string[] {
  if (!existsSync(backupDir)) return [];
  const deleted = backupsToDelete(readdirSync(backupDir), BACKUPS_KEPT, options).map((name) => join(backupDir, name));
  for (const path of deleted) for (const suffix of ['', ...COMPANIONS]) rmSync(`${path}${suffix}`, { force: true });
  return deleted;
}

/** Told how far a backup's copy is, and asked whether to stop (the CLI's Ctrl+C, the app's tasks.cancel). */
export interface BackupProgress {
  onProgress?: (copiedPages: number, totalPages: number) => void;
  /** Checked between steps: true stops the copy, and nothing is left (not even the partial file). */
  cancelled?: () => boolean;
}

/** A backup stopped on request: nothing was written. */
export class BackupCancelledError extends AppError {
  constructor() {
    super('unavailable', 'The backup was cancelled; nothing was written.', 'backup', 'cancelled');
  }
}

/** Pages copied per step (1 MB of 4 KB pages): small enough for progress and a prompt cancel, large enough to be quick. */
const BACKUP_STEP_PAGES = 256;

/**
 * Copies the open database to `destination` with SQLite's online backup API: saves may go on meanwhile and the copy
 * is still a consistent snapshot. Written beside the destination first and renamed, so a half copy never carries its
 * name; a failed or cancelled copy leaves nothing.
 */
export async function backupDatabase(db: Database, destination: string, progress: BackupProgress = {}): Promise<string> {
  const target = resolve(destination);
  if (existsSync(target)) throw new AppError('invalid_input', `${target}: already exists; choose a new file name`, 'out');
  if (!existsSync(dirname(target))) throw new AppError('invalid_input', `${target}: the folder ${dirname(target)} does not exist`, 'out');
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    // Steps of BACKUP_STEP_PAGES, so progress can be told and a cancel seen between them. A save by another
    // connection between steps restarts the copy (the pages left grow again), and small steps against a busy writer
    // might never finish: after a restart, the rest is copied in one step. Saves on this same connection are carried
    // into the copy by SQLite either way; WAL lets the other connection keep writing during a step.
    let left = Number.POSITIVE_INFINITY;
    let restarted = false;
    const { totalPages: copied } = await db.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        if (progress.cancelled?.() === true) throw new BackupCancelledError();
        if (remainingPages > left) restarted = true;
        left = remainingPages;
        progress.onProgress?.(totalPages - remainingPages, totalPages);
        return restarted ? totalPages + 100 : BACKUP_STEP_PAGES;
      },
    });
    if (progress.cancelled?.() === true) throw new BackupCancelledError();
    progress.onProgress?.(copied, copied);
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return target;
}

/** Where a backup that failed its check is kept, apart from the good ones, for someone to look at. */
export function failedBackupDir(backupDir: string): string {
  return join(backupDir, 'failed');
}

/** A new backup that fails quick_check: it was kept apart, never counted as a backup, and the live database was checked. */
export class BackupFailedCheckError extends AppError {
  readonly keptAt: string;
  readonly liveDamage: string | null;
  constructor(keptAt: string, problem: string, liveDamage: string | null) {
    const live =
      liveDamage === null
        ? 'the database itself passes its check, so try again'
        : `the database itself is damaged (${liveDamage}): restore the newest good backup, and do not rely on new saves`;
    super('io', `The new backup failed its check (${problem}) and was kept apart as failed/${basename(keptAt)}; ${live}.`, 'backup', 'backup_failed_check', {
      kept: `failed/${basename(keptAt)}`,
      live: liveDamage === null ? 'sound' : 'damaged',
    });
    this.keptAt = keptAt;
    this.liveDamage = liveDamage;
  }
}

function quickCheck(db: Database): string | null {
  try {
    const result = db.pragma('quick_check', { simple: true }) as string;
    return result === 'ok' ? null : result.split('\n')[0]!;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** quick_check on a file, read-only; null when it passes. */
function checkFile(path: string, options: ConnectOptions): string | null {
  const companions = ['-wal', '-shm'].filter((suffix) => !existsSync(`${path}${suffix}`));
  let copy: Database | undefined;
  try {
    copy = connect(path, { ...options, readonly: true, fileMustExist: true });
    return quickCheck(copy);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    copy?.close();
    removeEmptyCompanions(path, companions);
  }
}

/**
 * A backup into the backup folder under a dated name, verified with quick_check before it counts; then retention.
 * A copy that fails is moved to backups/failed/ and the live database is checked, and BackupFailedCheckError says
 * both; retention does not run then, so the newest good backup is never deleted to make room for a bad one.
 */
export async function createBackup(
  db: Database,
  backupDir: string,
  reason: BackupReason,
  now = new Date(),
  options: ConnectOptions & BackupProgress = {},
): Promise<string> {
  const { onProgress, cancelled, ...connectOptions } = options;
  mkdirSync(backupDir, { recursive: true });
  const path = await backupDatabase(db, join(backupDir, backupFileName(now, reason)), {
    ...(onProgress === undefined ? {} : { onProgress }),
    ...(cancelled === undefined ? {} : { cancelled }),
  });
  const problem = checkFile(path, connectOptions);
  if (problem !== null) {
    const failed = failedBackupDir(backupDir);
    mkdirSync(failed, { recursive: true });
    const keptAt = join(failed, basename(path));
    renameSync(path, keptAt);
    for (const name of backupsToDelete(readdirSync(failed))) rmSync(join(failed, name), { force: true });
    throw new BackupFailedCheckError(keptAt, problem, quickCheck(db));
  }
  pruneBackups(backupDir, { now, justMade: basename(path) });
  return path;
}

/**
 * The user has seen the data a restore replaced and lets it go: the "before-restore" backup becomes an ordinary one
 * ("restore-dismissed"), which retention may then delete like any other. Returns its new path.
 */
export function dismissBeforeRestore(backupDir: string, name: string): string {
  const backup = listBackups(backupDir).find((b) => basename(b.path) === name);
  if (backup === undefined) throw new AppError('not_found', `There is no backup named ${name}.`, 'name', 'backup_not_found', { name });
  if (backup.reason !== 'before-restore') throw new AppError('invalid_input', `${name} is not a copy kept before a restore; only those are dismissed.`, 'name');
  const renamed = join(backupDir, backupFileName(new Date(backup.takenAt), 'restore-dismissed'));
  for (const suffix of ['-wal', '-journal', '']) if (existsSync(`${backup.path}${suffix}`)) renameSync(`${backup.path}${suffix}`, `${renamed}${suffix}`);
  pruneBackups(backupDir);
  return renamed;
}

/** The same, from a database file that is not open yet (before a migration): read through a read-only connection. */
export async function backupFile(
  databasePath: string,
  backupDir: string,
  reason: BackupReason,
  options: ConnectOptions & { now?: Date } = {},
): Promise<string> {
  const db = connect(databasePath, { ...options, readonly: true, fileMustExist: true });
  try {
    return await createBackup(db, backupDir, reason, options.now, options);
  } finally {
    db.close();
  }
}

/** At start: a backup when the newest is more than a day old. Returns its path, or null when none was due. */
export async function backupIfDue(db: Database, backupDir: string, now = new Date()): Promise<string | null> {
  // A backup named in the future says nothing about when the last one was made: only believable names count.
  const newest = listBackups(backupDir, now).find((b) => new Date(b.takenAt).getTime() <= now.getTime() + FUTURE_TOLERANCE_MS);
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
