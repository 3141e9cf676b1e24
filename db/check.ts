// The full health check behind `scopewise check`: integrity_check (on a read-only connection, so a damaged file is
// never written to), foreign_key_check, the search index's own check and the pipeline's running totals.
import { existsSync } from 'node:fs';

import type { Database } from 'better-sqlite3';

import { connect, type ConnectOptions, removeEmptyCompanions } from './examine';
import { dealTotalsProblems } from './pipeline';
import { catchUpSearchIndex, searchBacklogSize } from './search-backlog';

export interface CheckReport {
  ok: boolean;
  problems: string[];
}

function integrityProblems(db: Database): string[] {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  return rows.filter((row) => row.integrity_check !== 'ok').map((row) => `integrity: ${row.integrity_check}`);
}

/**
 * integrity_check on a file, through a read-only connection: it cannot write, not even the WAL checkpoint SQLite
 * makes when the last connection closes. Damage SQLite cannot walk at all is a problem, not a throw.
 */
export function checkFileIntegrity(path: string, options: ConnectOptions = {}): string[] {
  const companions = ['-wal', '-shm'].filter((suffix) => !existsSync(`${path}${suffix}`));
  let db: Database | undefined;
  try {
    db = connect(path, { ...options, readonly: true, fileMustExist: true });
    return integrityProblems(db);
  } catch (error) {
    return [`integrity: ${error instanceof Error ? error.message : String(error)}`];
  } finally {
    db?.close();
    removeEmptyCompanions(path, companions);
  }
}

/**
 * The search index's own check. A sound file first has the index take in its backlog (a write), and the index is then
 * compared with the assessments themselves (rank 1); a damaged file is only read, and while words still wait in the
 * backlog the index is checked within itself (rank 0), since those words would read as missing.
 */
function checkSearchIndex(db: Database, mayWrite: boolean): void {
  if (mayWrite) catchUpSearchIndex(db);
  const compare = searchBacklogSize(db) === 0 ? 1 : 0;
  db.prepare(`INSERT INTO assessments_fts(assessments_fts, rank) VALUES ('integrity-check', ${compare})`).run();
}

/** The checks on an open database; `integrity: false` when checkFileIntegrity has already read the file. */
export function checkDatabase(db: Database, options: { integrity?: boolean } = {}): CheckReport {
  const problems: string[] = [];
  if (options.integrity ?? true) {
    try {
      problems.push(...integrityProblems(db));
    } catch (error) {
      problems.push(`integrity: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const keys = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  for (const row of keys) problems.push(`foreign key: ${row.table} row ${row.rowid} points to a missing ${row.parent}`);
  try {
    checkSearchIndex(db, problems.length === 0);
  } catch (error) {
    problems.push(`search index: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    problems.push(...dealTotalsProblems(db));
  } catch (error) {
    problems.push(`pipeline: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { ok: problems.length === 0, problems };
}
