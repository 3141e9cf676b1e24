// The search index's backlog (db/migrations/011-search-backlog.ts): writes note the assessments whose words changed,
// and the index takes them in, all at once, when the backlog is full (by trigger) or, here, before a search reads it.
import type { Database } from 'better-sqlite3';

import { storageCause } from '../shared/storage-error';
import { CATCH_UP_STATEMENTS, KEY_SEQ_BITS } from './migrations/011-search-backlog';
import { statement } from './statements';

/** Whether the connection's schema has the backlog: a database opened at an older version (tests, fixtures) does not. */
const hasBacklog = new WeakMap<Database, boolean>();

function backlogExists(db: Database): boolean {
  let exists = hasBacklog.get(db);
  if (exists === undefined) {
    exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'search_backlog'").get() !== undefined;
    hasBacklog.set(db, exists);
  }
  return exists;
}

/**
 * Brings the search index up to date with every committed write, in one transaction (nested in the caller's, if any),
 * and says whether it now is. Nothing to do costs one lookup. A read-only connection cannot write, and a write refused
 * for a cause of the storage (a full or read-only disk, another process writing) leaves the backlog for later: either
 * way the search that asked reads the index as it stands (searchIndexShape then gathers, so the list's order stays right).
 */
export function catchUpSearchIndex(db: Database): boolean {
  if (!backlogExists(db) || !backlogWaiting(db)) return true;
  if (db.readonly) return false;
  try {
    db.transaction(() => {
      for (const sql of CATCH_UP_STATEMENTS) statement(db, sql).run();
    }).immediate();
    return true;
  } catch (error) {
    if (storageCause(error) === null) throw error;
    return false;
  }
}

function backlogWaiting(db: Database): boolean {
  return statement(db, 'SELECT EXISTS (SELECT 1 FROM search_backlog)').pluck().get() === 1;
}

/**
 * How a search reads the index on this connection: `keyed` when its rowids are list keys (migration 11), and
 * `inKeyOrder` when, besides, every live assessment has one, so the index yields matches in the default list order.
 * `waiting`: assessments wait in the backlog that the index could not take in (a full or read-only disk, another
 * writer); their words now are in `temp.search_waiting` (prepareWaitingSearch), and the search reads them there.
 */
export interface SearchIndexShape {
  keyed: boolean;
  inKeyOrder: boolean;
  waiting?: boolean;
}

/** The temporary index of the assessments still waiting, on this connection only. */
export const WAITING_INDEX = 'temp.search_waiting';

/** The tokenizer of the search index, as its definition names it, so the waiting rows are split into the same words. */
function tokenizerOf(db: Database): string {
  const sql = statement(db, "SELECT sql FROM sqlite_schema WHERE name = 'assessments_fts'").pluck().get() as string | undefined;
  return /tokenize\s*=\s*('(?:[^']|'')*')/i.exec(sql ?? '')?.[1] ?? "'unicode61 remove_diacritics 2'";
}

/**
 * Puts the words now of every assessment waiting in the backlog into WAITING_INDEX, a small FTS5 table in the
 * connection's temporary database (at most a backlog's worth of rows), which a read-only connection or a full disk
 * still lets it write. The search then matches those rows there and not by the words the index still holds for them.
 */
function prepareWaitingSearch(db: Database): void {
  const columns = 'client_name, project_title, notes, consultant, scope, context';
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS ${WAITING_INDEX} USING fts5(${columns}, tokenize = ${tokenizerOf(db)})`);
  db.exec(`DELETE FROM ${WAITING_INDEX}`);
  statement(
    db,
    `INSERT INTO ${WAITING_INDEX} (rowid, ${columns}) SELECT seq, ${columns} FROM assessments_search WHERE seq IN (SELECT seq FROM search_backlog)`,
  ).run();
}

/**
 * `current`: whether nothing waits in the backlog, when the caller knows (catchUpSearchIndex just said). When something
 * does, the waiting rows are made searchable on this connection (prepareWaitingSearch).
 */
export function searchIndexShape(db: Database, current = !backlogExists(db) || !backlogWaiting(db)): SearchIndexShape {
  if (!backlogExists(db)) return { keyed: false, inKeyOrder: false };
  // Keys still waiting in the backlog are those of an earlier version of their assessment: not the list's order.
  if (!current) {
    prepareWaitingSearch(db);
    return { keyed: true, inKeyOrder: false, waiting: true };
  }
  const unkeyed = statement(db, `SELECT EXISTS (SELECT 1 FROM assessments WHERE list_key < ${2 ** KEY_SEQ_BITS} AND deleted_at IS NULL)`);
  return { keyed: true, inKeyOrder: unkeyed.pluck().get() === 0 };
}

/** How many assessments the index has yet to take in. */
export function searchBacklogSize(db: Database): number {
  if (!backlogExists(db)) return 0;
  return statement(db, 'SELECT count(*) FROM search_backlog').pluck().get() as number;
}
