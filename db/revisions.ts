// Revisions of an assessment: writing them on save (coalescing within a minute), on import (sealed, with identities
// from db/revision-identity.ts), sealing them on export, and reading them back. Owns every statement on `revisions`.
import type { Database } from 'better-sqlite3';

import { type AssessmentFields, MAX_REVISION_NUMBER, type Revision } from '../shared/assessment';
import { ENGINE_VERSION, type Framework, recommend, type Recommendation } from '../shared/engine';
import { AppError } from '../shared/errors';
import { canonicalFieldsJson, revisionIdentity } from './revision-identity';
import { packRecommendation, unpackRecommendation } from './snapshot';
import { statement } from './statements';

/** A revision stays open for further saves for one minute after it was started, so typing does not make hundreds. */
export const REVISION_WINDOW_MS = 60_000;

/** Does a save at `now` go into the latest revision (started at `startedAt`) instead of adding one? Sealed revisions never do. */
export function shouldCoalesce(startedAt: string, now: Date, sealed: boolean): boolean {
  const age = now.getTime() - Date.parse(startedAt);
  return !sealed && age >= 0 && age < REVISION_WINDOW_MS;
}

/** The recommendation snapshot as stored beside a sealed revision (open ones keep none, see writeRevision). */
export interface PackedRecommendation {
  packed: Buffer;
  recommended: Framework;
  engineVersion: string;
}

/** What a revision records of the recommendation besides its snapshot: the framework it names and the engine's version. */
export type Verdict = Omit<PackedRecommendation, 'packed'>;

export function packSnapshot(recommendation: Recommendation): PackedRecommendation {
  return { packed: packRecommendation(recommendation), recommended: recommendation.recommended, engineVersion: recommendation.engineVersion };
}

interface RevisionRow {
  id: number;
  number: number;
  identity: string;
  parent: string | null;
  recommended: Framework;
  engine_version: string;
  sealed: 0 | 1;
  created_at: string;
  updated_at: string;
  fields: string;
  recommendation: Buffer | null;
  author: string | null;
  device_id: string | null;
  merged?: 0 | 1;
}

// author, device_id and merged say who made a shared revision and whether it settled a team conflict (migration 14).
const LIST_COLUMNS =
  'number, identity, parent, recommended, engine_version, created_at, updated_at, fields, author, device_id, EXISTS (SELECT 1 FROM team_resolutions t WHERE t.identity = revisions.identity) AS merged';

function toRevision(row: Omit<RevisionRow, 'id' | 'sealed' | 'recommendation'>): Revision {
  const fields = JSON.parse(row.fields) as AssessmentFields;
  return {
    id: row.identity,
    parent: row.parent,
    number: row.number,
    fields,
    requirements: fields.requirements,
    notes: fields.notes,
    recommended: row.recommended,
    engineVersion: row.engine_version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    author: row.author,
    deviceId: row.device_id,
    merged: row.merged === 1,
  };
}

/** Every revision of an assessment, oldest first (empty for an unknown id). */
export function listRevisions(db: Database, assessmentId: string): Revision[] {
  const rows = statement(db, `SELECT ${LIST_COLUMNS} FROM revisions WHERE assessment_id = ? ORDER BY number`).all(assessmentId) as RevisionRow[];
  return rows.map(toRevision);
}

export function getRevision(db: Database, assessmentId: string, number: number): Revision | null {
  const row = statement(db, `SELECT ${LIST_COLUMNS} FROM revisions WHERE assessment_id = ? AND number = ?`).get(assessmentId, number) as
    RevisionRow | undefined;
  return row === undefined ? null : toRevision(row);
}

/** The identities of an assessment's revisions, oldest first: its history, as imports compare it. */
export function revisionHistory(db: Database, assessmentId: string): string[] {
  return statement(db, 'SELECT identity FROM revisions WHERE assessment_id = ? ORDER BY number').pluck().all(assessmentId) as string[];
}

/** A revision as a proposal shows it: its fields, its recommendation, whether it is sealed, and when it was saved. */
export interface RevisionForProposal {
  revision: Revision;
  recommendation: Recommendation;
  sealed: boolean;
}

/** Was a proposal of this revision ever exported? Then its snapshot is what that proposal showed. */
function proposalExported(db: Database, assessmentId: string, number: number): boolean {
  return statement(db, "SELECT 1 FROM exports WHERE assessment_id = ? AND revision = ? AND kind = 'proposal' LIMIT 1").get(assessmentId, number) !== undefined;
}

