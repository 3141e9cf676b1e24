// What a device holds, for comparing devices after a sync: per assessment, whether it is in the trash, its head
// revision, its fields, every revision identity it keeps (history and conflicts), and its open conflicts.
import type { Database } from '../../db';

export interface AssessmentState {
  deleted: boolean;
  head: string;
  fields: string;
  revisions: string[];
  conflicts: string[];
}

export function deviceState(db: Database): Record<string, AssessmentState> {
  const out: Record<string, AssessmentState> = {};
  const rows = db.prepare('SELECT id, deleted_at FROM assessments ORDER BY id').all() as { id: string; deleted_at: string | null }[];
  for (const row of rows) {
    const revisions = db.prepare('SELECT identity, fields FROM revisions WHERE assessment_id = ? ORDER BY number').all(row.id) as {
      identity: string;
      fields: string;
    }[];
    const kept = db.prepare('SELECT identity FROM team_conflicts WHERE assessment_id = ? ORDER BY identity').pluck().all(row.id) as string[];
    const conflicts = db
      .prepare('SELECT identity FROM team_conflicts WHERE assessment_id = ? AND resolved_by IS NULL ORDER BY identity')
      .pluck()
      .all(row.id) as string[];
    out[row.id] = {
      deleted: row.deleted_at !== null,
      head: revisions.at(-1)!.identity,
      fields: revisions.at(-1)!.fields,
      revisions: [...revisions.map((r) => r.identity), ...kept].sort(),
      conflicts,
    };
  }
  return out;
}
