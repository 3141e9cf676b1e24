// Handlers for assessments.*: thin calls into db/, plus the revision comparison. Each user action is one transaction.
import {
  countAssessments,
  createAssessment,
  discardIfUntouched,
  findProposalNumber,
  getRevision,
  listAssessments,
  listExports,
  listRevisions,
  requireAssessment,
  restoreAssessment,
  restoreRevision,
  saveEdits,
  trashAssessment,
} from '../../../db';
import type { RevisionSummary } from '../../../shared/api/types';
import type { Revision } from '../../../shared/assessment';
import { countAnswered, recommend } from '../../../shared/engine';
import { AppError } from '../../../shared/errors';
import { answerDifferences, fieldDifferences, scopeDifferences } from '../../../shared/revisions';
import type { HandlerGroup } from '../dispatch';
import type { Services } from '../services';

type Sent = NonNullable<RevisionSummary['sent']>;

function summary(revision: Revision, sent?: Map<number, Sent>): RevisionSummary {
  const mark = sent?.get(revision.number);
  return {
    ...(mark === undefined ? {} : { sent: mark }),
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

/** The revisions a client edition was exported of (newest export first in the log), with the assessment's number. */
function sentRevisions(services: Services, id: string): Map<number, Sent> {
  const sent = new Map<number, Sent>();
  const proposalNumber = findProposalNumber(services.db, id);
  for (const record of listExports(services.db, id))
    if (record.kind === 'proposal' && record.edition === 'client' && !sent.has(record.revision))
      sent.set(record.revision, { at: record.exportedAt, proposalNumber });
  return sent;
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
    // An edit never sets accepted, declined or expired: those come with their record through deals.setStatus.
    'assessments.update': ({ id, fields }) => saveEdits(services.db, id, fields),
    'assessments.delete': ({ id }) => {
      if (!trashAssessment(services.db, id))
        throw new AppError('not_found', 'That assessment no longer exists or is already in the trash.', 'id', 'assessment_not_found');
      return { ok: true };
    },
    'assessments.restore': ({ id }) => {
      if (!restoreAssessment(services.db, id)) throw new AppError('not_found', 'That assessment is not in the trash.', 'id', 'not_in_trash');
      return { ok: true };
    },
    'assessments.duplicate': ({ id }) => {
      const source = requireAssessment(services.db, id);
      return createAssessment(services.db, {
        clientName: source.clientName,
        // The same client, so the same person to speak to and sign.
        clientContactName: source.clientContactName,
        clientContactRole: source.clientContactRole,
        clientContactEmail: source.clientContactEmail,
        // The same client reads the same language.
        ...(source.proposalLanguage === undefined ? {} : { proposalLanguage: source.proposalLanguage }),
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
      const sent = sentRevisions(services, id);
      return listRevisions(services.db, id).map((revision) => summary(revision, sent));
    },
    'assessments.restoreRevision': ({ id, revision }) => restoreRevision(services.db, id, revision),
    'assessments.discardIfUntouched': ({ id }) => ({ discarded: discardIfUntouched(services.db, id) }),
    'assessments.compare': ({ id, from, to }) => {
      const a = getRevision(services.db, id, from);
      const b = getRevision(services.db, id, to);
      if (a === null) throw new AppError('not_found', `This assessment has no revision ${from}.`, 'from', 'revision_not_found', { number: String(from) });
      if (b === null) throw new AppError('not_found', `This assessment has no revision ${to}.`, 'to', 'revision_not_found', { number: String(to) });
      const sent = sentRevisions(services, id);
      return {
        from: summary(a, sent),
        to: summary(b, sent),
        answers: answerDifferences(a.requirements, b.requirements),
        fields: fieldDifferences(a.fields, b.fields),
        notesChanged: a.notes !== b.notes,
        scope: scopeDifferences(
          { scope: a.fields.scope, framework: a.recommended, requirements: a.requirements },
          { scope: b.fields.scope, framework: b.recommended, requirements: b.requirements },
        ),
        recommendation: { from: outcome(a), to: outcome(b) },
      };
    },
  };
}
