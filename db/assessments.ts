// The assessments repository: create, read, save (with revisions and the recommendation snapshot), list and search.
// Plain synchronous functions over a Database, so the Electron main process, the HTTP bridge and the CLI share them.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import {
  ASSESSMENT_PAGE_SIZE,
  type AssessmentFields,
  type AssessmentPage,
  type AssessmentSort,
  type AssessmentStatus,
  type AssessmentSummary,
  type ListQuery,
  type SavedAssessment,
} from '../shared/assessment';
import { ENGINE_VERSION, recommend, type Confidence, type Framework, type Recommendation, type Requirements } from '../shared/engine';
import { AppError } from '../shared/errors';
import { dropClientIfUnused, linkClient } from './clients';
import { shouldCoalesce } from './revisions';
import { toFtsQuery } from './search';
import { packRecommendation, unpackRecommendation } from './snapshot';
import { statement } from './statements';

interface AssessmentRow {
  seq: number;
  id: string;
  client_id: string | null;
  client_name: string;
  project_title: string;
  consultant: string;
  status: AssessmentStatus;
  requirements: string;
  notes: string;
  recommendation: Buffer;
  recommended: Framework;
  confidence: Confidence;
  engine_version: string;
  revision: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

const EMPTY_FIELDS: AssessmentFields = { clientName: '', projectTitle: '', consultant: '', status: 'draft', requirements: {}, notes: '' };

/** Requirements as stored: keys sorted, so equal records are equal text and "did it change?" is a string compare. */
export function requirementsJson(requirements: Requirements): string {
  const record = requirements as Record<string, unknown>;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) if (record[key] !== undefined) sorted[key] = record[key];
  return JSON.stringify(sorted);
}

