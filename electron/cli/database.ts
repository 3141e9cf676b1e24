// The --db option shared by the database commands, and opening the database for one command.
// Commands that only read never create a database: a missing file reads as empty and nothing is written.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, resolve } from 'node:path';
import { acquireDatabaseLock, openDatabase, type Database } from '../../db';
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

/**
 * Opens the command's database. `read`: a missing database gives null (the command treats it as empty).
 * `write`: a missing database is created; its folder must exist when --db names it (a typo should not make
 * folders), and is created for the default location, which is the app's own data folder.
 * A command that changes the database (`write`, or `records` for one that only logs an export) first takes the
 * writer's lock (db/lock.ts), so it is refused while the app or `serve` has the database; closing the returned
 * database releases the lock.
 */
export async function openCommandDatabase(
  values: Record<string, string | boolean | undefined>,
  io: CliIO,
  mode: 'read' | 'write',
  options: { records?: boolean; command?: string; quickCheck?: boolean } = {},
): Promise<Database | null> {
  const { path, explicit } = databasePath(values);
  requireDatabaseFile(path);
  if (!existsSync(path)) {
    if (mode === 'read') return null;
    const folder = dirname(path);
    if (!existsSync(folder)) {
      if (explicit) throw new AppError('invalid_input', `--db: the folder ${folder} does not exist`, 'db');
      mkdirSync(folder, { recursive: true });
    }
  }
  const warn = (message: string): void => io.err(`scopewise: warning: ${message}\n`);
  const check = options.quickCheck === false ? { quickCheck: false } : {};
  if (mode === 'read' && options.records !== true) return openDatabase(path, { warn, ...check });
  const lock = acquireDatabaseLock(path, `scopewise ${options.command ?? 'CLI'}`);
  let db: Database;
  try {
    db = await openDatabase(path, { warn, lock });
  } catch (error) {
    lock.release();
    throw error;
  }
  // The commands close the database in their own finally blocks; the lock goes with it.
  const close = db.close.bind(db);
  db.close = () => {
    try {
      return close();
    } finally {
      lock.release();
    }
  };
  return db;
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
