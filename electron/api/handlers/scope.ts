// Handlers for scope.*: drafting an assessment's scope from its saved answers and the rate card, and re-copying the
// rate card's rates into it. Editing the scope itself goes through assessments.update like any other field.
import { getRateCard, getUiLanguage, recordedRatios, requireAssessment, saveAssessment } from '../../../db';
import { AppError } from '../../../shared/errors';
import { isProposalLanguage } from '../../../shared/i18n/language';
import { draftScope } from '../../../shared/scope/draft';
import { refreshRates } from '../../../shared/scope/rates';
import type { HandlerGroup } from '../dispatch';
import type { Services } from '../services';

export function scopeHandlers(services: Services): HandlerGroup {
  return {
    'scope.draft': ({ id, replace }) => {
      const db = services.db;
      return db.transaction(() => {
        const assessment = requireAssessment(db, id);
        if (assessment.scope !== null && assessment.scope !== undefined && replace !== true) {
          throw new AppError(
            'conflict',
            'This assessment already has a scope; drafting again would replace it (ask with replace: true).',
            'replace',
            'scope_exists',
          );
        }
        // Drafted in the proposal's language (shared/scope/README.md, "The scope in the client's language"), English when none is set.
        const language = (assessment as { proposalLanguage?: unknown }).proposalLanguage;
        const options = isProposalLanguage(language) ? { language } : {};
        return saveAssessment(db, id, { scope: draftScope(assessment.requirements, getRateCard(db, getUiLanguage(db) ?? 'en'), options) });
      })();
    },
    // Reads only: the record the Scope view calibrates its range by (db/actuals.ts); the assessment must exist.
    'scope.calibration': ({ id }) => {
      requireAssessment(services.db, id);
      return { ratios: recordedRatios(services.db, id) };
    },
    'scope.updateRates': ({ id }) => {
      const db = services.db;
      return db.transaction(() => {
        const assessment = requireAssessment(db, id);
        const scope = assessment.scope;
        if (scope === null || scope === undefined)
          throw new AppError('not_found', 'This assessment has no scope yet; draft one first.', 'scope', 'scope_missing');
        return saveAssessment(db, id, { scope: refreshRates(scope, getRateCard(db, getUiLanguage(db) ?? 'en')) });
      })();
    },
  };
}