function toSaved(row: AssessmentRow): SavedAssessment {
  return {
    id: row.id,
    clientId: row.client_id,
    clientName: row.client_name,
    projectTitle: row.project_title,
    consultant: row.consultant,
    status: row.status,
    requirements: JSON.parse(row.requirements) as Requirements,
    notes: row.notes,
    recommendation: unpackRecommendation(row.recommendation),
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

function readRow(db: Database, id: string): AssessmentRow | undefined {
  return statement(db, 'SELECT * FROM assessments WHERE id = ?').get(id) as AssessmentRow | undefined;
}

/** The assessment, live or in the trash, or null. */
export function getAssessment(db: Database, id: string): SavedAssessment | null {
  const row = readRow(db, id);
  return row === undefined ? null : toSaved(row);
}

/** The assessment, or a not_found error naming the id. */
export function requireAssessment(db: Database, id: string): SavedAssessment {
  const found = getAssessment(db, id);
  if (found === null) throw new AppError('not_found', `no assessment with id ${id}`, 'id');
  return found;
}

export interface WriteOptions {
  now?: Date;
}

export interface CreateOptions extends WriteOptions {
  /** A known id (bundle import, demo); a new UUID otherwise. */
  id?: string;
  createdAt?: string;
  updatedAt?: string;
}

/** Inserts the assessment row; the caller adds its revisions. Used by create, import and demo alike. */
export function insertAssessmentRow(
  db: Database,
  fields: AssessmentFields,
  meta: { id: string; createdAt: string; updatedAt: string; revision: number; deletedAt?: string | null },
  now: Date,
): { recommendation: Recommendation; requirements: string } {
  const requirements = requirementsJson(fields.requirements);
  const recommendation = recommend(fields.requirements);
  statement(
    db,
    `INSERT INTO assessments (id, client_id, client_name, project_title, consultant, status, requirements, notes, recommendation,
       recommended, confidence, engine_version, revision, created_at, updated_at, deleted_at)
     VALUES (@id, @clientId, @clientName, @projectTitle, @consultant, @status, @requirements, @notes, @recommendation,
       @recommended, @confidence, @engineVersion, @revision, @createdAt, @updatedAt, @deletedAt)`,
  ).run({
    id: meta.id,
    clientId: linkClient(db, fields.clientName, now),
    clientName: fields.clientName,
    projectTitle: fields.projectTitle,
    consultant: fields.consultant,
    status: fields.status,
    requirements,
    notes: fields.notes,
    recommendation: packRecommendation(recommendation),
    recommended: recommendation.recommended,
    confidence: recommendation.confidence,
    engineVersion: recommendation.engineVersion,
    revision: meta.revision,
    createdAt: meta.createdAt,
    updatedAt: meta.updatedAt,
    deletedAt: meta.deletedAt ?? null,
  });
  return { recommendation, requirements };
}

export function insertRevision(
  db: Database,
  assessmentId: string,
  revision: { number: number; requirements: string; notes: string; recommended: Framework; engineVersion: string; createdAt: string; updatedAt: string },
): void {
  statement(
    db,
    `INSERT INTO revisions (assessment_id, number, requirements, notes, recommended, engine_version, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(assessmentId, revision.number, revision.requirements, revision.notes, revision.recommended, revision.engineVersion, revision.createdAt, revision.updatedAt);
}

/** Creates an assessment (blank fields default to an empty draft) with its first revision. One transaction. */
export function createAssessment(db: Database, fields: Partial<AssessmentFields> = {}, options: CreateOptions = {}): SavedAssessment {
  const now = options.now ?? new Date();
  const at = now.toISOString();
  const id = options.id ?? randomUUID();
  const given = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<AssessmentFields>;
  const complete: AssessmentFields = { ...EMPTY_FIELDS, ...given };
  db.transaction(() => {
    if (readRow(db, id) !== undefined) throw new AppError('conflict', `an assessment with id ${id} already exists`, 'id');
    const createdAt = options.createdAt ?? at;
    const updatedAt = options.updatedAt ?? createdAt;
    const { recommendation, requirements } = insertAssessmentRow(db, complete, { id, createdAt, updatedAt, revision: 1 }, now);
    insertRevision(db, id, { number: 1, requirements, notes: complete.notes, recommended: recommendation.recommended, engineVersion: recommendation.engineVersion, createdAt, updatedAt });
  }).immediate();
  return requireAssessment(db, id);
}

/**
 * Saves changes to an assessment in one durable transaction. A change to the requirements or notes goes into a
 * revision: the latest one when it was started less than a minute ago (and not yet exported), else a new one.
 * The recommendation snapshot is retaken when the requirements (or the engine) changed. Nothing changed: nothing written.
 */
export function saveAssessment(db: Database, id: string, changes: Partial<AssessmentFields>, options: WriteOptions = {}): SavedAssessment {
  const now = options.now ?? new Date();
  const at = now.toISOString();
  return db
    .transaction((): SavedAssessment => {
      const current = readRow(db, id);
      if (current === undefined) throw new AppError('not_found', `no assessment with id ${id}`, 'id');
      const requirements = changes.requirements === undefined ? current.requirements : requirementsJson(changes.requirements);
      const next = {
        clientName: changes.clientName ?? current.client_name,
        projectTitle: changes.projectTitle ?? current.project_title,
        consultant: changes.consultant ?? current.consultant,
        status: changes.status ?? current.status,
        notes: changes.notes ?? current.notes,
      };
      const contentChanged = requirements !== current.requirements || next.notes !== current.notes;
      const metaChanged =
        next.clientName !== current.client_name || next.projectTitle !== current.project_title || next.consultant !== current.consultant || next.status !== current.status;
      if (!contentChanged && !metaChanged) return toSaved(current);

      let recommendation = current.recommendation;
      let recommended = current.recommended;
      let confidence = current.confidence;
      let engineVersion = current.engine_version;
      if (requirements !== current.requirements || current.engine_version !== ENGINE_VERSION) {
        const fresh = recommend(JSON.parse(requirements) as Requirements);
        recommendation = packRecommendation(fresh);
        recommended = fresh.recommended;
        confidence = fresh.confidence;
        engineVersion = fresh.engineVersion;
      }

      let revision = current.revision;
      if (contentChanged) {
        const latest = statement(db, 'SELECT number, created_at FROM revisions WHERE assessment_id = ? ORDER BY number DESC LIMIT 1').get(id) as
          | { number: number; created_at: string }
          | undefined;
        const sealed = latest !== undefined && statement(db, 'SELECT 1 FROM exports WHERE assessment_id = ? AND revision = ? LIMIT 1').get(id, latest.number) !== undefined;
        if (latest !== undefined && shouldCoalesce(latest.created_at, now, sealed)) {
          statement(db, 'UPDATE revisions SET requirements = ?, notes = ?, recommended = ?, engine_version = ?, updated_at = ? WHERE assessment_id = ? AND number = ?').run(
            requirements,
            next.notes,
            recommended,
            engineVersion,
            at,
            id,
            latest.number,
          );
          revision = latest.number;
        } else {
          revision = (latest?.number ?? 0) + 1;
          insertRevision(db, id, { number: revision, requirements, notes: next.notes, recommended, engineVersion, createdAt: at, updatedAt: at });
        }
      }

      const clientId = next.clientName === current.client_name ? current.client_id : linkClient(db, next.clientName, now);
      // An indexed column is assigned only when it changes: SQLite rewrites an index entry whenever one of its columns
      // is assigned, even to the same value, which would cost every save a page of each list index
      // (db/migrations/005-list-indexes.ts) and of assessments_client.
      const relinked = clientId !== current.client_id;
      const indexed = {
        client_id: relinked ? clientId : undefined,
        client_name: next.clientName !== current.client_name ? next.clientName : undefined,
        project_title: next.projectTitle !== current.project_title ? next.projectTitle : undefined,
        status: next.status !== current.status ? next.status : undefined,
        recommended: recommended !== current.recommended ? recommended : undefined,
      };
      const changedIndexed = Object.entries(indexed).filter(([, value]) => value !== undefined);
      statement(
        db,
        `UPDATE assessments SET ${changedIndexed.map(([name]) => `${name} = @${name}, `).join('')}consultant = @consultant, requirements = @requirements,
           notes = @notes, recommendation = @recommendation, confidence = @confidence, engine_version = @engineVersion, revision = @revision,
           updated_at = @updatedAt
         WHERE seq = @seq`,
      ).run({
        ...Object.fromEntries(changedIndexed),
        consultant: next.consultant,
        requirements,
        notes: next.notes,
        recommendation,
        confidence,
        engineVersion,
        revision,
        updatedAt: at,
        seq: current.seq,
      });
      if (relinked) dropClientIfUnused(db, current.client_id);
      return toSaved({
        ...current,
        client_id: clientId,
        client_name: next.clientName,
        project_title: next.projectTitle,
        consultant: next.consultant,
        status: next.status,
        requirements,
        notes: next.notes,
        recommendation,
        recommended,
        confidence,
        engine_version: engineVersion,
        revision,
        updated_at: at,
      });
    })
    .immediate();
}

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

interface SummaryRow {
  id: string;
  client_name: string;
  project_title: string;
  consultant: string;
  status: AssessmentStatus;
  recommended: Framework;
  confidence: Confidence;
  revision: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

function toSummary(row: SummaryRow): AssessmentSummary {
  return {
    id: row.id,
    clientName: row.client_name,
    projectTitle: row.project_title,
    consultant: row.consultant,
    status: row.status,
    recommended: row.recommended,
    confidence: row.confidence,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
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

/** One page (50) of assessment summaries matching the query, newest first unless asked otherwise. */
export function listAssessments(db: Database, query: ListQuery = {}): AssessmentPage {
  const { sql, params } = listStatementFor(query, true);
  const rows = statement(db, sql).all(params) as SummaryRow[];
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
  const { sql, params } = listStatementFor(query, false);
  for (const row of db.prepare(sql).iterate(params) as IterableIterator<SummaryRow>) yield toSummary(row);
}

/** How many assessments match the query, across all pages. */
export function countAssessments(db: Database, query: ListQuery = {}): number {
  const { where, params } = filterFor(query);
  return (statement(db, `SELECT count(*) AS n FROM assessments a WHERE ${where}`).get(params) as { n: number }).n;
}
