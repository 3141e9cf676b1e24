// Listing assessments: the filters, sorts and search of the list screen, `list` and the HTTP API, one page at a time
// (listAssessments), all matches streamed in order (iterateAssessments), or counted. Each sort walks its own index
// (db/migrations/005-list-indexes.ts; tests/db/list-plans.test.ts checks the plans).
import type { Database } from 'better-sqlite3';

import {
  ASSESSMENT_PAGE_SIZE,
  type AssessmentPage,
  type AssessmentSort,
  type AssessmentStatus,
  type AssessmentSummary,
  type ListQuery,
} from '../shared/assessment';
import type { Confidence, Framework } from '../shared/engine';
import { toFtsQuery } from './search';
import { catchUpSearchIndex } from './search-backlog';
import { statement } from './statements';

const SORT_COLUMNS: Record<AssessmentSort, string> = {
  updatedAt: 'a.updated_at',
  createdAt: 'a.created_at',
  clientName: 'a.client_name COLLATE NOCASE',
  projectTitle: 'a.project_title COLLATE NOCASE',
  status: 'a.status',
  recommended: 'a.recommended',
};

const SUMMARY_COLUMNS = `a.id, a.client_name, a.project_title, a.consultant, a.status, a.recommended, a.confidence, a.revision,
  a.created_at, a.updated_at, a.deleted_at`;

/** A row of SUMMARY_COLUMNS, in their order: read as an array (a statement in raw mode), a tenth cheaper than an object. */
type SummaryRow = [
  id: string,
  clientName: string,
  projectTitle: string,
  consultant: string,
  status: AssessmentStatus,
  recommended: Framework,
  confidence: Confidence,
  revision: number,
  createdAt: string,
  updatedAt: string,
  deletedAt: string | null,
];

function toSummary(row: SummaryRow): AssessmentSummary {
  const [id, clientName, projectTitle, consultant, status, recommended, confidence, revision, createdAt, updatedAt, deletedAt] = row;
  return { id, clientName, projectTitle, consultant, status, recommended, confidence, revision, createdAt, updatedAt, deletedAt };
}

function normaliseTime(value: string): string {
  return new Date(value).toISOString();
}

/**
 * The WHERE clause and parameters a list query means; every value is a bound parameter, never spliced text.
 * Every sort has its own index (db/migrations/005-list-indexes.ts), and the query walks it in order, testing each row
 * against the filters, until a page is full. A unary + on every filtered column other than the sort's keeps SQLite
 * from choosing that column's index instead and then sorting all its matches in a temporary B-tree: with 100,000
 * rows, "all matches" of one status is a third of the table.
 */
function filterFor(query: ListQuery): { where: string; params: Record<string, string> } {
  const sort = query.sort ?? 'updatedAt';
  const column = (name: string, sortedBy: AssessmentSort): string => (sort === sortedBy ? `a.${name}` : `+a.${name}`);
  const clauses = [query.trash === true ? 'a.deleted_at IS NOT NULL' : 'a.deleted_at IS NULL'];
  const params: Record<string, string> = {};
  if (query.status !== undefined) {
    clauses.push(`${column('status', 'status')} = @status`);
    params.status = query.status;
  }
  if (query.recommended !== undefined) {
    clauses.push(`${column('recommended', 'recommended')} = @recommended`);
    params.recommended = query.recommended;
  }
  if (query.updatedFrom !== undefined) {
    clauses.push(`${column('updated_at', 'updatedAt')} >= @updatedFrom`);
    params.updatedFrom = normaliseTime(query.updatedFrom);
  }
  if (query.updatedBefore !== undefined) {
    clauses.push(`${column('updated_at', 'updatedAt')} < @updatedBefore`);
    params.updatedBefore = normaliseTime(query.updatedBefore);
  }
  const match = query.search === undefined ? null : toFtsQuery(query.search);
  if (match !== null) {
    // The search too tests each row of the sort's walk (against the matches, gathered once), which stops after one
    // page; letting SQLite fetch every match and sort them costs 10 ms for a one-letter prefix at 10,000.
    clauses.push('+a.seq IN (SELECT rowid FROM assessments_fts WHERE assessments_fts MATCH @match)');
    params.match = match;
  }
  return { where: clauses.join(' AND '), params };
}

/**
 * The list's SELECT for a query: one page (LIMIT 51 at an OFFSET, to tell whether more follow) or, for a caller that
 * iterates every match in order, no limit at all. Exported so tests can check its query plan.
 */
export function listStatementFor(query: ListQuery, paged: boolean): { sql: string; params: Record<string, string | number> } {
  const { where, params } = filterFor(query);
  const direction = query.direction === 'asc' ? 'ASC' : 'DESC';
  const order = `${SORT_COLUMNS[query.sort ?? 'updatedAt']} ${direction}, a.seq ${direction}`;
  const sql = `SELECT ${SUMMARY_COLUMNS} FROM assessments a WHERE ${where} ORDER BY ${order}`;
  if (!paged) return { sql, params };
  return { sql: `${sql} LIMIT ${ASSESSMENT_PAGE_SIZE + 1} OFFSET @offset`, params: { ...params, offset: (query.page ?? 0) * ASSESSMENT_PAGE_SIZE } };
}

/** Every committed word is searchable: before a search, the index takes in what waits in its backlog (db/search-backlog.ts). */
function catchUpFor(db: Database, query: ListQuery): void {
  if (query.search !== undefined && toFtsQuery(query.search) !== null) catchUpSearchIndex(db);
}

/** One page (50) of assessment summaries matching the query, newest first unless asked otherwise. */
export function listAssessments(db: Database, query: ListQuery = {}): AssessmentPage {
  catchUpFor(db, query);
  const { sql, params } = listStatementFor(query, true);
  const rows = statement(db, sql).raw(true).all(params) as SummaryRow[];
  return {
    rows: rows.slice(0, ASSESSMENT_PAGE_SIZE).map(toSummary),
    page: query.page ?? 0,
    pageSize: ASSESSMENT_PAGE_SIZE,
    hasMore: rows.length > ASSESSMENT_PAGE_SIZE,
  };
}

/**
 * Every assessment summary matching the query (all pages), in the list's order, read one row at a time from one
 * statement: memory stays constant however many there are. The statement is not cached, since an iterating
 * statement is busy until the loop ends, and a caller may list while iterating.
 */
export function* iterateAssessments(db: Database, query: ListQuery = {}): Generator<AssessmentSummary> {
  catchUpFor(db, query);
  const { sql, params } = listStatementFor(query, false);
  for (const row of db.prepare(sql).raw(true).iterate(params) as IterableIterator<SummaryRow>) yield toSummary(row);
}

/** How many assessments match the query, across all pages. */
export function countAssessments(db: Database, query: ListQuery = {}): number {
  catchUpFor(db, query);
  const { where, params } = filterFor(query);
  return (statement(db, `SELECT count(*) AS n FROM assessments a WHERE ${where}`).get(params) as { n: number }).n;
}