/**
 * The revision with the recommendation its proposal shows. A revision whose proposal was exported keeps the snapshot
 * it was exported with, so exporting it again gives the same bytes whatever the engine does since; any other shows
 * what the current engine says (its snapshot, retaken when it came from another engine version).
 */
export function revisionForProposal(db: Database, assessmentId: string, number: number): RevisionForProposal | null {
  const row = statement(db, 'SELECT * FROM revisions WHERE assessment_id = ? AND number = ?').get(assessmentId, number) as RevisionRow | undefined;
  if (row === undefined) return null;
  const revision = toRevision(row);
  const kept = row.recommendation !== null && (row.engine_version === ENGINE_VERSION || proposalExported(db, assessmentId, number));
  return { revision, recommendation: kept ? unpackRecommendation(row.recommendation!) : recommend(revision.requirements), sealed: row.sealed === 1 };
}

/**
 * Seals a revision (an export shows it): later saves start a new one. For the first proposal of a revision (or one
 * from before schema 2 that kept no snapshot), the recommendation it showed becomes the revision's snapshot, so a
 * later export of it shows the same. Call before logging the export.
 */
export function sealRevision(db: Database, assessmentId: string, number: number, shown?: Recommendation): void {
  statement(db, 'UPDATE revisions SET sealed = 1 WHERE assessment_id = ? AND number = ? AND sealed = 0').run(assessmentId, number);
  if (shown === undefined) return;
  const snapshot = packSnapshot(shown);
  statement(
    db,
    `UPDATE revisions SET recommendation = ?, recommended = ?, engine_version = ?
     WHERE assessment_id = ? AND number = ? AND (recommendation IS NULL OR NOT EXISTS
       (SELECT 1 FROM exports WHERE assessment_id = revisions.assessment_id AND revision = revisions.number AND kind = 'proposal'))`,
  ).run(snapshot.packed, snapshot.recommended, snapshot.engineVersion, assessmentId, number);
}

/**
 * Records a save's state of the assessment as a revision and returns its number: into the latest revision when that
 * was started less than a minute ago and is not sealed, else as a new one made from it. Part of the caller's transaction.
 * The revision written here is open (unsealed), and an open revision keeps no recommendation snapshot: until it is
 * sealed, the recommendation it shows is this engine's answer for its fields (revisionForProposal would recompute it
 * anyway), and sealing it at an export stores the one its proposal showed (sealRevision). Not writing the ~2 KB blob
 * saves about a tenth of a save (tests/bench/metrics/db.ts, db.save).
 */
export function writeRevision(db: Database, assessmentId: string, fields: AssessmentFields, verdict: Verdict, now: Date): number {
  const at = now.toISOString();
  const fieldsJson = canonicalFieldsJson(fields);
  const latest = statement(
    db,
    'SELECT id, number, identity, parent, sealed, created_at FROM revisions WHERE assessment_id = ? ORDER BY number DESC LIMIT 1',
  ).get(assessmentId) as Pick<RevisionRow, 'id' | 'number' | 'identity' | 'parent' | 'sealed' | 'created_at'> | undefined;
  if (latest !== undefined && shouldCoalesce(latest.created_at, now, latest.sealed === 1)) {
    statement(db, 'UPDATE revisions SET identity = ?, fields = ?, recommendation = NULL, recommended = ?, engine_version = ?, updated_at = ? WHERE id = ?').run(
      revisionIdentity(assessmentId, latest.parent, fieldsJson),
      fieldsJson,
      verdict.recommended,
      verdict.engineVersion,
      at,
      latest.id,
    );
    return latest.number;
  }
  let number = (latest?.number ?? 0) + 1;
  if (number > MAX_REVISION_NUMBER) number = renumberRevisions(db, assessmentId) + 1;
  insertRevision(db, assessmentId, {
    number,
    identity: revisionIdentity(assessmentId, latest?.identity ?? null, fieldsJson),
    parent: latest?.identity ?? null,
    fieldsJson,
    snapshot: { ...verdict, packed: null },
    sealed: false,
    createdAt: at,
    updatedAt: at,
  });
  return number;
}

