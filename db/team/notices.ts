// Notices: what a colleague's change did to this device's work (a deletion made here undone by their edit, their
// resolution of a conflict this device had, a concurrent resolution of theirs set aside for this device's), kept until
// the consultant has seen them. Owns every statement on team_notices; db/team/apply.ts decides when one is due.
import type { Database } from 'better-sqlite3';

import { TEAM_NOTICE_KINDS, type TeamNoticeKind } from '../../shared/team-notices';
import { statement } from '../statements';

export const NOTICE_KINDS = TEAM_NOTICE_KINDS;
export type { TeamNoticeKind };

/** One notice: its kind, the assessment, and the colleague (team role) whose change it is about. */
export interface TeamNotice {
  kind: TeamNoticeKind;
  id: string;
  by: string;
}

export interface StoredNotice extends TeamNotice {
  seq: number;
  at: string;
  /** The assessment's project title now (empty when it is gone). */
  projectTitle: string;
}

export function addNotice(db: Database, notice: TeamNotice, now: Date): TeamNotice {
  statement(db, 'INSERT INTO team_notices (kind, assessment_id, by, at) VALUES (?, ?, ?, ?)').run(notice.kind, notice.id, notice.by, now.toISOString());
  return notice;
}

/** Notices not yet seen, oldest first. */
export function unseenNotices(db: Database): StoredNotice[] {
  const rows = statement(
    db,
    `SELECT n.id, n.kind, n.assessment_id, n.by, n.at, coalesce(a.project_title, '') AS title
     FROM team_notices n LEFT JOIN assessments a ON a.id = n.assessment_id WHERE n.seen = 0 ORDER BY n.id LIMIT 100`,
  ).all() as { id: number; kind: TeamNoticeKind; assessment_id: string; by: string; at: string; title: string }[];
  return rows.map((r) => ({ seq: r.id, kind: r.kind, id: r.assessment_id, by: r.by, at: r.at, projectTitle: r.title }));
}

/** Marks notices up to `seq` as seen (the consultant dismissed them). */
export function markNoticesSeen(db: Database, seq: number): void {
  statement(db, 'UPDATE team_notices SET seen = 1 WHERE seen = 0 AND id <= ?').run(seq);
}
