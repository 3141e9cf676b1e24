// Handlers for team.*: the team library's connection and sync state, who last shared each assessment, and a
// conflict's two sides with its resolution (db/team, electron/team).
import { getAssessment, listRevisions, requireAssessment } from '../../../db';
import { commonAncestor, listConflicts, resolveConflict, teamAuthors } from '../../../db/team';
import type { RevisionSummary } from '../../../shared/api/types';
import type { Revision } from '../../../shared/assessment';
import type { AssessmentFields } from '../../../shared/assessment';
import { autoMerge, changedParts, describePart } from '../../../shared/conflict-merge';
import { countAnswered, recommend } from '../../../shared/engine';
import { answerDifferences, fieldDifferences } from '../../../shared/revisions';
import type { HandlerGroup } from '../dispatch';
import type { Services } from '../services';

function side(
  fields: AssessmentFields,
  at: { number: number; id: string; createdAt: string; updatedAt: string; author: string | null; deviceId: string | null; merged: boolean },
): RevisionSummary {
  return {
    id: at.id,
    number: at.number,
    createdAt: at.createdAt,
    updatedAt: at.updatedAt,
    recommended: recommend(fields.requirements).recommended,
    answered: countAnswered(fields.requirements),
    author: at.author,
    deviceId: at.deviceId,
    merged: at.merged,
  };
}

function outcome(fields: AssessmentFields) {
  const r = recommend(fields.requirements);
  return { recommended: r.recommended, confidence: r.confidence, ranking: r.ranking };
}

export function teamHandlers(services: Services): HandlerGroup {
  return {
    'team.status': () => services.team.status(),
    'team.connect': (input) => services.team.connect(input),
    'team.test': (input) => services.team.test(input),
    'team.disconnect': () => services.team.disconnect(),
    'team.sync': () => services.team.sync(),
    'team.authors': ({ ids }) => teamAuthors(services.db, ids),
    'team.conflict': ({ id }) => {
      requireAssessment(services.db, id);
      const theirs = listConflicts(services.db, id).at(-1);
      if (theirs === undefined) return null;
      const mine = listRevisions(services.db, id).at(-1) as Revision;
      const base = commonAncestor(services.db, id, mine.id, theirs.identity)?.fields ?? null;
      const { fields: merged, taken } = autoMerge(base, mine.fields, theirs.fields);
      return {
        id,
        comparison: {
          from: side(mine.fields, { ...mine, author: mine.author ?? null, deviceId: mine.deviceId ?? null, merged: mine.merged ?? false }),
          to: side(theirs.fields, {
            number: mine.number + 1,
            id: theirs.identity,
            createdAt: theirs.createdAt,
            updatedAt: theirs.updatedAt,
            author: theirs.author,
            deviceId: theirs.deviceId,
            merged: false,
          }),
          answers: answerDifferences(mine.fields.requirements, theirs.fields.requirements),
          fields: fieldDifferences(mine.fields, theirs.fields),
          notesChanged: mine.fields.notes !== theirs.fields.notes,
          recommendation: { from: outcome(mine.fields), to: outcome(theirs.fields) },
        },
        mine: mine.fields,
        mineBy: { author: mine.author ?? null, updatedAt: mine.updatedAt },
        theirs: { ...theirs.fields, author: theirs.author, deviceId: theirs.deviceId, updatedAt: theirs.updatedAt },
        base,
        parts: changedParts(base, mine.fields, theirs.fields).map(({ part, changedBy }) => ({
          part,
          label: describePart(part, mine.fields).label,
          base: base === null ? null : describePart(part, base).value,
          mine: describePart(part, mine.fields).value,
          theirs: describePart(part, theirs.fields).value,
          changedBy,
        })),
        merged,
        autoMerged: taken,
      };
    },
    'team.dismissNotices': ({ through }) => services.team.dismissNotices(through),
    'team.resolve': ({ id, fields }) => {
      resolveConflict(services.db, id, fields);
      void services.team.sync();
      return getAssessment(services.db, id)!;
    },
  };
}
