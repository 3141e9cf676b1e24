// Opening the Scopewise database: inspect before touching, refuse what is not ours (never writing to it), back up
// before migrating, migrate, and set the pragmas every connection needs. The only place a read-write connection is made.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

import type { Database } from 'better-sqlite3';

import { AppError } from '../shared/errors';
import { storageCause } from '../shared/storage-error';
import type { Warn } from '../shared/warnings';
import { backupFile, defaultBackupDir, findNewestGoodBackup } from './backup';
import { connect, type ConnectOptions, DatabaseRefusedError, type Examination, examineDatabaseFile, refusalFor } from './examine';
import { acquireDatabaseLock, canonicalDatabasePath, type DatabaseLock } from './lock';
import { migrate, verifyMigrationHistory } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { networkFilesystemOf } from './network-filesystem';
import { onReadOnlyFileSystem } from './read-only-medium';
import { hasInterruptedRestore, recoverInterruptedRestore } from './restore';

export interface OpenOptions extends ConnectOptions {
  /** Where backups live; defaults to a `backups` folder beside the database. */
  backupDir?: string;
  /**
   * Told about conditions that do not stop the open (a network file system, WAL unavailable): an English sentence,
   * and the same as a key (shared/warnings.ts) for a window to word in its language.
   */
  warn?: Warn;
  now?: Date;
  /** /proc/mounts text, for tests; read from the system when absent. */
  mounts?: string;
  /**
   * Run PRAGMA quick_check before use (default true). It reads every page: about 100 ms for 10,000 assessments,
   * so a caller that checks the file another way may skip it: the app checks beside its first reads
   * (db/integrity-schedule.ts), `scopewise check` runs integrity_check. A pending migration is checked regardless.
   */
  quickCheck?: boolean;
  /** Migrate only this far (fixture scripts build databases of earlier versions). */
  targetVersion?: number;
  /** The writer's lock the caller holds (db/lock.ts); needed to finish an interrupted restore, taken briefly if absent. */
  lock?: DatabaseLock;
  /**
   * Told before an existing database is upgraded (its backup, then the migrations): a one-time wait of seconds for a
   * large one (migrations 8 and 10 rewrite the rows and the search index: about 6 s at 100,000 assessments here).
   */
  onUpgrade?: (from: number, to: number) => void;
}

/** What a program tells its user while an older database is upgraded (OpenOptions.onUpgrade). */
export function upgradeMessage(from: number, to: number): string {
  return `upgrading the database from schema ${from} to ${to}, once, after a backup (a large one takes some seconds)...`;
}

/** Finishes or undoes a restore a crash interrupted, under the writer's lock, and says what it did. */
function recoverRestore(file: string, backupDir: string, options: OpenOptions, warn: Warn): void {
  if (!hasInterruptedRestore(file)) return;
  const lock = options.lock ?? acquireDatabaseLock(file, 'a start finishing a restore', options);
  try {
    const done = recoverInterruptedRestore(file, { ...options, backupDir, lock });
    if (done !== null) warn(`${file}: ${done.said}`, done.warning);
  } finally {
    if (options.lock === undefined) lock.release();
  }
}

/**
 * Can this connection write? A statement that would change nothing is run inside a transaction that is rolled
 * back, so nothing is written; a read-only file refuses it all the same. (BEGIN IMMEDIATE alone is not enough:
 * in WAL mode it only locks the WAL, which may sit in a writable folder beside a read-only database file.)
 */
function readOnlyCause(db: Database): string | null {
  try {
    db.exec('BEGIN IMMEDIATE');
    db.exec('DELETE FROM assessments WHERE 0');
    return null;
  } catch (error) {
    return storageCause(error) === 'read-only' ? (error instanceof Error ? error.message : String(error)) : null;
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
  }
}

function readMounts(): string {
  try {
    return readFileSync('/proc/mounts', 'utf8');
  } catch {
    return '';
  }
}

/** Sets what every read-write connection needs. */
function configure(db: Database, path: string, warn: Warn): void {
  // WAL lets the list read while a save commits; readers never block the writer.
  const mode = db.pragma('journal_mode = WAL', { simple: true });
  if (mode !== 'wal') {
    warn(`${path}: write-ahead logging is unavailable here (journal mode ${String(mode)}); saves stay safe but slower`, {
      why: 'wal_unavailable',
      params: { file: path, mode: String(mode) },
    });
  }
  // better-sqlite3 builds SQLite so that WAL defaults to synchronous=NORMAL, where a committed save can roll back
  // after a power cut. A save the UI reports as saved must survive one, so every commit is fsynced.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // A CLI run and the app may share the file; wait for the other's transaction instead of failing at once.
  db.pragma('busy_timeout = 5000');
}

const READ_ONLY_WARNING = 'is read-only: Scopewise can show it but cannot save any change; make the file and its folder writable, then start again';

/**
 * A database on a read-only file system opens read-only, with nothing written: no restore finished, no backup, no
 * migration, no journal mode set. Refused, naming why, when it is missing, or older than this version (an upgrade
 * must write), or when a restore was interrupted (finishing it must write).
 */
