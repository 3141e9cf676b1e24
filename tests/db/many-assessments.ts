// Filling a test database with many assessments fast: one INSERT ... SELECT (100,000 rows in seconds, where the demo
// generator takes minutes), varied clients, titles, statuses, frameworks and dates, one in fifty in the trash. Every
// row carries the requirements and recommendation of one real assessment, so it reads, lists and exports.
import type { Database } from 'better-sqlite3';

import { createAssessment, trashAssessment } from '../../db';
import { canonicalFieldsJson, revisionIdentity } from '../../db/revision-identity';
import type { AssessmentFields } from '../../shared/assessment';

/** Writes `count` assessments, each with one revision (the first made through createAssessment, the rest copied from it). */
export function fillAssessments(db: Database, count: number): void {
  const template = createAssessment(db, {
    clientName: 'Alient 0',
    projectTitle: 'Project 0',
    consultant: 'Léa Dubois',
    requirements: { projectKind: 'api-service', apiDocs: true },
    notes: 'Workshop notes 0, with "quotes"\nand a second line.',
  });
  trashAssessment(db, template.id);
  db.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @count - 1)
     INSERT INTO assessments (id, client_id, client_name, project_title, consultant, status, recommended, confidence, engine_version,
       revision, created_at, updated_at, deleted_at, requirements, notes)
     SELECT printf('00000000-0000-4000-8000-%012d', i), NULL,
       char(65 + i % 26) || 'lient ' || (i * 7919 % 997), 'Project ' || (i % 101), t.consultant,
       CASE i % 3 WHEN 0 THEN 'draft' WHEN 1 THEN 'final' ELSE 'sent' END,
       CASE i % 7 WHEN 0 THEN 'flask' WHEN 1 THEN 'fastapi' ELSE 'django' END, t.confidence, t.engine_version, 1,
       strftime('%Y-%m-%dT%H:%M:%fZ', '2024-01-01', '+' || (i * 613 % 100000) || ' minutes'),
       strftime('%Y-%m-%dT%H:%M:%fZ', '2024-03-01', '+' || (i * 389 % 100000) || ' minutes'),
       CASE WHEN i % 50 = 0 THEN strftime('%Y-%m-%dT%H:%M:%fZ', '2024-06-01', '+' || i || ' seconds') END,
       t.requirements, 'Workshop notes ' || (i % 13)
     FROM n, assessments t WHERE t.id = @template`,
  ).run({ count, template: template.id });
  // Each copy's one revision holds its fields as canonical JSON and the identity db/revision-identity.ts derives from them.
  db.function('fill_fields', (clientName, projectTitle, consultant, status, requirements, notes) =>
    canonicalFieldsJson({
      clientName: String(clientName),
      projectTitle: String(projectTitle),
      consultant: String(consultant),
      status: status as AssessmentFields['status'],
      requirements: JSON.parse(String(requirements)) as AssessmentFields['requirements'],
      notes: String(notes),
    }),
  );
  db.function('fill_identity', (id, fields) => revisionIdentity(String(id), null, String(fields)));
  db.prepare(
    `INSERT INTO revisions (assessment_id, number, identity, parent, recommended, engine_version, created_at, updated_at, fields, recommendation)
     SELECT id, 1, fill_identity(id, f), NULL, recommended, engine_version, created_at, updated_at, f, NULL
     FROM (SELECT *, fill_fields(client_name, project_title, consultant, status, requirements, notes) AS f FROM assessments WHERE id != ?)`,
  ).run(template.id);
}

/** The ids fillAssessments gave its copies (the template's is random), in order. */
export function filledId(i: number): string {
  return `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
}
