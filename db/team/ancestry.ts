// Walking a team assessment's revision graph here: a revision's ancestors, through the history and the kept conflicts
// (each knows its parent), and the common ancestor of two revisions, the version both sides of a conflict started from.
import type { Database } from 'better-sqlite3';

import type { AssessmentFields } from '../../shared/assessment';
import { statement } from '../statements';

const LIMIT = 100_000;

function parentOf(db: Database, assessmentId: string, identity: string): string | null | undefined {
  const inHistory = statement(db, 'SELECT parent FROM revisions WHERE assessment_id = ? AND identity = ?').get(assessmentId, identity) as
    { parent: string | null } | undefined;
  if (inHistory !== undefined) return inHistory.parent;
  return (
    statement(db, 'SELECT parent FROM team_conflicts WHERE assessment_id = ? AND identity = ?').get(assessmentId, identity) as
      { parent: string | null } | undefined
  )?.parent;
}

/** Every revision `from` descends from, itself first, as far as this device knows the graph. */
export function ancestorsOf(db: Database, assessmentId: string, from: string | null): string[] {
  const out: string[] = [];
  for (let at: string | null | undefined = from; typeof at === 'string' && out.length < LIMIT; at = parentOf(db, assessmentId, at)) out.push(at);
  return out;
}

/** The nearest revision both `a` and `b` descend from, with its fields; null when they share none here. */
export function commonAncestor(db: Database, assessmentId: string, a: string, b: string): { identity: string; fields: AssessmentFields } | null {
  const ofA = new Set(ancestorsOf(db, assessmentId, a));
  const identity = ancestorsOf(db, assessmentId, b).find((id) => ofA.has(id));
  if (identity === undefined) return null;
  const fields =
    (statement(db, 'SELECT fields FROM revisions WHERE assessment_id = ? AND identity = ?').pluck().get(assessmentId, identity) as string | undefined) ??
    (statement(db, 'SELECT fields FROM team_conflicts WHERE assessment_id = ? AND identity = ?').pluck().get(assessmentId, identity) as string | undefined);
  return fields === undefined ? null : { identity, fields: JSON.parse(fields) as AssessmentFields };
}
