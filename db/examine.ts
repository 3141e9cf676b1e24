// Examining a database file without writing to it: header bytes first, then a read-only SQLite connection.
// Decides what a file is (missing, new, ours and which version) and refuses everything else with a clear reason.
import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';

import BetterSqlite3, { type Database } from 'better-sqlite3';

import { AppError } from '../shared/errors';
import { errorCode } from '../shared/storage-error';
import { HEADER_BYTES, inspectHeader, SCOPEWISE_APPLICATION_ID } from './header';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { isCannotOpen, onReadOnlyFileSystem, openFromReadOnlyMedium } from './read-only-medium';

export type RefusalReason = 'not-sqlite' | 'truncated' | 'corrupt' | 'not-scopewise' | 'newer' | 'unreadable';

/** The database file cannot be used as it is. It was not written to; `newestGoodBackup` is offered for restore when there is one. */
export class DatabaseRefusedError extends AppError {
  readonly reason: RefusalReason;
  readonly path: string;
  newestGoodBackup: string | null = null;
  constructor(path: string, reason: RefusalReason, detail: string) {
    const what: Record<RefusalReason, string> = {
      'not-sqlite': 'is not a Scopewise database',
      truncated: 'is damaged (cut short)',
      corrupt: 'is damaged',
      'not-scopewise': 'is not a Scopewise database',
      newer: 'was written by a newer version of Scopewise',
      unreadable: 'cannot be opened',
    };
    super(
      reason === 'newer' || reason === 'not-scopewise' || reason === 'not-sqlite' ? 'unsupported' : 'io',
      `${path} ${what[reason]}: ${detail}. It was left as it is`,
      'database',
    );
    this.reason = reason;
    this.path = path;
  }
}

export interface ConnectOptions {
  /**
   * Path to a better_sqlite3.node built for the running runtime (Node or Electron). Absent: better-sqlite3's own
   * build in node_modules, which is the Node one. See docs/architecture.md, "One install, two runtimes".
   */
  nativeBinding?: string;
}

export function refusalFor(path: string, error: unknown): DatabaseRefusedError {
  const code = errorCode(error);
  if (code === 'SQLITE_NOTADB') return new DatabaseRefusedError(path, 'not-sqlite', 'SQLite does not recognise it as a database');
  if (code.startsWith('SQLITE_CORRUPT')) return new DatabaseRefusedError(path, 'corrupt', 'SQLite found it malformed');
  const detail = error instanceof Error ? error.message : String(error);
  return new DatabaseRefusedError(path, 'unreadable', detail);
}

/** A raw connection with the native binding applied. Callers own closing it. */
export function connect(path: string, options: ConnectOptions & { readonly?: boolean; fileMustExist?: boolean } = {}): Database {
  try {
    const db = new BetterSqlite3(path, {
      readonly: options.readonly ?? false,
      fileMustExist: options.fileMustExist ?? false,
      ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
    });
    // On a read-only file system SQLite cannot make a WAL database's -shm (the first read says so): a database closed
    // cleanly is read from a copy in memory instead (db/read-only-medium.ts).
    if (options.readonly === true && onReadOnlyFileSystem(path)) {
      try {
        db.pragma('schema_version');
      } catch (error) {
        db.close();
        if (!isCannotOpen(error)) throw error;
        const copy = openFromReadOnlyMedium(path, options);
        if (copy === null) throw error;
        return copy;
      }
    }
    return db;
  } catch (error) {
    // A native module built for another runtime (Node vs Electron ABI) or missing: not the database file's fault.
    const code = (error as NodeJS.ErrnoException).code;
    const message = error instanceof Error ? error.message : String(error);
    if (code === 'MODULE_NOT_FOUND' || code === 'ERR_DLOPEN_FAILED' || /NODE_MODULE_VERSION|invalid ELF|wrong ELF/.test(message)) {
      throw new AppError(
        'internal',
        `SQLite's native module ${options.nativeBinding ?? '(better-sqlite3 default)'} cannot be loaded in this runtime: ${message.split('\n')[0]}`,
      );
    }
    throw error;
  }
}

