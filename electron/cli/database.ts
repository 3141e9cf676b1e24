// The --db option shared by the database commands, and the one place a command opens, checks and closes its database.
// Commands that only read never create a database: a missing file reads as empty and nothing is written.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { acquireDatabaseLock, type Database, type DatabaseLock, DatabaseLockedError, type LockHolder, openDatabase, upgradeMessage } from '../../db';
import { AppError } from '../../shared/errors';
import { FILE_NAME_MAX_BYTES, utf8Length } from '../../shared/file-name';
import type { CliIO } from './command';
import { defaultDatabasePath } from './database-path';

export const DB_OPTION = { db: { type: 'string' } } as const;
export const DB_DETAILS =
  "--db <path> names the database; without it: $SCOPEWISE_DATA_DIR/scopewise.db, else the app's own (Linux: ~/.config/Scopewise/scopewise.db).";

export function databasePath(values: Record<string, string | boolean | undefined>): { path: string; explicit: boolean } {
  const given = values.db;
  if (given === true || given === '') throw new AppError('invalid_input', '--db: expected a database file path', 'db');
  if (typeof given === 'string') return { path: resolve(given), explicit: true };
  return { path: resolve(defaultDatabasePath(process.env, process.platform, homedir())), explicit: false };
}

/** Refuses a --db that exists but is not a regular file: a folder, or a device, pipe or socket such as /dev/null. */
export function requireDatabaseFile(path: string): void {
  if (!existsSync(path)) return;
  const stat = statSync(path);
  if (stat.isDirectory()) throw new AppError('invalid_input', `--db: ${path} is a folder, not a database file`, 'db');
  if (!stat.isFile()) throw new AppError('invalid_input', `--db: ${path} is not a regular file (a device, pipe or socket); name a database file`, 'db');
}

export interface DatabaseAccess<T> {
  /** `read`: a missing database is not created. `write`: a missing database is created (see below). */
  mode: 'read' | 'write';
  /** A read-mode command that still logs what it exports (export, proposal), so it takes the writer's lock. */
  records?: boolean;
  /** Names the holder of the lock to another program refused it ("scopewise import"). */
  command?: string;
  /** What a read answers when there is no database; without it, the command is refused naming the missing file. */
  missing?: () => T;
  /** False for a command that reads the whole file itself (`check` runs integrity_check), so the open skips quick_check. */
  quickCheck?: boolean;
}

/**
 * Opens the command's database, runs `use` with it, and closes it whatever happens (releasing the writer's lock).
 * `read`: a missing database answers `missing()` (or is refused) and nothing is created. `write`: a missing
 * database is created; its folder must exist when --db names it (a typo should not make folders), and is created
 * for the default location, which is the app's own data folder. A command that changes the database (`write`, or
 * `records`) first takes the writer's lock (db/lock.ts), so it is refused while the app or `serve` has the database.
 */
export async function withCommandDatabase<T>(
  values: Record<string, string | boolean | undefined>,
  io: CliIO,
  access: DatabaseAccess<T>,
  use: (db: Database) => T | Promise<T>,
): Promise<T> {
  const { path, explicit } = databasePath(values);
  requireDatabaseFile(path);
  if (!existsSync(path)) {
    if (access.mode === 'read') {
      if (access.missing !== undefined) return access.missing();
      throw new AppError('not_found', `--db: no database at ${path}`, 'db');
    }
    const folder = dirname(path);
    if (!existsSync(folder)) {
      if (explicit) throw new AppError('invalid_input', `--db: the folder ${folder} does not exist`, 'db');
      mkdirSync(folder, { recursive: true });
    }
  }
  const warn = (message: string): void => io.err(`scopewise: warning: ${message}\n`);
  const onUpgrade = (from: number, to: number): void => io.err(`scopewise: ${upgradeMessage(from, to)}\n`);
  const check = access.quickCheck === false ? { quickCheck: false, onUpgrade } : { onUpgrade };
  const lock = access.mode === 'read' && access.records !== true ? null : await acquireLockForCommand(path, `scopewise ${access.command ?? 'CLI'}`);
  try {
    const db = await openDatabase(path, lock === null ? { warn, ...check } : { warn, lock, ...check });
    try {
      return await use(db);
    } finally {
      db.close();
    }
  } finally {
    lock?.release();
  }
}

/** How long a command waits for another command to finish with the database before it is refused. */
export const COMMAND_LOCK_WAIT_MS = 30_000;

/** How long a holder that has not written its name yet may be taken for a command starting (db/lock.ts names it at once). */
const UNNAMED_GRACE_MS = 3_000;

/** Is the holder another CLI command, which holds the lock for a moment (not `serve` or the app, which hold it for hours)? */
function isPassingCommand(holder: LockHolder | null): boolean {
  return holder !== null && holder.what.startsWith('scopewise ') && holder.what !== 'scopewise serve';
}

/**
 * The writer's lock for a command. While another command holds it (sixteen `proposal` runs started at once), the
 * command waits its turn, up to COMMAND_LOCK_WAIT_MS; the app or `serve` holding it is refused at once, naming them.
 */
async function acquireLockForCommand(path: string, what: string): Promise<DatabaseLock> {
  const started = Date.now();
  const deadline = started + COMMAND_LOCK_WAIT_MS;
  for (;;) {
    try {
      return acquireDatabaseLock(path, what);
    } catch (error) {
      if (!(error instanceof DatabaseLockedError) || Date.now() > deadline) throw error;
      // A holder not yet named is most likely another command between taking the lock and writing its name (the name
      // is committed a moment later; under load that moment grows): it gets a short grace before it counts as unknown.
      const starting = error.holder === null && Date.now() - started < UNNAMED_GRACE_MS;
      if (!isPassingCommand(error.holder) && !starting) throw error;
      await sleep(20 + Math.floor(Math.random() * 40));
    }
  }
}

/**
 * Checks that a file can be written at `path` before any work is done: its name fits every file system
 * (shared/file-name.ts), its folder exists and it is not a folder.
 */
export function requireWritableTarget(path: string, option: string): string {
  const target = resolve(path);
  const bytes = utf8Length(basename(target));
  if (bytes > FILE_NAME_MAX_BYTES) {
    throw new AppError(
      'invalid_input',
      `--${option}: the file name is ${bytes} bytes long; file systems allow at most ${FILE_NAME_MAX_BYTES} bytes (in UTF-8) per name`,
      option,
    );
  }
  if (existsSync(target) && statSync(target).isDirectory()) throw new AppError('invalid_input', `--${option}: ${target} is a folder; give a file name`, option);
  const folder = dirname(target);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new AppError('invalid_input', `--${option}: the folder ${folder} does not exist`, option);
  return target;
}
