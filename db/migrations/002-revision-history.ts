// Migration 2: revisions hold every field of an assessment (as one JSON snapshot), their recommendation snapshot, an
// identity that is the same on every machine and the identity of the revision they were made from, and whether they
// are sealed (exported or imported: never changed again). Numbers are bounded. Append-only: never edit once released.
import type { Database } from 'better-sqlite3';
import { MAX_REVISION_NUMBER } from '../../shared/assessment';
import { canonicalFieldsJson, revisionIdentity } from '../revision-identity';

// The new table is built beside the old one, filled by `transform`, then takes its name. The exports log refers to
// revisions by (assessment_id, number) and keeps referring to the table of that name.
const sql = `
CREATE TABLE revisions_v2 (
  id INTEGER PRIMARY KEY,
  assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
  number INTEGER NOT NULL CHECK (number BETWEEN 1 AND ${MAX_REVISION_NUMBER}),
  -- db/revision-identity.ts: SHA-256 over the assessment id, the parent's identity and the canonical fields.
  identity TEXT NOT NULL CHECK (length(identity) = 64),
  parent TEXT CHECK (parent IS NULL OR length(parent) = 64),
  recommended TEXT NOT NULL,
  engine_version TEXT NOT NULL,
  -- 1 once exported or imported: a later save starts a new revision instead of changing this one.
  sealed INTEGER NOT NULL DEFAULT 0 CHECK (sealed IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  -- The large values last. fields: the AssessmentFields as canonical JSON. recommendation: the engine's output as it
  -- was, deflated (db/snapshot.ts); NULL only for revisions older than this schema other than the current one, whose
  -- output was not kept then.
  fields TEXT NOT NULL CHECK (json_valid(fields)),
  recommendation BLOB,
  UNIQUE (assessment_id, number)
) STRICT;
`;

interface AssessmentRow {
  id: string;
  client_name: string;
  project_title: string;
  consultant: string;
  status: string;
  requirements: string;
  notes: string;
  recommended: string;
  engine_version: string;
  updated_at: string;
}

interface OldRevision {
  id: number | null;
  number: number;
  requirements: string;
  notes: string;
  recommended: string;
  engine_version: string;
  created_at: string;
  updated_at: string;
}

/**
 * Copies every revision into the new shape. Schema 1 kept only requirements and notes per revision, so the title,
 * client, consultant and status of each are the assessment's (the same rule an import applies to a version-1 bundle,
 * so both derive the same identities). Numbers above the bound are renumbered 1..n, and the export log with them.
 */
function transform(db: Database): void {
  const assessments = db
    .prepare(
      'SELECT id, client_name, project_title, consultant, status, requirements, notes, recommended, engine_version, updated_at FROM assessments ORDER BY seq',
    )
    .all() as AssessmentRow[];
  const revisionsOf = db.prepare(
    'SELECT id, number, requirements, notes, recommended, engine_version, created_at, updated_at FROM revisions WHERE assessment_id = ? ORDER BY number',
  );
  const exportedOf = db.prepare('SELECT DISTINCT revision FROM exports WHERE assessment_id = ?').pluck();
  const snapshotOf = db.prepare('SELECT recommendation FROM assessments WHERE id = ?').pluck();
  const insert = db.prepare(
    `INSERT INTO revisions_v2 (id, assessment_id, number, identity, parent, recommended, engine_version, sealed, created_at, updated_at, fields, recommendation)
     VALUES (@id, @assessmentId, @number, @identity, @parent, @recommended, @engineVersion, @sealed, @createdAt, @updatedAt, @fields, @recommendation)`,
  );
  const moveExports = db.prepare('UPDATE exports SET revision = ? WHERE assessment_id = ? AND revision = ?');
  const setCurrent = db.prepare('UPDATE assessments SET revision = ? WHERE id = ?');

  for (const a of assessments) {
    const fieldsOf = (requirements: string, notes: string): string =>
      canonicalFieldsJson({
        clientName: a.client_name,
        projectTitle: a.project_title,
        consultant: a.consultant,
        status: a.status as 'draft',
        requirements: JSON.parse(requirements) as Record<string, never>,
        notes,
      });
    const revisions = revisionsOf.all(a.id) as OldRevision[];
    const current = fieldsOf(a.requirements, a.notes);
    const last = revisions.at(-1);
    if (last === undefined || fieldsOf(last.requirements, last.notes) !== current) {
      // Schema 1 always kept the assessment's content as its latest revision; should one not, it becomes one now.
      revisions.push({
        id: null,
        number: (last?.number ?? 0) + 1,
        requirements: a.requirements,
        notes: a.notes,
        recommended: a.recommended,
        engine_version: a.engine_version,
        created_at: a.updated_at,
        updated_at: a.updated_at,
      });
    }
    const renumber = revisions.some((r) => r.number > MAX_REVISION_NUMBER);
    const exported = new Set(exportedOf.all(a.id) as number[]);
    let parent: string | null = null;
    revisions.forEach((revision, index) => {
      const fields = fieldsOf(revision.requirements, revision.notes);
      const identity = revisionIdentity(a.id, parent, fields);
      const number = renumber ? index + 1 : revision.number;
      if (number !== revision.number) moveExports.run(number, a.id, revision.number);
      const isCurrent = index === revisions.length - 1;
      insert.run({
        id: revision.id,
        assessmentId: a.id,
        number,
        identity,
        parent,
        recommended: isCurrent ? a.recommended : revision.recommended,
        engineVersion: isCurrent ? a.engine_version : revision.engine_version,
        sealed: exported.has(revision.number) ? 1 : 0,
        createdAt: revision.created_at,
        updatedAt: revision.updated_at,
        fields,
        recommendation: isCurrent ? (snapshotOf.get(a.id) as Buffer) : null,
      });
      if (isCurrent) setCurrent.run(number, a.id);
      parent = identity;
    });
  }
  db.exec('DROP TABLE revisions; ALTER TABLE revisions_v2 RENAME TO revisions;');
}

export const migration002 = { version: 2, name: 'revision-history', sql, transform } as const;