export type Examination = { kind: 'missing' } | { kind: 'empty' } | { kind: 'scopewise'; version: number };

function readHeader(path: string): { header: Uint8Array; size: number } {
  const fd = openSync(path, 'r');
  try {
    const header = new Uint8Array(HEADER_BYTES);
    const read = readSync(fd, header, 0, HEADER_BYTES, 0);
    return { header: header.subarray(0, read), size: statSync(path).size };
  } finally {
    closeSync(fd);
  }
}

/**
 * What a file is, read-only: missing, empty (a new database), or a Scopewise database of some schema version.
 * Throws DatabaseRefusedError for anything else; the file is never written, not even a WAL checkpoint.
 */
export function examineDatabaseFile(path: string, options: ConnectOptions & { quickCheck?: boolean } = {}): Examination {
  if (!existsSync(path)) return { kind: 'missing' };
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    throw new DatabaseRefusedError(path, 'unreadable', (error as Error).message);
  }
  if (!stat.isFile())
    throw new DatabaseRefusedError(
      path,
      'unreadable',
      stat.isDirectory() ? 'it is a folder, not a file' : 'it is not a regular file (a device, pipe or socket)',
    );
  let header;
  try {
    header = readHeader(path);
  } catch (error) {
    throw new DatabaseRefusedError(path, 'unreadable', (error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (error as Error).message);
  }
  const wal = `${path}-wal`;
  const hasWal = existsSync(wal) && statSync(wal).size > 0;
  const verdict = inspectHeader(header.header, header.size, hasWal);
  if (verdict.kind === 'refused') throw new DatabaseRefusedError(path, verdict.reason, verdict.detail);
  if (verdict.kind === 'empty' && !hasWal) return { kind: 'empty' };
  // Without a WAL, a foreign or newer file is recognised from its header alone, before SQLite opens it.
  if (verdict.kind === 'sqlite' && !hasWal) {
    const blank = verdict.applicationId === 0 && verdict.userVersion === 0 && verdict.pageCount <= 1;
    if (!blank && verdict.applicationId !== SCOPEWISE_APPLICATION_ID && verdict.applicationId !== 0) {
      throw new DatabaseRefusedError(path, 'not-scopewise', 'it is a SQLite file of another application');
    }
    if (verdict.applicationId === SCOPEWISE_APPLICATION_ID && verdict.userVersion > LATEST_SCHEMA_VERSION) throw newerRefusal(path, verdict.userVersion);
  }
  const companions = ['-wal', '-shm'].filter((suffix) => !existsSync(`${path}${suffix}`));
  let db: Database | undefined;
  try {
    db = connect(path, { ...options, readonly: true, fileMustExist: true });
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    const objects = (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n;
    if (applicationId === 0 && objects === 0) return { kind: 'empty' };
    if (applicationId !== SCOPEWISE_APPLICATION_ID) throw new DatabaseRefusedError(path, 'not-scopewise', 'it is a SQLite file of another application');
    if (version > LATEST_SCHEMA_VERSION) throw newerRefusal(path, version);
    if (options.quickCheck ?? true) {
      const result = db.pragma('quick_check', { simple: true }) as string;
      if (result !== 'ok') throw new DatabaseRefusedError(path, 'corrupt', `its quick check failed (${result.split('\n')[0]})`);
    }
    return { kind: 'scopewise', version };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refusalFor(path, error);
  } finally {
    db?.close();
    removeEmptyCompanions(path, companions);
  }
}

function newerRefusal(path: string, version: number): DatabaseRefusedError {
  return new DatabaseRefusedError(
    path,
    'newer',
    `its schema is version ${version} and this version of Scopewise reads up to ${LATEST_SCHEMA_VERSION}; update Scopewise to open it`,
  );
}

/** A read-only look at a WAL database leaves an empty -wal and -shm behind; remove the ones this look created. */
export function removeEmptyCompanions(path: string, createdByUs: readonly string[]): void {
  const wal = `${path}-wal`;
  if (createdByUs.includes('-wal') && existsSync(wal) && statSync(wal).size > 0) return;
  for (const suffix of createdByUs) rmSync(`${path}${suffix}`, { force: true });
}