/** The first revision of a new assessment, open, so without a snapshot (see writeRevision). Part of the caller's transaction. */
export function startRevisions(
  db: Database,
  assessmentId: string,
  fields: AssessmentFields,
  verdict: Verdict,
  times: { createdAt: string; updatedAt: string },
): void {
  const fieldsJson = canonicalFieldsJson(fields);
  insertRevision(db, assessmentId, {
    number: 1,
    identity: revisionIdentity(assessmentId, null, fieldsJson),
    parent: null,
    fieldsJson,
    snapshot: { ...verdict, packed: null },
    sealed: false,
    ...times,
  });
}

export interface RevisionState {
  number: number;
  fields: AssessmentFields;
  createdAt: string;
  updatedAt: string;
}

/**
 * Appends revisions (oldest first) to an assessment's history after the one whose identity is `parent` (null: they
 * start it), each with its identity and this engine's recommendation (the last may bring its own, computed already):
 * sealed ones keep it as their snapshot, open ones only its verdict (see writeRevision). Numbered from `firstNumber`
 * when given, else by their own numbers. Returns the last one's number and identity.
 */
export function appendRevisions(
  db: Database,
  assessmentId: string,
  revisions: readonly RevisionState[],
  options: { parent: string | null; firstNumber?: number; sealed: boolean; lastRecommendation?: Recommendation },
): { number: number; identity: string | null } {
  let parent = options.parent;
  let number = 0;
  revisions.forEach((revision, index) => {
    const fieldsJson = canonicalFieldsJson(revision.fields);
    const identity = revisionIdentity(assessmentId, parent, fieldsJson);
    number = options.firstNumber === undefined ? revision.number : options.firstNumber + index;
    const last = index === revisions.length - 1;
    const recommendation = (last ? options.lastRecommendation : undefined) ?? recommend(revision.fields.requirements);
    const snapshot = options.sealed
      ? packSnapshot(recommendation)
      : { recommended: recommendation.recommended, engineVersion: recommendation.engineVersion, packed: null };
    insertRevision(db, assessmentId, {
      number,
      identity,
      parent,
      fieldsJson,
      snapshot,
      sealed: options.sealed,
      createdAt: revision.createdAt,
      updatedAt: revision.updatedAt,
    });
    parent = identity;
  });
  return { number, identity: parent };
}

export interface RevisionInsert {
  number: number;
  identity: string;
  parent: string | null;
  fieldsJson: string;
  /** `packed` null: no snapshot kept (an open revision, see writeRevision). */
  snapshot: Verdict & { packed: Buffer | null };
  sealed: boolean;
  createdAt: string;
  updatedAt: string;
}

export function insertRevision(db: Database, assessmentId: string, revision: RevisionInsert): void {
  statement(
    db,
    `INSERT INTO revisions (assessment_id, number, identity, parent, recommended, engine_version, sealed, created_at, updated_at, fields, recommendation)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    assessmentId,
    revision.number,
    revision.identity,
    revision.parent,
    revision.snapshot.recommended,
    revision.snapshot.engineVersion,
    revision.sealed ? 1 : 0,
    revision.createdAt,
    revision.updatedAt,
    revision.fieldsJson,
    revision.snapshot.packed,
  );
}

/**
 * Numbers an assessment's revisions 1..n again, in order, moving the export log and the current number with them;
 * returns n. Only needed when numbers near the bound came in from elsewhere. Part of the caller's transaction.
 */
export function renumberRevisions(db: Database, assessmentId: string): number {
  const numbers = statement(db, 'SELECT number FROM revisions WHERE assessment_id = ? ORDER BY number').pluck().all(assessmentId) as number[];
  if (numbers.length >= MAX_REVISION_NUMBER)
    throw new AppError('unsupported', `assessment ${assessmentId} has more revisions than Scopewise can number`, 'revision');
  // The export log refers to (assessment, number); its check waits for the commit while both move.
  db.pragma('defer_foreign_keys = ON');
  numbers.forEach((old, index) => {
    if (old === index + 1) return;
    statement(db, 'UPDATE revisions SET number = ? WHERE assessment_id = ? AND number = ?').run(index + 1, assessmentId, old);
    statement(db, 'UPDATE exports SET revision = ? WHERE assessment_id = ? AND revision = ?').run(index + 1, assessmentId, old);
  });
  statement(db, 'UPDATE assessments SET revision = ? WHERE id = ?').run(numbers.length, assessmentId);
  return numbers.length;
}
