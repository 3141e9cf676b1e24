// Restoring an old revision as the current one, and discarding a new assessment nobody touched. Restoring never loses
// work: the current revision is sealed first, so the restored fields become a new revision after it.
import type { Database } from 'better-sqlite3';

import { CONTACT_FIELDS, type SavedAssessment } from '../shared/assessment';
import { AppError } from '../shared/errors';
import { requireAssessment, saveAssessment, type WriteOptions } from './assessments';
import { dropClientIfUnused } from './clients';
import { getRevision, sealRevision } from './revisions';
import { statement } from './statements';

/** Makes revision `number` the current state as a new revision; every revision before stays as it was. */
export function restoreRevision(db: Database, id: string, number: number, options: WriteOptions = {}): SavedAssessment {
  return db
    .transaction((): SavedAssessment => {
      const current = requireAssessment(db, id);
      const old = getRevision(db, id, number);
      if (old === null)
        throw new AppError('not_found', `This assessment has no revision ${number}.`, 'revision', 'revision_not_found', { number: String(number) });
      if (number === current.revision) throw new AppError('invalid_input', `Revision ${number} is already the current one.`, 'revision');
      sealRevision(db, id, current.revision);
      const { clientName, projectTitle, consultant, status, requirements, notes } = old.fields;
      const scope = (old.fields as { scope?: SavedAssessment['scope'] }).scope ?? null;
      // A contact part the old revision lacks is cleared: the restored state is the revision's, whole.
      const contact = Object.fromEntries(CONTACT_FIELDS.map((key) => [key, old.fields[key] ?? '']));
      return saveAssessment(db, id, { clientName, projectTitle, consultant, status, requirements, notes, scope, ...contact }, options);
    })
    .immediate();
}

/**
 * Deletes a new assessment for good if nobody changed it since it was created (one revision, nothing typed, never
 * exported); anything else is kept. Returns whether it was discarded.
 */
export function discardIfUntouched(db: Database, id: string): boolean {
  return db
    .transaction((): boolean => {
      const row = statement(db, 'SELECT client_id, client_name, project_title, notes, requirements, scope, revision FROM assessments WHERE id = ?').get(id) as
        | { client_id: string | null; client_name: string; project_title: string; notes: string; requirements: string; scope: string | null; revision: number }
        | undefined;
      if (row === undefined) return false;
      const untouched =
        row.revision === 1 && row.client_name === '' && row.project_title === '' && row.notes === '' && row.requirements === '{}' && row.scope === null;
      if (!untouched) return false;
      if (statement(db, 'SELECT 1 FROM exports WHERE assessment_id = ? LIMIT 1').get(id) !== undefined) return false;
      const revisions = statement(db, 'SELECT count(*) FROM revisions WHERE assessment_id = ?').pluck().get(id) as number;
      if (revisions > 1) return false;
      statement(db, 'DELETE FROM assessments WHERE id = ?').run(id);
      dropClientIfUnused(db, row.client_id);
      return true;
    })
    .immediate();
}
