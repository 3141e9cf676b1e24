// The trash: deleting an assessment only marks it; it can be restored until it is purged, 30 days later.
import type { Database } from 'better-sqlite3';

import { AppError } from '../shared/errors';
import { dropClientIfUnused } from './clients';
import { statement } from './statements';

export const TRASH_DAYS = 30;

/** Moves a live assessment to the trash. Returns false when it was already there. */
export function trashAssessment(db: Database, id: string, now = new Date()): boolean {
  const row = statement(db, 'SELECT deleted_at FROM assessments WHERE id = ?').get(id) as { deleted_at: string | null } | undefined;
  if (row === undefined) throw new AppError('not_found', `no assessment with id ${id}`, 'id', 'assessment_not_found');
  if (row.deleted_at !== null) return false;
  statement(db, 'UPDATE assessments SET deleted_at = ? WHERE id = ?').run(now.toISOString(), id);
  return true;
}

/** Brings an assessment back from the trash. Returns false when it was not in the trash. */
export function restoreAssessment(db: Database, id: string): boolean {
  const row = statement(db, 'SELECT deleted_at FROM assessments WHERE id = ?').get(id) as { deleted_at: string | null } | undefined;
  if (row === undefined) throw new AppError('not_found', `no assessment with id ${id}`, 'id', 'assessment_not_found');
  if (row.deleted_at === null) return false;
  statement(db, 'UPDATE assessments SET deleted_at = NULL WHERE id = ?').run(id);
  return true;
}

/** Deletes for good every assessment that has been in the trash for `days` or more (revisions and export log with it). */
export function purgeTrash(db: Database, now = new Date(), days = TRASH_DAYS): number {
  const cutoff = new Date(now.getTime() - days * 24 * 60 * 60 * 1000).toISOString();
  return db
    .transaction((): number => {
      const doomed = statement(db, 'SELECT id, client_id FROM assessments WHERE deleted_at IS NOT NULL AND deleted_at <= ?').all(cutoff) as {
        id: string;
        client_id: string | null;
      }[];
      for (const row of doomed) {
        statement(db, 'DELETE FROM assessments WHERE id = ?').run(row.id);
        dropClientIfUnused(db, row.client_id);
      }
      return doomed.length;
    })
    .immediate();
}
