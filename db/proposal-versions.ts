// Proposal versions: the client edition prints "version N" beside the proposal number. A version is a change the
// client can see: the first proposal exported is version 1, and each later revision exported with other content than
// the one exported before it is the next version. A status change alone (sent, accepted) changes nothing the client
// reads, so re-exporting after one keeps the version. Derived from the export log, so nothing extra is stored.
import type { Database } from 'better-sqlite3';

import type { AssessmentFields } from '../shared/assessment';
import { canonicalFieldsJson } from './revision-identity';
import { statement } from './statements';

/** The part of a revision the client's proposal shows: every field but the deal's status and record. */
function clientContent(fieldsJson: string): string {
  const { status: _status, deal: _deal, ...rest } = JSON.parse(fieldsJson) as AssessmentFields;
  return canonicalFieldsJson(rest as AssessmentFields);
}

/**
 * The version revision `number`'s proposal prints: 1 + the number of content changes among the proposals exported
 * from earlier revisions and this one. Exporting the same revision again always gives the same version.
 */
export function proposalVersion(db: Database, assessmentId: string, number: number): number {
  const rows = statement(
    db,
    `SELECT number, fields FROM revisions r WHERE assessment_id = ? AND (number = ? OR (number < ? AND EXISTS
       (SELECT 1 FROM exports e WHERE e.assessment_id = r.assessment_id AND e.revision = r.number AND e.kind = 'proposal')))
     ORDER BY number`,
  ).all(assessmentId, number, number) as { number: number; fields: string }[];
  let version = 0;
  let previous: string | null = null;
  for (const row of rows) {
    const content = clientContent(row.fields);
    if (content !== previous) version++;
    previous = content;
  }
  return Math.max(version, 1);
}
