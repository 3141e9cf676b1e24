// The integrity check's worker thread (started by db/integrity-schedule.ts): PRAGMA quick_check on a read-only
// connection of its own, answered in one message. It never writes: the connection is opened read-only.
// It loads better-sqlite3 from the absolute path the starting thread resolved, with the same native binding
// (Electron's build in the app), so a bundle and the packaged app (whose native module is unpacked) load the same one.
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

import type BetterSqlite3 from 'better-sqlite3';

/** What the starting thread sends. */
export interface IntegrityWorkerData {
  file: string;
  /** better-sqlite3's entry file. */
  module: string;
  nativeBinding: string | null;
}

/** The one message the worker answers with. */
export interface CheckResult {
  ok: boolean;
  result: string;
  code?: string;
}

function quickCheck(data: IntegrityWorkerData): CheckResult {
  const Database = createRequire(import.meta.url)(data.module) as typeof BetterSqlite3;
  let db: BetterSqlite3.Database | undefined;
  try {
    db = new Database(data.file, { readonly: true, fileMustExist: true, ...(data.nativeBinding === null ? {} : { nativeBinding: data.nativeBinding }) });
    db.pragma('busy_timeout = 5000');
    const rows = (db.pragma('quick_check') as { quick_check: string }[]).map((row) => row.quick_check);
    return { ok: rows.length === 1 && rows[0] === 'ok', result: rows.join('\n') };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { ok: false, result: error instanceof Error ? error.message : String(error), ...(typeof code === 'string' ? { code } : {}) };
  } finally {
    db?.close();
  }
}

parentPort?.postMessage(quickCheck(workerData as IntegrityWorkerData));
