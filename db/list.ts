// Listing assessments: the filters, sorts and search of the list screen, `list` and the HTTP API, one page at a time
// (listAssessments), all matches streamed in order (iterateAssessments), or counted. Each sort walks its own index
// (db/migrations/005-list-indexes.ts; tests/db/list-plans.test.ts checks the plans); a search of the live list in the
// default order reads the search index itself, whose rowids sort as that list does (migration 11).
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
import { KEY_SEQ_BITS } from './migrations/011-search-backlog';
import { toFtsQuery } from './search';
import { catchUpSearchIndex, type SearchIndexShape, searchIndexShape, WAITING_INDEX } from './search-backlog';
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

/** The low bits of a list key: the assessment's seq (db/migrations/011-search-backlog.ts). */
const SEQ_MASK = 2 ** KEY_SEQ_BITS - 1;

/** The seq an index rowid stands for: the low bits of a list key, the negation of a key that could not be formed. */
function seqOfRowid(index: SearchIndexShape): string {
  return index.keyed ? `CASE WHEN rowid > ${SEQ_MASK} THEN rowid & ${SEQ_MASK} ELSE -rowid END` : 'rowid';
}

/**
 * The WHERE clause and parameters a list query means; every value is a bound parameter, never spliced text.
 * Every sort has its own index (db/migrations/005-list-indexes.ts), and the query walks it in order, testing each row
 * against the filters, until a page is full. A unary + on every filtered column other than the sort's keeps SQLite
 * from choosing that column's index instead and then sorting all its matches in a temporary B-tree: with 100,000
 * rows, "all matches" of one status is a third of the table.
 */
function filterFor(query: ListQuery, index: SearchIndexShape): { where: string; params: Record<string, string> } {
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
    const indexed = `SELECT ${seqOfRowid(index)} AS s FROM assessments_fts WHERE assessments_fts MATCH @match`;
    clauses.push(
      index.waiting === true
        ? // The waiting assessments by their words now, the others by the index (db/search-backlog.ts).
          `+a.seq IN (SELECT s FROM (${indexed}) WHERE s NOT IN (SELECT seq FROM search_backlog)
            UNION ALL SELECT rowid FROM ${WAITING_INDEX} WHERE search_waiting MATCH @match)`
        : `+a.seq IN (${indexed})`,
    );
    params.match = match;
  }
  return { where: clauses.join(' AND '), params };
}

/** The index read by gathering its matches: what a query without a search, or a test's statement, assumes. */
const GATHERING: SearchIndexShape = { keyed: true, inKeyOrder: false };

/**
 * Whether the query is a search of the live list in the default order with no other filter, which the index answers
 * in that order itself when every live assessment has a list key: its rowids sort as the list does, so the query reads
 * the matches of one page and stops, whatever their number.
 */
function readsIndexInOrder(query: ListQuery, index: SearchIndexShape): boolean {
  return (
    index.inKeyOrder &&
    query.search !== undefined &&
    toFtsQuery(query.search) !== null &&
    (query.sort ?? 'updatedAt') === 'updatedAt' &&
    query.trash !== true &&
    query.status === undefined &&
    query.recommended === undefined &&
    query.updatedFrom === undefined &&
    query.updatedBefore === undefined
  );
}

/**
 * The list's SELECT for a query: one page (LIMIT 51 at an OFFSET, to tell whether more follow) or, for a caller that
 * iterates every match in order, no limit at all. Exported so tests can check its query plan; `index` is what
 * searchIndexShape finds in the database (by default: keyed, but some live assessment without a key).
 */
export function listStatementFor(
  query: ListQuery,
  paged: boolean,
  index: SearchIndexShape = GATHERING,
): { sql: string; params: Record<string, string | number> } {
  const direction = query.direction === 'asc' ? 'ASC' : 'DESC';
  let sql: string;
  let params: Record<string, string>;
  if (readsIndexInOrder(query, index)) {
    // Keys that could not be formed (-seq) belong to assessments in the trash here: every live one has a key.
    sql = `SELECT ${SUMMARY_COLUMNS} FROM assessments_fts f JOIN assessments a ON a.seq = (f.rowid & ${SEQ_MASK})
      WHERE assessments_fts MATCH @match AND f.rowid > ${SEQ_MASK} AND a.deleted_at IS NULL ORDER BY f.rowid ${direction}`;
    params = { match: toFtsQuery(query.search!)! };
  } else {
    const filter = filterFor(query, index);
    const order = `${SORT_COLUMNS[query.sort ?? 'updatedAt']} ${direction}, a.seq ${direction}`;
    sql = `SELECT ${SUMMARY_COLUMNS} FROM assessments a WHERE ${filter.where} ORDER BY ${order}`;
    params = filter.params;
  }
  if (!paged) return { sql, params };
  return { sql: `${sql} LIMIT ${ASSESSMENT_PAGE_SIZE + 1} OFFSET @offset`, params: { ...params, offset: (query.page ?? 0) * ASSESSMENT_PAGE_SIZE } };
}

/**
 * Every committed word is searchable: before a search, the index takes in what waits in its backlog
 * (db/search-backlog.ts). Then what the index is, for the query to read it the fastest way that gives the list's order.
 */
function prepareSearch(db: Database, query: ListQuery): SearchIndexShape {
  if (query.search === undefined || toFtsQuery(query.search) === null) return GATHERING;
  return searchIndexShape(db, catchUpSearchIndex(db));
}

/** One page (50) of assessment summaries matching the query, newest first unless asked otherwise. */
export function listAssessments(db: Database, query: ListQuery = {}): AssessmentPage {
  const { sql, params } = listStatementFor(query, true, prepareSearch(db, query));
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
  const { sql, params } = listStatementFor(query, false, prepareSearch(db, query));
  for (const row of db.prepare(sql).raw(true).iterate(params) as IterableIterator<SummaryRow>) yield toSummary(row);
}

/** How many assessments match the query, across all pages. */
export function countAssessments(db: Database, query: ListQuery = {}): number {
  const { where, params } = filterFor(query, prepareSearch(db, query));
  return (statement(db, `SELECT count(*) AS n FROM assessments a WHERE ${where}`).get(params) as { n: number }).n;
}
