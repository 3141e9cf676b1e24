// What the app does once after opening the database: the daily backup when due, then purging the old trash and
// discarding the untouched new assessments a closed window or a crash left behind (db/untouched.ts), and expiring
// the sent proposals whose validity date passed (db/deals.ts).
// A due backup that cannot be made (a full disk, a read-only folder, a copy failing its check) is a warning: it
// must not keep the user away from their data.
import type { Database } from 'better-sqlite3';

import { causeParams, type Notice, type Warning, type WarningReason } from '../shared/warnings';
import { backupIfDue, futureBackupsNotice } from './backup';
import { expireOverdue } from './deals';
import { localDay } from './pipeline';
import { purgeTrash } from './trash';
import { discardUntouchedAssessments } from './untouched';

export interface MaintenanceReport {
  /** The backup taken, or null when the newest was less than a day old (or it failed: see `warning`). */
  backup: string | null;
  /** Assessments deleted for good after 30 days in the trash. */
  purged: number;
  /** Untouched new assessments deleted (nothing was ever typed in them). */
  discarded: number;
  /** Sent proposals marked expired: their validity date passed (db/deals.ts). */
  expired: number;
  /** Why the due backup (or the purge) was not done, in a sentence; null when nothing went wrong. */
  warning: string | null;
  /** The same warning as a key (shared/warnings.ts), for a window to word in its language; null with `warning`. */
  warningKey: Warning | null;
}

/** A step that failed, in a sentence naming the error, and as a key carrying its cause. */
function failed(why: WarningReason, sentence: string, error: unknown): Notice {
  return { said: `${sentence}: ${error instanceof Error ? error.message : String(error)}`, warning: { why, params: causeParams(error) } };
}

export async function runStartupMaintenance(db: Database, backupDir: string, now = new Date()): Promise<MaintenanceReport> {
  let backup: string | null = null;
  let warning: Notice | null = null;
  try {
    backup = await backupIfDue(db, backupDir, now);
  } catch (error) {
    warning = failed('backup_not_made', 'the daily backup could not be made', error);
  }
  warning ??= futureBackupsNotice(backupDir, now);
  let purged = 0;
  try {
    purged = purgeTrash(db, now);
  } catch (error) {
    // A read-only database cannot purge; it was already reported when it was opened.
    warning ??= failed('trash_not_emptied', 'the trash could not be emptied of assessments past 30 days', error);
  }
  let discarded = 0;
  try {
    discarded = discardUntouchedAssessments(db);
  } catch (error) {
    warning ??= failed('empty_assessments_kept', 'empty new assessments could not be cleared away', error);
  }
  let expired = 0;
  try {
    expired = expireOverdue(db, localDay(now), { now }).length;
  } catch (error) {
    warning ??= failed('proposals_not_expired', 'proposals past their validity date could not be marked expired', error);
  }
  return { backup, purged, discarded, expired, warning: warning?.said ?? null, warningKey: warning?.warning ?? null };
}
