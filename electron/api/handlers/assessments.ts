// Handlers for assessments.*: thin calls into db/, plus the revision comparison. Each user action is one transaction.
import {
  countAssessments,
  createAssessment,
  discardIfUntouched,
  getRevision,
  listAssessments,
  listRevisions,
  requireAssessment,
  restoreAssessment,
  restoreRevision,
  saveAssessment,
  trashAssessment,
} from '../../../db';
import type { RevisionSummary } from '../../../shared/api/types';
import type { Revision } from '../../../shared/assessment';
import { countAnswered, recommend } from '../../../shared/engine';
import { AppError } from '../../../shared/errors';
import { answerDifferences, fieldDifferences } from '../../../shared/revisions';
import type { HandlerGroup } from '../dispatch';
import type { Services } from '../services';

function summary(revision: Revision): RevisionSummary {
  return {
    id: revision.id,
    number: revision.number,
    createdAt: revision.createdAt,
    updatedAt: revision.updatedAt,
    recommended: revision.recommended,
    answered: countAnswered(revision.requirements),
    author: revision.author ?? null,
    deviceId: revision.deviceId ?? null,
    merged: revision.merged ?? false,
  };
}

function outcome(revision: Revision) {
  const r = recommend(revision.requirements);
  return { recommended: r.recommended, confidence: r.confidence, ranking: r.ranking };
}

export function assessmentHandlers(services: Services): HandlerGroup {
  return {
    'assessments.list': (query) => ({ ...listAssessments(services.db, query), total: countAssessments(services.db, query) }),
    'assessments.get': ({ id }) => requireAssessment(services.db, id),
    'assessments.create': ({ fields }) => createAssessment(services.db, fields ?? {}),
    'assessments.update': ({ id, fields }) => saveAssessment(services.db, id, fields),
    'assessments.delete': ({ id }) => {
      if (!trashAssessment(services.db, id)) throw new AppError('not_found', 'That assessment no longer exists or is already in the trash.', 'id');
      return { ok: true };
    },
    'assessments.restore': ({ id }) => {
      if (!restoreAssessment(services.db, id)) throw new AppError('not_found', 'That assessment is not in the trash.', 'id');
      return { ok: true };
    },
    'assessments.duplicate': ({ id }) => {
      const source = requireAssessment(services.db, id);
      return createAssessment(services.db, {
        clientName: source.clientName,
        projectTitle: `${source.projectTitle} (copy)`.slice(0, 300),
        consultant: source.consultant,
        status: 'draft',
        requirements: source.requirements,
        notes: source.notes,
        scope: source.scope ?? null,
      });
    },
    'assessments.revisions': ({ id }) => {
      requireAssessment(services.db, id);
      return listRevisions(services.db, id).map(summary);
    },
    'assessments.restoreRevision': ({ id, revision }) => restoreRevision(services.db, id, revision),
    'assessments.discardIfUntouched': ({ id }) => ({ discarded: discardIfUntouched(services.db, id) }),
    'assessments.compare': ({ id, from, to }) => {
      const a = getRevision(services.db, id, from);
      const b = getRevision(services.db, id, to);
      if (a === null) throw new AppError('not_found', `This assessment has no revision ${from}.`, 'from');
      if (b === null) throw new AppError('not_found', `This assessment has no revision ${to}.`, 'to');
      return {
        from: summary(a),
        to: summary(b),
        answers: answerDifferences(a.requirements, b.requirements),
        fields: fieldDifferences(a.fields, b.fields),
        notesChanged: a.notes !== b.notes,
        recommendation: { from: outcome(a), to: outcome(b) },
      };
    },
  };
}
