// A database on a read-only file system (a mounted image, a write-protected share, a disk remounted read-only after
// errors): telling it apart, and reading it there. Never writes anything; never used for a writable file.
//
// SQLite cannot open a database in WAL mode read-only when its -shm file is absent and cannot be created (without the
// `immutable` URI parameter, which this build of better-sqlite3 does not accept). A database that was closed cleanly
// has no WAL content to replay, so its bytes alone are the whole database: they are read into memory, the header is
// marked as a rollback-journal database (bytes 18 and 19) in that copy only, and SQLite opens the copy read-only.
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

import BetterSqlite3, { type Database } from 'better-sqlite3';

import { errorCode } from '../shared/storage-error';

/** Is the file system holding `path` (the file, or its folder when it does not exist) mounted read-only? */
export function onReadOnlyFileSystem(path: string): boolean {
  for (const target of existsSync(path) ? [path, dirname(path)] : [dirname(path)]) {
    try {
      accessSync(target, constants.W_OK);
    } catch (error) {
      if (errorCode(error) === 'EROFS') return true;
    }
  }
  return false;
}

/** Does the database have a write-ahead log with committed pages in it (an unclean shutdown)? */
function hasWalContent(path: string): boolean {
  try {
    return statSync(`${path}-wal`).size > 0;
  } catch {
    return false;
  }
}

/**
 * A read-only connection to a database on a read-only file system that SQLite cannot open in place, or null when that
 * is not the case (then the caller's own error stands). A WAL left by an unclean shutdown cannot be read this way.
 */
export function openFromReadOnlyMedium(path: string, options: { nativeBinding?: string }): Database | null {
  if (!onReadOnlyFileSystem(path) || !existsSync(path) || hasWalContent(path)) return null;
  const bytes = readFileSync(path);
  if (bytes.length >= 20 && bytes[18] === 2 && bytes[19] === 2) {
    bytes[18] = 1;
    bytes[19] = 1;
  }
  return new BetterSqlite3(bytes, { readonly: true, ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }) });
}

/** The error is SQLite's "unable to open database file". */
export function isCannotOpen(error: unknown): boolean {
  return errorCode(error).startsWith('SQLITE_CANTOPEN');
}
