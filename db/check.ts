// The full health check behind `scopewise check`: integrity_check, foreign_key_check and the search index's own check.
import type { Database } from 'better-sqlite3';

export interface CheckReport {
  ok: boolean;
  problems: string[];
}

export function checkDatabase(db: Database): CheckReport {
  const problems: string[] = [];
  const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
  for (const row of integrity) if (row.integrity_check !== 'ok') problems.push(`integrity: ${row.integrity_check}`);
  const keys = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  for (const row of keys) problems.push(`foreign key: ${row.table} row ${row.rowid} points to a missing ${row.parent}`);
  try {
    db.prepare("INSERT INTO assessments_fts(assessments_fts, rank) VALUES ('integrity-check', 1)").run();
  } catch (error) {
    problems.push(`search index: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { ok: problems.length === 0, problems };
}
