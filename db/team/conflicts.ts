// Conflicts: revisions pulled from the team that were made from another base than the head here. Listing them, and
// resolving one: the consultant's pick or merge becomes a new revision made from the head here that names the
// revisions it settles, so every device settles the same conflict when it pulls that revision.
import type { Database } from 'better-sqlite3';
import type { AssessmentFields } from '../../shared/assessment';
import { AppError } from '../../shared/errors';
import { fastForward } from '../bundle';
import { statement } from '../statements';

/** The other side of a conflict: the latest revision of the diverging branch, who shared it, and its fields. */
export interface TeamConflict {
  identity: string;
  parent: string | null;
  author: string;
  deviceId: string;
  createdAt: string;
  updatedAt: string;
  fields: AssessmentFields;
}

interface Row {
  identity: string;
  parent: string | null;
  author: string;
  device_id: string;
  created_at: string;
  updated_at: string;
  fields: string;
}

/** Every kept conflicting revision of an assessment, oldest shared first (empty when it has none). */
export function listConflicts(db: Database, assessmentId: string): TeamConflict[] {
  const rows = statement(
    db,
    'SELECT identity, parent, author, device_id, created_at, updated_at, fields FROM team_conflicts WHERE assessment_id = ? AND resolved_by IS NULL ORDER BY seq',
  ).all(assessmentId) as Row[];
  return rows.map((row) => ({
    identity: row.identity,
    parent: row.parent,
    author: row.author,
    deviceId: row.device_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    fields: JSON.parse(row.fields) as AssessmentFields,
  }));
}

/** Ids of the assessments that have a conflict waiting for a consultant. */
export function conflictedAssessments(db: Database): string[] {
  return statement(db, 'SELECT DISTINCT assessment_id FROM team_conflicts WHERE resolved_by IS NULL ORDER BY assessment_id').pluck().all() as string[];
}

/**
 * Settles an assessment's conflicts with `fields` (one side as it was, or a merge): a new sealed revision made from
 * the head here, recorded as replacing every conflicting revision, which then leave the conflict list (kept here,
 * marked as settled, and in the team database). One transaction. Throws not_found when the assessment has no conflict.
 */
export function resolveConflict(db: Database, assessmentId: string, fields: AssessmentFields, now = new Date()): void {
  db.transaction(() => {
    const replaced = statement(db, 'SELECT identity FROM team_conflicts WHERE assessment_id = ? AND resolved_by IS NULL').pluck().all(assessmentId) as string[];
    if (replaced.length === 0) throw new AppError('not_found', `assessment ${assessmentId} has no conflict to resolve`, 'id');
    const head = statement(db, 'SELECT identity FROM revisions WHERE assessment_id = ? ORDER BY number DESC LIMIT 1').pluck().get(assessmentId) as string;
    const number = (statement(db, 'SELECT max(number) FROM revisions WHERE assessment_id = ?').pluck().get(assessmentId) as number) + 1;
    const at = now.toISOString();
    const revision = { number, fields, createdAt: at, updatedAt: at };
    fastForward(db, assessmentId, { fields, createdAt: at, updatedAt: at, revisions: [revision], identities: [] }, [revision], head, now);
    const identity = statement(db, 'SELECT identity FROM revisions WHERE assessment_id = ? ORDER BY number DESC LIMIT 1').pluck().get(assessmentId) as string;
    // The head here is settled too: a device whose head it is not sees it among the replaced when adopting this one.
    statement(db, 'INSERT INTO team_resolutions (identity, replaces) VALUES (?, ?)').run(identity, JSON.stringify([...replaced, head]));
    statement(db, 'UPDATE team_conflicts SET resolved_by = ? WHERE assessment_id = ? AND resolved_by IS NULL').run(identity, assessmentId);
  }).immediate();
}
