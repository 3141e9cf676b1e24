// Changes of the team's log this device set aside as unreadable (electron/team/pull.ts decides which): kept with the
// reason so Settings → Team and `team status` can show them. Owns every statement on team_skipped.
import type { Database } from 'better-sqlite3';

import { statement } from '../statements';
import type { SkippedChange } from './change';

/** Notes changes set aside (inside the caller's transaction, with the cursor's advance past them). */
export function noteSkipped(db: Database, skipped: readonly SkippedChange[], now: Date): void {
  const insert = statement(
    db,
    'INSERT INTO team_skipped (seq, change_id, assessment_id, reason, skipped_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (seq) DO NOTHING',
  );
  for (const s of skipped) insert.run(s.seq, s.id, s.assessmentId, s.reason, now.toISOString());
}

/** Every change set aside here, in the team's order. */
export function listSkipped(db: Database): SkippedChange[] {
  const rows = statement(db, 'SELECT seq, change_id, assessment_id, reason FROM team_skipped ORDER BY seq').all() as {
    seq: number;
    change_id: string;
    assessment_id: string | null;
    reason: string;
  }[];
  return rows.map((r) => ({ seq: r.seq, id: r.change_id, assessmentId: r.assessment_id, reason: r.reason }));
}
