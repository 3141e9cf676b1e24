// The deal's statuses in the database: a status change (sent, accepted, declined) as one save with its revision, the
// expiry of sent proposals whose validity date passed, and the edits that must not bypass them. The decisions are
// shared/deal.ts's; this file reads what they need (the scope, the proposal's validity date) and writes the result.
import type { Database } from 'better-sqlite3';

import type { AssessmentFields, AssessmentStatus, SavedAssessment } from '../shared/assessment';
import { applyStatusChange, dealWorth, expire, type StatusChangeRequest, validityDate } from '../shared/deal';
import type { Framework, Requirements } from '../shared/engine';
import { AppError } from '../shared/errors';
import { recommendedTierOf, type Scope } from '../shared/scope/schema';
import { dealField, requireAssessment, saveAssessment, type WriteOptions } from './assessments';
import { sealRevision } from './revisions';
import { getProposalSettings } from './settings';
import { statement } from './statements';

/** When the latest proposal of the assessment was saved (the date it prints), or null before any export. */
function lastProposalSavedAt(db: Database, id: string): string | null {
  const row = statement(
    db,
    `SELECT r.updated_at FROM exports e JOIN revisions r ON r.assessment_id = e.assessment_id AND r.number = e.revision
     WHERE e.assessment_id = ? AND e.kind = 'proposal' ORDER BY e.revision DESC LIMIT 1`,
  ).get(id) as { updated_at: string } | undefined;
  return row?.updated_at ?? null;
}

/**
 * Records a status change in one durable save: the status and the deal as a new revision (or in the open one), which
 * `sent` and `accepted` then seal, so any later edit starts a new revision and its export a new version. `sent` takes
 * the validity date the latest proposal prints (today's when none was exported) and the recommended option's worth;
 * `accepted` the accepted option's. Refused, with nothing written, for an assessment in the trash or an option the
 * proposal does not offer.
 */
export function setStatus(db: Database, id: string, change: StatusChangeRequest, options: WriteOptions = {}): SavedAssessment {
  const now = options.now ?? new Date();
  const at = now.toISOString();
  return db
    .transaction((): SavedAssessment => {
      // The row's own columns, not requireAssessment: that would run the engine, which a status change does not need.
      const row = statement(db, 'SELECT deleted_at, scope, deal, recommended, requirements FROM assessments WHERE id = ?').get(id) as
        { deleted_at: string | null; scope: string | null; deal: string | null; recommended: Framework; requirements: string } | undefined;
      if (row === undefined) throw new AppError('not_found', `no assessment with id ${id}`, 'id', 'assessment_not_found');
      if (row.deleted_at !== null) throw new AppError('conflict', `assessment ${id} is in the trash; restore it before changing its status`, 'id', 'in_trash');
      const scope = row.scope === null ? null : (JSON.parse(row.scope) as Scope);
      const validUntil = validityDate(lastProposalSavedAt(db, id) ?? at, getProposalSettings(db).validityDays);
      const next = applyStatusChange(dealField(row.deal), change, at, { validUntil, tiers: scope?.tiers.length ?? 1 });
      if (change.status !== 'declined') {
        const tier = change.status === 'accepted' ? change.tier! : scope === null ? 1 : recommendedTierOf(scope);
        const teamSize = (JSON.parse(row.requirements) as Requirements).teamSize;
        const worth = dealWorth(scope, row.recommended, teamSize, tier);
        delete next.deal.value;
        delete next.deal.currency;
        if (worth !== null) Object.assign(next.deal, worth);
      }
      const saved = saveAssessment(db, id, next, { now });
      if (change.status !== 'declined') sealRevision(db, id, saved.revision);
      return saved;
    })
    .immediate();
}

/**
 * Marks every live sent proposal whose validity date is before `today` (YYYY-MM-DD, the consultant's day) as expired,
 * each as its own revision, all in one transaction; returns their ids. Run at start.
 */
export function expireOverdue(db: Database, today: string, options: WriteOptions = {}): string[] {
  const now = options.now ?? new Date();
  return db
    .transaction((): string[] => {
      const ids = statement(
        db,
        "SELECT id FROM assessments INDEXED BY assessments_live_validity WHERE deleted_at IS NULL AND status = 'sent' AND valid_until < ?",
      )
        .pluck()
        .all(today) as string[];
      for (const id of ids) saveAssessment(db, id, expire(requireAssessment(db, id), now.toISOString()), { now });
      return ids;
    })
    .immediate();
}

/** Statuses that only a status change sets: an ordinary edit may keep them, never move to them. */
const DECIDED = new Set<AssessmentFields['status']>(['accepted', 'declined', 'expired']);

/**
 * An edit from the editor or the API (`assessments.update`): refused when it would set accepted, declined or expired,
 * leave one of them, or change the deal: only a status change records those, with what it needs (the option, the
 * signer, the date). Other fields of a decided proposal may still be edited (its revision is sealed, so a new one).
 */
export function saveEdits(db: Database, id: string, changes: Partial<AssessmentFields>, options: WriteOptions = {}): SavedAssessment {
  return db
    .transaction((): SavedAssessment => {
      if (changes.status !== undefined || changes.deal !== undefined) {
        // Two columns, not requireAssessment: every save from the editor carries its status, and must not run the engine twice.
        const current = statement(db, 'SELECT status, deal FROM assessments WHERE id = ?').get(id) as
          { status: AssessmentStatus; deal: string | null } | undefined;
        if (current === undefined) throw new AppError('not_found', `no assessment with id ${id}`, 'id', 'assessment_not_found');
        if (changes.status !== undefined && changes.status !== current.status && DECIDED.has(changes.status))
          throw new AppError(
            'invalid_input',
            `status: ${changes.status} is recorded with a status change (the status command or Record status), not an edit`,
            'status',
          );
        // A stale editor must not undo a decision by saving the status it last saw; reopening is sending it again.
        if (changes.status !== undefined && changes.status !== current.status && DECIDED.has(current.status))
          throw new AppError('invalid_input', `status: this proposal is ${current.status}; mark it sent again to reopen it`, 'status');
        if (changes.deal !== undefined && JSON.stringify(changes.deal) !== JSON.stringify(dealField(current.deal).deal))
          throw new AppError('invalid_input', 'deal: changed only by a status change (sent, accepted, declined)', 'deal');
      }
      return saveAssessment(db, id, changes, options);
    })
    .immediate();
}
