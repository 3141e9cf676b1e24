// Revisions of an assessment: the coalescing rule (pure) and reading them back. Written by assessments.ts on save.
import type { Database } from 'better-sqlite3';
import type { Revision } from '../shared/assessment';
import type { Framework } from '../shared/engine';
import { statement } from './statements';

/** A revision stays open for further saves for one minute after it was started, so typing does not make hundreds. */
export const REVISION_WINDOW_MS = 60_000;

/** Does a save at `now` go into the latest revision (started at `startedAt`) instead of adding one? Exported revisions are sealed. */
export function shouldCoalesce(startedAt: string, now: Date, sealed: boolean): boolean {
  const age = now.getTime() - Date.parse(startedAt);
  return !sealed && age >= 0 && age < REVISION_WINDOW_MS;
}

interface RevisionRow {
  number: number;
  requirements: string;
  notes: string;
  recommended: Framework;
  engine_version: string;
  created_at: string;
  updated_at: string;
}

function toRevision(row: RevisionRow): Revision {
  return {
    number: row.number,
    requirements: JSON.parse(row.requirements) as Revision['requirements'],
    notes: row.notes,
    recommended: row.recommended,
    engineVersion: row.engine_version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Every revision of an assessment, oldest first (empty for an unknown id). */
export function listRevisions(db: Database, assessmentId: string): Revision[] {
  const rows = statement(db, 'SELECT * FROM revisions WHERE assessment_id = ? ORDER BY number').all(assessmentId) as RevisionRow[];
  return rows.map(toRevision);
}

export function getRevision(db: Database, assessmentId: string, number: number): Revision | null {
  const row = statement(db, 'SELECT * FROM revisions WHERE assessment_id = ? AND number = ?').get(assessmentId, number) as RevisionRow | undefined;
  return row === undefined ? null : toRevision(row);
}
