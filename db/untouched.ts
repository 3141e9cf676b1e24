// The start-up sweep of new assessments nobody touched: what "New assessment" left behind when the window closed or
// the app crashed before the editor could discard it (renderer/src/lib/draft.svelte.ts discards on leave and on close;
// this catches what those could not). Never touches anything typed, exported, trashed or already shared with the team.
import type { Database } from 'better-sqlite3';

import { discardIfUntouched } from './revision-restore';
import { statement } from './statements';

/**
 * Deletes every untouched new assessment (as discardIfUntouched decides, one at a time) that was never shared; returns
 * how many. Run at start-up, when no window has one open. The candidates are found through the live client-name index
 * (a blank name is rare), so the sweep reads a handful of rows however many assessments there are.
 */
export function discardUntouchedAssessments(db: Database): number {
  const candidates = statement(
    db,
    `SELECT id FROM assessments a INDEXED BY assessments_live_client
     WHERE a.deleted_at IS NULL AND a.client_name = '' COLLATE NOCASE AND a.revision = 1 AND a.project_title = '' AND a.notes = ''
       AND NOT EXISTS (SELECT 1 FROM revisions r WHERE r.assessment_id = a.id AND r.team_seq IS NOT NULL)`,
  )
    .pluck()
    .all() as string[];
  let discarded = 0;
  for (const id of candidates) if (discardIfUntouched(db, id)) discarded++;
  return discarded;
}
