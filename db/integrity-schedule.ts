// Opening the database without reading the whole file first: the cheap checks (header, schema version, history) run
// before the first read, PRAGMA quick_check runs in a worker thread, and the connection stays read-only until it
// passes. It must never hand out a connection that can write before the verdict: not even a WAL checkpoint at close.
import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Worker } from 'node:worker_threads';

import type { Database } from 'better-sqlite3';

import { AppError } from '../shared/errors';
import { errorCode } from '../shared/storage-error';
import { defaultBackupDir, findNewestGoodBackup } from './backup';
import { connect, DatabaseRefusedError, examineDatabaseFile, refusalFor } from './examine';
import type { CheckResult, IntegrityWorkerData } from './integrity-worker';
import { verifyMigrationHistory } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { openDatabase, type OpenOptions } from './open';
import { onReadOnlyFileSystem } from './read-only-medium';
import { hasInterruptedRestore } from './restore';
import { startWorker } from './worker-file';

/** What the check is doing, for a caller that shows or measures it (tests/db/integrity-schedule.test.ts, the bench). */
export type CheckEvent =
  { phase: 'started' } | { phase: 'passed'; ms: number; where: CheckPlace } | { phase: 'failed'; ms: number; where: CheckPlace; problem: string };

/** Where quick_check ran: its worker, or the main thread when a worker could not be started. */
export type CheckPlace = 'worker' | 'main thread';

export interface ScheduledOptions extends OpenOptions {
  onCheck?: (event: CheckEvent) => void;
}

export interface ScheduledOpen {
  /** A connection for the first reads. Read-only while `writable` is pending; the same as its result when nothing was deferred. */
  db: Database;
  /** True when quick_check was left to the worker; false when the file was checked (or did not need it) before opening. */
  deferred: boolean;
  /**
   * The read-write connection, once quick_check has passed (the read-only one is then closed). Rejects with the same
   * DatabaseRefusedError a damaged file gets at open, naming the newest good backup; nothing was written to the file.
   */
  writable: Promise<Database>;
  /**
   * Stops a check still running (the worker is terminated) because the caller is closing: `writable` then rejects
   * with CheckCancelledError and no read-write connection is made. The caller still closes `db`.
   */
  cancel(): void;
}

/** The check was stopped because its caller closed before the verdict; not a verdict on the file. */
export class CheckCancelledError extends Error {
  constructor(path: string) {
    super(`${path}: closed before its integrity check finished`);
  }
}

/** better-sqlite3's entry file, outside the asar archive when packaged (electron-builder unpacks it: electron-builder.config.ts). */
function betterSqliteModule(): string {
  const path = createRequire(import.meta.url).resolve('better-sqlite3');
  return path.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
}

function quickCheckInWorker(file: string, nativeBinding: string | undefined, started: (worker: Worker) => void): Promise<CheckResult> {
  return new Promise((settle, fail) => {
    const data: IntegrityWorkerData = { file, module: betterSqliteModule(), nativeBinding: nativeBinding ?? null };
    const worker = startWorker(import.meta.url, '.', 'integrity-worker', { workerData: data });
    started(worker);
    let answered = false;
    worker.once('message', (message: CheckResult) => {
      answered = true;
      settle(message);
    });
    worker.once('error', fail);
    worker.once('exit', (code) => {
      if (!answered) fail(new Error(`the integrity check's worker stopped (exit code ${code})`));
    });
  });
}

/** The same check on the read-only connection, blocking: only when a worker cannot be started at all. */
function quickCheckHere(db: Database): CheckResult {
  try {
    const rows = (db.pragma('quick_check') as { quick_check: string }[]).map((row) => row.quick_check);
    return { ok: rows.length === 1 && rows[0] === 'ok', result: rows.join('\n') };
  } catch (error) {
    return { ok: false, result: error instanceof Error ? error.message : String(error), code: errorCode(error) };
  }
}

