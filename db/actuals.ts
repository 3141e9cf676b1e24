// Actuals: the effort a delivered project really took, kept in its scope (`actualDays`, so revisions, bundles and the
// team library carry it like any other field), and the record of actual ÷ estimated days the calibration draws from.
// Reads and one write through saveAssessment; never prices anything itself (shared/scope/estimate.ts does).
import type { Database } from 'better-sqlite3';

import type { SavedAssessment } from '../shared/assessment';
import type { Framework } from '../shared/engine';
import { AppError, parseInput } from '../shared/errors';
import { estimateScope } from '../shared/scope/estimate';
import { actualDaysSchema, recommendedTierOf, type Scope } from '../shared/scope/schema';
import { requireAssessment, saveAssessment } from './assessments';
import { statement } from './statements';

/** Records the delivered effort of an assessment with a scope, as a new revision; refuses bad days and writes nothing. */
export function recordActualDays(db: Database, id: string, days: unknown): SavedAssessment {
  const valid = parseInput(actualDaysSchema, days, 'days');
  return db.transaction(() => {
    const assessment = requireAssessment(db, id);
    const scope = assessment.scope;
    if (scope === null || scope === undefined)
      throw new AppError('not_found', `assessment ${id} has no scope yet; actuals are compared with its estimate`, 'scope', 'scope_missing');
    return saveAssessment(db, id, { scope: { ...scope, actualDays: valid } });
  })();
}

/** The estimated days an actual is compared with: the recommended tier's expected days under the recommended framework. */
export function estimatedDays(scope: Scope, framework: Framework): number {
  const estimate = estimateScope(scope, { framework });
  return estimate.tiers[recommendedTierOf(scope) - 1]?.days ?? 0;
}

/** actual ÷ estimated days of every live assessment with recorded actuals but `exceptId`, in no particular order (the calibration sorts them). */
export function recordedRatios(db: Database, exceptId?: string): number[] {
  const rows = statement(
    db,
    `SELECT id, recommended, scope FROM assessments
      WHERE deleted_at IS NULL AND scope IS NOT NULL AND json_extract(scope, '$.actualDays') IS NOT NULL`,
  ).all() as { id: string; recommended: Framework; scope: string }[];
  const ratios: number[] = [];
  for (const row of rows) {
    if (row.id === exceptId) continue;
    const scope = JSON.parse(row.scope) as Scope;
    const estimated = estimatedDays(scope, row.recommended);
    if (scope.actualDays !== undefined && estimated > 0) ratios.push(scope.actualDays / estimated);
  }
  return ratios;
}
