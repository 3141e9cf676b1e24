// Prepared statements cached per connection: preparing costs more than running, and a save must stay under a millisecond.
import type { Database, Statement } from 'better-sqlite3';

const cache = new WeakMap<Database, Map<string, Statement>>();

export function statement(db: Database, sql: string): Statement {
  let statements = cache.get(db);
  if (statements === undefined) {
    statements = new Map();
    cache.set(db, statements);
  }
  let prepared = statements.get(sql);
  if (prepared === undefined) {
    prepared = db.prepare(sql);
    statements.set(sql, prepared);
  }
  return prepared;
}

const assessmentColumns = new WeakMap<Database, ReadonlySet<string>>();

/**
 * Whether the connection's `assessments` table has `column`. A database opened at an older schema version (the
 * migration tests fill one with the current code) lacks the later columns, and its writes then leave them out.
 */
export function hasAssessmentColumn(db: Database, column: string): boolean {
  let columns = assessmentColumns.get(db);
  if (columns === undefined) {
    columns = new Set((db.pragma('table_info(assessments)') as { name: string }[]).map((c) => c.name));
    assessmentColumns.set(db, columns);
  }
  return columns.has(column);
}
