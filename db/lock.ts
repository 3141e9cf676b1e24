// One writer per database: an OS-level lock beside it (`scopewise.db.lock`) that dies with the process holding it.
// The app, `serve` and every writing CLI command take it before opening the database; readers never need it.
//
// Why SQLite for the lock: the side file is a tiny SQLite database and the holder keeps a write transaction
// (BEGIN IMMEDIATE, a RESERVED lock) open on it for as long as it runs. SQLite takes that lock with the operating
// system's own byte-range locks (fcntl on Unix, LockFileEx on Windows), which the kernel drops when the process ends,
// however it ends (SIGKILL, a power cut), so a lock can never outlive its holder the way a "pid file" can. It needs
// no new native module, and other processes may still read the holder's name (pid, since when) from the file,
// because a RESERVED lock lets readers in.
import { hostname } from 'node:os';
import { resolve } from 'node:path';

import type { Database } from 'better-sqlite3';

import { AppError } from '../shared/errors';
import { errorCode, storageCause } from '../shared/storage-error';
import { connect, type ConnectOptions } from './examine';

export interface LockHolder {
  pid: number;
  host: string;
  since: string;
  what: string;
}

export interface DatabaseLock {
  readonly databasePath: string;
  readonly holder: LockHolder;
  release(): void;
}

export function lockFileFor(databasePath: string): string {
  return `${resolve(databasePath)}.lock`;
}

function isBusy(error: unknown): boolean {
  const code = errorCode(error);
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}

function readHolder(db: Database): LockHolder | null {
  try {
    const row = db.prepare('SELECT pid, host, since, what FROM holder WHERE rowid = 1').get() as LockHolder | undefined;
    return row ?? null;
  } catch {
    return null;
  }
}

/** Who holds the lock on a database, as the holder wrote it; null when nobody does (or it cannot be read). */
export function lockHolder(databasePath: string, options: ConnectOptions = {}): LockHolder | null {
  let db: Database | undefined;
  try {
    db = connect(lockFileFor(databasePath), { ...options, fileMustExist: true });
    db.pragma('busy_timeout = 0');
    try {
      db.exec('BEGIN IMMEDIATE');
      db.exec('ROLLBACK');
      return null;
    } catch (error) {
      if (!isBusy(error)) return null;
      return readHolder(db);
    }
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

/** Is the process still running? Only answerable on this machine; elsewhere it is assumed to be. */
function alive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function describe(holder: LockHolder | null): string {
  // A holder that could not write its name leaves its predecessor's row, whose process has ended.
  if (holder === null || !alive(holder)) return 'another Scopewise process';
  const where = holder.host === hostname() ? '' : ` on ${holder.host}`;
  return `${holder.what} (process ${holder.pid}${where}, since ${holder.since})`;
}

export class DatabaseLockedError extends AppError {
  readonly holder: LockHolder | null;
  constructor(databasePath: string, holder: LockHolder | null) {
    super(
      'conflict',
      `${databasePath} is in use by ${describe(holder)}; only one program may change it at a time. Close that one first (reading with list, show or check still works)`,
      'database',
    );
    this.holder = holder;
  }
}

/**
 * Takes the writer's lock on `databasePath`, or throws DatabaseLockedError naming the holder. `what` names this
 * program for the message another one will see ("scopewise serve", "the Scopewise app").
 */
export function acquireDatabaseLock(databasePath: string, what: string, options: ConnectOptions = {}): DatabaseLock {
  const file = resolve(databasePath);
  const holder: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString(), what };
  let db: Database;
  try {
    db = connect(lockFileFor(file), options);
  } catch (error) {
    throw new AppError(
      'io',
      `${file}: its lock file ${lockFileFor(file)} cannot be opened (${error instanceof Error ? error.message : String(error)})`,
      'database',
    );
  }
  try {
    db.pragma('busy_timeout = 0');
    // A rollback journal, not WAL: a WAL file lets a second writer's BEGIN IMMEDIATE wait on the -shm instead.
    db.pragma('journal_mode = DELETE');
    // Two starters can race between writing the holder row and holding the lock again; a few tries settle it.
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        db.exec('BEGIN IMMEDIATE');
      } catch (error) {
        if (!isBusy(error)) throw error;
        const other = readHolder(db);
        db.close();
        throw new DatabaseLockedError(file, other);
      }
      let named = true;
      try {
        db.exec('CREATE TABLE IF NOT EXISTS holder (pid INTEGER NOT NULL, host TEXT NOT NULL, since TEXT NOT NULL, what TEXT NOT NULL)');
        db.prepare('INSERT OR REPLACE INTO holder (rowid, pid, host, since, what) VALUES (1, ?, ?, ?, ?)').run(
          holder.pid,
          holder.host,
          holder.since,
          holder.what,
        );
        db.exec('COMMIT');
      } catch (error) {
        // A full disk or a read-only lock file cannot take our name, but the lock itself still works: hold it
        // unnamed rather than keep the user from their data (a refused writer then sees a holder that is gone).
        if (db.inTransaction) db.exec('ROLLBACK');
        const cause = storageCause(error);
        if (cause !== 'disk-full' && cause !== 'read-only') throw error;
        named = false;
      }
      // The holder row is committed so readers can name us; now hold the lock until release or death.
      try {
        db.exec('BEGIN IMMEDIATE');
      } catch (error) {
        if (!isBusy(error)) throw error;
        continue;
      }
      const written = readHolder(db);
      if (!named || (written !== null && written.pid === holder.pid && written.since === holder.since && written.host === holder.host)) {
        const held = db;
        return {
          databasePath: file,
          holder,
          release() {
            if (!held.open) return;
            try {
              held.exec('ROLLBACK');
            } finally {
              held.close();
            }
          },
        };
      }
      db.exec('ROLLBACK');
    }
    throw new DatabaseLockedError(file, readHolder(db));
  } catch (error) {
    if (db.open) db.close();
    throw error;
  }
}
