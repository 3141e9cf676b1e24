// Handlers for team.*: the team library's connection and sync state, who last shared each assessment, and a
// conflict's two sides with its resolution (db/team, electron/team).
import { getAssessment, listRevisions, requireAssessment } from '../../../db';
import { listConflicts, resolveConflict, teamAuthors } from '../../../db/team';
import type { Revision } from '../../../shared/assessment';
import { countAnswered, recommend } from '../../../shared/engine';
import type { AssessmentFields } from '../../../shared/assessment';
import { answerDifferences, fieldDifferences } from '../../../shared/revisions';
import type { RevisionSummary } from '../../../shared/api/types';
import type { HandlerGroup } from '../dispatch';
import type { Services } from '../services';

function side(fields: AssessmentFields, at: { number: number; id: string; createdAt: string; updatedAt: string }): RevisionSummary {
  return {
    id: at.id,
    number: at.number,
    createdAt: at.createdAt,
    updatedAt: at.updatedAt,
    recommended: recommend(fields.requirements).recommended,
    answered: countAnswered(fields.requirements),
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
      return {
        id,
        comparison: {
          from: side(mine.fields, mine),
          to: side(theirs.fields, { number: mine.number + 1, id: theirs.identity, createdAt: theirs.createdAt, updatedAt: theirs.updatedAt }),
          answers: answerDifferences(mine.fields.requirements, theirs.fields.requirements),
          fields: fieldDifferences(mine.fields, theirs.fields),
          notesChanged: mine.fields.notes !== theirs.fields.notes,
          recommendation: { from: outcome(mine.fields), to: outcome(theirs.fields) },
        },
        mine: mine.fields,
        theirs: { ...theirs.fields, author: theirs.author, updatedAt: theirs.updatedAt },
      };
    },
    'team.resolve': ({ id, fields }) => {
      resolveConflict(services.db, id, fields);
      void services.team.sync();
      return getAssessment(services.db, id)!;
    },
  };
}
