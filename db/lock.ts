// One writer per database file: OS-level locks that die with the process holding them, tied to the file itself, not
// to the path it was named by. The app, `serve` and every writing CLI command take it before opening the database;
// readers never need it.
//
// Why SQLite for the lock: each lock file is a tiny SQLite database and the holder keeps a write transaction
// (BEGIN IMMEDIATE, a RESERVED lock) open on it for as long as it runs. SQLite takes that lock with the operating
// system's own byte-range locks (fcntl on Unix, LockFileEx on Windows), which the kernel drops when the process ends,
// however it ends (SIGKILL, a power cut), so a lock can never outlive its holder the way a "pid file" can. It needs
// no new native module, and other processes may still read the holder's name (pid, since when) from the file,
// because a RESERVED lock lets readers in.
//
// Two locks, because one file has many names. (1) `scopewise.db.lock` beside the database's real path (symbolic
// links and `..` resolved), which every machine sharing the folder sees. (2) An identity lock named by the file's
// device and inode in this machine's lock folder (`<tmp>/scopewise-locks/<dev>-<ino>.lock`), which every name of the
// file on this machine reaches: hard links, a bind mount of the file or its folder, and a run started after
// `scopewise.db.lock` was deleted. A restore gives the database a new inode; its holder takes the new identity before
// the new file takes the name (cover()). What it does not guard: a hard link or a file bind mount used from another
// machine, and a lock folder that differs between the two programs (another TMPDIR) while the lock file beside the
// database was also deleted. `guards()` lets a holder find out that its lock no longer guards the file.
import { mkdirSync, realpathSync, rmSync, statSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

import type { Database } from 'better-sqlite3';

import { AppError } from '../shared/errors';
import { errorCode, storageCause } from '../shared/storage-error';
import { connect, type ConnectOptions } from './examine';
import { onReadOnlyFileSystem } from './read-only-medium';

export interface LockHolder {
  pid: number;
  host: string;
  since: string;
  what: string;
}

export interface DatabaseLock {
  /** The database's real path (symbolic links and `..` resolved). */
  readonly databasePath: string;
  readonly holder: LockHolder;
  /**
   * Also guards the file now at `path` (a restore's new copy, before it takes the database's name; a database the
   * open just created). Throws DatabaseLockedError when another process holds that file's identity lock.
   */
  cover(path: string): void;
  /** Null while the lock still guards the database file; else why not (its lock file was removed, the file replaced). */
  guards(): string | null;
  release(): void;
}

/**
 * The database's real path: symbolic links and `..` resolved, so every name of one file in a folder gives one path.
 * A file that does not exist yet is resolved through its folder.
 */
export function canonicalDatabasePath(databasePath: string): string {
  const file = resolve(databasePath);
  try {
    return realpathSync(file);
  } catch {
    try {
      return join(realpathSync(dirname(file)), basename(file));
    } catch {
      return file;
    }
  }
}

export function lockFileFor(databasePath: string): string {
  return `${canonicalDatabasePath(databasePath)}.lock`;
}

/** This machine's folder of identity locks, one per database file held (removed on release). */
export function identityLockFolder(): string {
  return join(tmpdir(), 'scopewise-locks');
}

interface Identity {
  dev: bigint;
  ino: bigint;
}

function identityOf(path: string): Identity | null {
  try {
    const stat = statSync(path, { bigint: true });
    return { dev: stat.dev, ino: stat.ino };
  } catch {
    return null;
  }
}

function sameIdentity(a: Identity | null, b: Identity | null): boolean {
  return a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;
}

function identityLockFor(identity: Identity): string {
  return join(identityLockFolder(), `${identity.dev}-${identity.ino}.lock`);
}

/** How long reading a lock file waits for another starter writing its name there. */
const READ_WAIT_MS = 500;

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
  const identity = identityOf(canonicalDatabasePath(databasePath));
  for (const path of [lockFileFor(databasePath), ...(identity === null ? [] : [identityLockFor(identity)])]) {
    const holder = heldBy(path, options);
    if (holder !== undefined) return holder;
  }
  return null;
}