/** Is the file in WAL mode by its header (bytes 18 and 19 are 2)? Only then does opening it read-write write nothing. */
function headerSaysWal(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const bytes = new Uint8Array(2);
    return readSync(fd, bytes, 0, 2, 18) === 2 && bytes[0] === 2 && bytes[1] === 2;
  } finally {
    closeSync(fd);
  }
}

function withNewestBackup(error: DatabaseRefusedError, backupDir: string, options: OpenOptions): DatabaseRefusedError {
  error.newestGoodBackup = findNewestGoodBackup(backupDir, options);
  if (error.newestGoodBackup !== null) error.message += `; the newest good backup is ${error.newestGoodBackup}`;
  return error;
}

/**
 * Opens the database for its first reads at once and checks the whole file off the main thread. A file that needs
 * more than reading (a migration, a restore to finish, a switch to WAL) or is new is opened by openDatabase with
 * the full check first, as before; only an existing database of the current version in WAL mode is deferred.
 */
export async function openWithScheduledCheck(path: string, options: ScheduledOptions = {}): Promise<ScheduledOpen> {
  const file = resolve(path);
  const backupDir = options.backupDir ?? defaultBackupDir(file);
  const target = options.targetVersion ?? LATEST_SCHEMA_VERSION;
  let examination;
  try {
    examination = examineDatabaseFile(file, { ...options, quickCheck: false });
  } catch (error) {
    if (error instanceof DatabaseRefusedError && error.reason !== 'newer') throw withNewestBackup(error, backupDir, options);
    throw error;
  }
  if (
    options.quickCheck === false ||
    examination.kind !== 'scopewise' ||
    examination.version !== target ||
    hasInterruptedRestore(file) ||
    !headerSaysWal(file) ||
    // Read from a copy in memory there (db/read-only-medium.ts), which the check beside the reads cannot share.
    onReadOnlyFileSystem(file)
  ) {
    const db = await openDatabase(file, options);
    return { db, deferred: false, writable: Promise.resolve(db), cancel: () => undefined };
  }
  let reader: Database;
  try {
    reader = connect(file, { ...options, readonly: true, fileMustExist: true });
  } catch (error) {
    throw error instanceof AppError ? error : refusalFor(file, error);
  }
  try {
    reader.pragma('busy_timeout = 5000');
    verifyMigrationHistory(reader, file);
  } catch (error) {
    reader.close();
    throw error instanceof AppError ? error : refusalFor(file, error);
  }
  const started = performance.now();
  options.onCheck?.({ phase: 'started' });
  let cancelled = false;
  let worker: Worker | null = null;
  const writable = (async (): Promise<Database> => {
    let verdict: CheckResult;
    let where: CheckPlace = 'worker';
    try {
      verdict = await quickCheckInWorker(file, options.nativeBinding, (started) => (worker = started));
    } catch {
      if (cancelled) throw new CheckCancelledError(file);
      where = 'main thread';
      verdict = quickCheckHere(reader);
    }
    if (cancelled) throw new CheckCancelledError(file);
    const ms = performance.now() - started;
    if (!verdict.ok) {
      // A read-only connection never checkpoints at close: the damaged file keeps every byte it had.
      reader.close();
      const problem = verdict.result.split('\n')[0] ?? verdict.result;
      options.onCheck?.({ phase: 'failed', ms, where, problem });
      const refusal =
        verdict.code === 'SQLITE_NOTADB' || verdict.code?.startsWith('SQLITE_CORRUPT') === true
          ? refusalFor(file, Object.assign(new Error(problem), { code: verdict.code }))
          : new DatabaseRefusedError(file, 'corrupt', `its quick check failed (${problem})`);
      throw withNewestBackup(refusal, backupDir, options);
    }
    options.onCheck?.({ phase: 'passed', ms, where });
    try {
      return await openDatabase(file, { ...options, quickCheck: false });
    } finally {
      reader.close();
    }
  })();
  // The caller may only look at `writable` later; a refusal is never an unhandled rejection meanwhile.
  writable.catch(() => undefined);
  return {
    db: reader,
    deferred: true,
    writable,
    cancel() {
      cancelled = true;
      void worker?.terminate();
    },
  };
}