function openOnReadOnlyFileSystem(file: string, backupDir: string, options: OpenOptions, warn: Warn): Database {
  const onReadOnly = `is on a read-only file system`;
  if (hasInterruptedRestore(file)) {
    throw new AppError(
      'io',
      `${file} ${onReadOnly} and a restore of it was interrupted; make the file system writable so that the next start can finish it`,
      'database',
      'read_only',
    );
  }
  let examination: Examination;
  try {
    examination = examineDatabaseFile(file, { ...options, quickCheck: options.quickCheck ?? true });
  } catch (error) {
    if (error instanceof DatabaseRefusedError && error.reason === 'unreadable' && existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0) {
      throw new AppError(
        'io',
        `${file} ${onReadOnly} and was not closed cleanly: its write-ahead log (${file}-wal) holds saves that only a writable disk can apply; make the file system writable and start again`,
        'database',
        'read_only',
      );
    }
    if (error instanceof DatabaseRefusedError && error.reason !== 'newer') {
      error.newestGoodBackup = findNewestGoodBackup(backupDir, options);
      if (error.newestGoodBackup !== null) error.message += `; the newest good backup is ${error.newestGoodBackup}`;
    }
    throw error;
  }
  if (examination.kind !== 'scopewise') {
    throw new AppError('io', `${file} ${onReadOnly}: there is no database there yet, and none can be created on it`, 'database', 'read_only');
  }
  const target = options.targetVersion ?? LATEST_SCHEMA_VERSION;
  if (examination.version < target) {
    throw new AppError(
      'io',
      `${file} ${onReadOnly} and was written by an older version of Scopewise (schema ${examination.version}); it must be upgraded once, which writes: make the file system writable, or copy the file to a writable folder`,
      'database',
      'read_only',
    );
  }
  const db = connect(file, { ...options, readonly: true, fileMustExist: true });
  try {
    verifyMigrationHistory(db, file);
  } catch (error) {
    db.close();
    throw error;
  }
  warn(`${file} ${READ_ONLY_WARNING}`, { why: 'database_read_only', params: { file } });
  return db;
}

/**
 * A second read-write connection to a database this process has already opened with openDatabase (and so examined,
 * migrated and checked), for work done in a worker thread (electron/api/import-worker.ts). Same pragmas as the first.
 */
export function connectAgain(path: string, options: ConnectOptions = {}): Database {
  const file = canonicalDatabasePath(path);
  let db: Database;
  try {
    db = connect(file, { ...options, fileMustExist: true });
  } catch (error) {
    throw error instanceof AppError ? error : refusalFor(file, error);
  }
  configure(db, file, () => undefined);
  return db;
}

/**
 * Opens (or creates) the Scopewise database at `path`, ready for the repositories. A missing file is created
 * when its folder exists. Refuses, without writing, a file that is not ours, is damaged, or is from a newer
 * version; for a damaged one the refusal names the newest good backup. Backs up before any migration.
 */
export async function openDatabase(path: string, options: OpenOptions = {}): Promise<Database> {
  // The real path: a restore and its journal, the backups and the lock all go by the file, not the name it was given.
  const file = canonicalDatabasePath(path);
  const backupDir = options.backupDir ?? defaultBackupDir(file);
  const warn = options.warn ?? (() => undefined);
  if (onReadOnlyFileSystem(file)) return openOnReadOnlyFileSystem(file, backupDir, options, warn);
  recoverRestore(file, backupDir, options, warn);
  const examine = (quickCheck: boolean): Examination => {
    try {
      return examineDatabaseFile(file, { ...options, quickCheck });
    } catch (error) {
      if (error instanceof DatabaseRefusedError && error.reason !== 'newer') {
        error.newestGoodBackup = findNewestGoodBackup(backupDir, options);
        if (error.newestGoodBackup !== null) error.message += `; the newest good backup is ${error.newestGoodBackup}`;
      }
      throw error;
    }
  };
  let examination = examine(options.quickCheck ?? true);
  if (examination.kind === 'missing' && !existsSync(dirname(file))) {
    throw new AppError('io', `${file}: the folder ${dirname(file)} does not exist`, 'database', 'folder_missing');
  }
  const target = options.targetVersion ?? LATEST_SCHEMA_VERSION;
  // A migration writes to every table: a file is checked in full before one, even when the caller skipped the check.
  if (options.quickCheck === false && examination.kind === 'scopewise' && examination.version < target) examination = examine(true);
  if (examination.kind === 'scopewise' && examination.version < target) {
    // Version 0 is an empty file, created just now or never opened: nothing to wait for.
    if (examination.version > 0) options.onUpgrade?.(examination.version, target);
    await backupFile(file, backupDir, `before-migration-${examination.version + 1}`, { ...options, now: options.now ?? new Date() });
  }
  let db: Database;
  try {
    db = connect(file, options);
  } catch (error) {
    throw error instanceof AppError ? error : refusalFor(file, error);
  }
  try {
    // A file created just now gets its identity lock too (db/lock.ts); refused if another process took it first.
    options.lock?.cover(file);
    configure(db, file, warn);
    migrate(db, { target, ...(options.now === undefined ? {} : { now: options.now }) });
    verifyMigrationHistory(db, file);
  } catch (error) {
    db.close();
    throw error;
  }
  if (readOnlyCause(db) !== null) warn(`${file} ${READ_ONLY_WARNING}`, { why: 'database_read_only', params: { file } });
  const network = networkFilesystemOf(file, options.mounts ?? (process.platform === 'linux' ? readMounts() : ''), process.platform);
  if (network !== null) {
    warn(`${file} is on a network file system (${network}); write-ahead logging is unreliable there, keep the database on a local disk`, {
      why: 'network_file_system',
      params: { file, filesystem: network },
    });
  }
  return db;
}