/** undefined when the lock file at `path` is free (or absent); else its holder as written, or null when unnamed. */
function heldBy(path: string, options: ConnectOptions): LockHolder | null | undefined {
  let db: Database | undefined;
  try {
    db = connect(path, { ...options, fileMustExist: true });
    db.pragma('busy_timeout = 0');
    try {
      db.exec('BEGIN IMMEDIATE');
      db.exec('ROLLBACK');
      return undefined;
    } catch (error) {
      if (!isBusy(error)) return undefined;
      db.pragma(`busy_timeout = ${READ_WAIT_MS}`);
      return readHolder(db);
    }
  } catch {
    return undefined;
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
  constructor(databasePath: string, holder: LockHolder | null, throughAnotherName = false) {
    const name = throughAnotherName ? ' (through another name of the same file)' : '';
    super(
      'conflict',
      `${databasePath} is in use by ${describe(holder)}${name}; only one program may change it at a time. Close that one first (reading with list, show or check still works)`,
      'database',
      'database_in_use',
    );
    this.holder = holder;
  }
}

/** One lock file held: the connection keeping its RESERVED lock, and the identity of the file it locked. */
interface HeldFile {
  path: string;
  db: Database;
  identity: Identity | null;
  /** Removed on release (identity locks), so the lock folder does not grow with every database ever opened. */
  removeOnRelease: boolean;
}

type Taken = { held: HeldFile } | { busy: LockHolder | null };

/**
 * Takes the RESERVED lock on the lock file at `path` and writes the holder's name in it. Afterwards the path must
 * still name the file locked: a lock file removed by its last holder as we opened it would otherwise be held by two.
 */
function takeLockFile(path: string, holder: LockHolder, removeOnRelease: boolean, options: ConnectOptions): Taken {
  for (let attempt = 0; attempt < 10; attempt++) {
    const before = identityOf(path);
    const db = connect(path, options);
    try {
      const opened = identityOf(path);
      if (before !== null && !sameIdentity(before, opened)) {
        db.close();
        continue;
      }
      // Reading the file waits out another starter's brief commit of its name (an EXCLUSIVE lock of a millisecond);
      // taking the lock itself never waits.
      db.pragma(`busy_timeout = ${READ_WAIT_MS}`);
      // A rollback journal, not WAL: a WAL file lets a second writer's BEGIN IMMEDIATE wait on the -shm instead.
      db.pragma('journal_mode = DELETE');
      db.pragma('busy_timeout = 0');
      try {
        db.exec('BEGIN IMMEDIATE');
      } catch (error) {
        if (!isBusy(error)) throw error;
        db.pragma(`busy_timeout = ${READ_WAIT_MS}`);
        const other = readHolder(db);
        db.close();
        return { busy: other };
      }
      let named = true;
      try {
        // The commit waits for a reader of the holder's name (another starter being refused) to finish.
        db.pragma(`busy_timeout = ${READ_WAIT_MS}`);
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
        if (isBusy(error)) {
          db.close();
          continue;
        }
        const cause = storageCause(error);
        if (cause !== 'disk-full' && cause !== 'read-only') throw error;
        named = false;
      }
      db.pragma('busy_timeout = 0');
      // The holder row is committed so readers can name us; now hold the lock until release or death.
      try {
        db.exec('BEGIN IMMEDIATE');
      } catch (error) {
        if (!isBusy(error)) throw error;
        db.close();
        continue;
      }
      const written = readHolder(db);
      const ours = !named || (written !== null && written.pid === holder.pid && written.since === holder.since && written.host === holder.host);
      if (ours && sameIdentity(opened, identityOf(path))) return { held: { path, db, identity: opened, removeOnRelease } };
      db.exec('ROLLBACK');
      db.close();
    } catch (error) {
      if (db.open) db.close();
      throw error;
    }
  }
  return { busy: heldBy(path, options) ?? null };
}

function releaseFile(file: HeldFile): void {
  if (!file.db.open) return;
  try {
    // Removed while still locked, so a process that opened it meanwhile finds the path no longer names its file.
    if (file.removeOnRelease && sameIdentity(file.identity, identityOf(file.path))) rmSync(file.path, { force: true });
  } catch {
    // Left behind: a later holder reuses it.
  }
  try {
    file.db.exec('ROLLBACK');
  } finally {
    file.db.close();
  }
}

/**
 * Takes the writer's lock on `databasePath`, or throws DatabaseLockedError naming the holder. `what` names this
 * program for the message another one will see ("scopewise serve", "the Scopewise app").
 */
export function acquireDatabaseLock(databasePath: string, what: string, options: ConnectOptions = {}): DatabaseLock {
  const file = canonicalDatabasePath(databasePath);
  const holder: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString(), what };
  const besidePath = `${file}.lock`;
  // Nothing can write to a database on a read-only file system, through this name or any other on this machine: there
  // is nothing to guard, and no lock file can be made there. The database then opens read-only (db/open.ts).
  if (onReadOnlyFileSystem(file)) {
    return { databasePath: file, holder, cover: () => undefined, guards: () => null, release: () => undefined };
  }
  let beside: Taken;
  try {
    beside = takeLockFile(besidePath, holder, false, options);
  } catch (error) {
    throw new AppError('io', `${file}: its lock file ${besidePath} cannot be opened (${error instanceof Error ? error.message : String(error)})`, 'database');
  }
  if ('busy' in beside) throw new DatabaseLockedError(file, beside.busy);
  const besideHeld = beside.held;
  const held: HeldFile[] = [besideHeld];
  const releaseAll = (): void => {
    for (const one of held.splice(0).reverse()) releaseFile(one);
  };
  /** The identity locks held, by file identity. */
  const identities: Identity[] = [];
  const cover = (path: string): void => {
    const identity = identityOf(path);
    if (identity === null || identities.some((one) => sameIdentity(one, identity))) return;
    let taken: Taken;
    try {
      mkdirSync(identityLockFolder(), { recursive: true });
      taken = takeLockFile(identityLockFor(identity), holder, true, options);
    } catch {
      // This machine's lock folder cannot be used (permissions, a full disk): the lock beside the file still holds.
      return;
    }
    if ('busy' in taken) throw new DatabaseLockedError(file, taken.busy, true);
    held.push(taken.held);
    identities.push(identity);
  };
  try {
    cover(file);
  } catch (error) {
    releaseAll();
    throw error;
  }
  return {
    databasePath: file,
    holder,
    cover,
    guards() {
      if (held.length === 0) return 'the lock was released';
      if (!sameIdentity(besideHeld.identity, identityOf(besidePath))) {
        return `its lock file ${besidePath} was removed or replaced by another program, so another program may now change the database`;
      }
      const now = identityOf(file);
      if (now !== null && identities.length > 0 && !identities.some((one) => sameIdentity(one, now))) {
        return `${file} was replaced by another program, so the database this program opened is no longer the one under that name`;
      }
      return null;
    },
    release: releaseAll,
  };
}
