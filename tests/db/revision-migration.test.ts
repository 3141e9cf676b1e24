// Migration 2 (db/migrations/002-revision-history.ts): revisions of every earlier schema's fixture gain all fields,
// identities chained by parent, their sealing and the current snapshot; huge numbers are renumbered with the export log.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

import { type Database, exportBundle, getAssessment, importBundle, listExports, listRevisions, parseBundle, saveAssessment } from '../../db';
import { canonicalFieldsJson, revisionIdentity } from '../../db/revision-identity';
import { revisionForProposal } from '../../db/revisions';
import type { Bundle } from '../../shared/bundle';
import type { FixtureManifest } from '../fixtures/db/make-fixtures';
import { openForTest, tempDatabase, tempFolder } from './temp';

const fixtures = fileURLToPath(new URL('../fixtures/db/', import.meta.url));
const manifest = JSON.parse(readFileSync(join(fixtures, 'fixtures.json'), 'utf8')) as FixtureManifest;
const earlier = manifest.files.filter((f) => f.version >= 1 && f.version < 2);
const ZOE = '0b6f1c9e-8d1a-4c43-9a43-3f1f7b1e0a01';

async function upgraded(file: string, prepare?: (raw: BetterSqlite3.Database) => void): Promise<Database> {
  const path = join(tempFolder(), 'scopewise.db');
  copyFileSync(join(fixtures, file), path);
  if (prepare !== undefined) {
    const raw = new BetterSqlite3(path);
    raw.pragma('foreign_keys = OFF');
    prepare(raw);
    raw.close();
  }
  return openForTest(path, { mounts: '' });
}

/** The bundle as version 1 wrote it: revisions with only their number, times, requirements and notes. */
function asVersion1(bundle: Bundle): Bundle {
  const json = JSON.parse(JSON.stringify(bundle)) as { assessments: { revisions: Record<string, unknown>[] }[] };
  for (const a of json.assessments) {
    a.revisions = a.revisions.map(({ number, createdAt, updatedAt, requirements, notes }) => ({ number, createdAt, updatedAt, requirements, notes }));
  }
  return parseBundle(json);
}

describe('migration 2: revision history', () => {
  it('has an earlier fixture with assessments to upgrade', () => {
    expect(earlier.map((f) => f.file)).toContain('v1.db');
  });

  for (const fixture of earlier) {
    it(`gives every revision of the version ${fixture.version} fixture all fields, a chained identity, its sealing and the current snapshot`, async () => {
      const db = await upgraded(fixture.file);
      for (const expected of fixture.assessments) {
        const assessment = getAssessment(db, expected.id)!;
        const revisions = listRevisions(db, expected.id);
        expect(revisions).toHaveLength(expected.revisions);
        let parent: string | null = null;
        for (const revision of revisions) {
          // Schema 1 kept no title, client, consultant or status per revision: they are the assessment's.
          expect(revision.fields).toMatchObject({ clientName: assessment.clientName, projectTitle: assessment.projectTitle, status: assessment.status });
          expect(revision.parent).toBe(parent);
          expect(revision.id).toBe(revisionIdentity(expected.id, parent, canonicalFieldsJson(revision.fields)));
          parent = revision.id;
        }
        const current = revisions.at(-1)!;
        expect(current.fields).toEqual({
          clientName: assessment.clientName,
          projectTitle: assessment.projectTitle,
          consultant: assessment.consultant,
          status: assessment.status,
          requirements: assessment.requirements,
          notes: assessment.notes,
        });
        expect(revisionForProposal(db, expected.id, current.number)!.recommendation).toEqual(assessment.recommendation);
      }
      // Zoë's revision 2 was exported: it is sealed, the others are not.
      expect(db.prepare('SELECT number, sealed FROM revisions WHERE assessment_id = ? ORDER BY number').raw().all(ZOE)).toEqual([
        [1, 0],
        [2, 1],
        [3, 0],
      ]);
      expect(listExports(db, ZOE).map((e) => e.revision)).toEqual([2]);
    });

    it(`renumbers revision numbers up to 2^53−1 in a version ${fixture.version} database, moving its export log, so saves keep working`, async () => {
      const db = await upgraded(fixture.file, (raw) => {
        raw.prepare('UPDATE revisions SET number = ? WHERE assessment_id = ? AND number = 3').run(Number.MAX_SAFE_INTEGER, ZOE);
        raw.prepare('UPDATE revisions SET number = ? WHERE assessment_id = ? AND number = 2').run(Number.MAX_SAFE_INTEGER - 1, ZOE);
        raw.prepare('UPDATE exports SET revision = ? WHERE assessment_id = ?').run(Number.MAX_SAFE_INTEGER - 1, ZOE);
        raw.prepare('UPDATE assessments SET revision = ? WHERE id = ?').run(Number.MAX_SAFE_INTEGER, ZOE);
      });
      expect(listRevisions(db, ZOE).map((r) => r.number)).toEqual([1, 2, 3]);
      expect(listExports(db, ZOE).map((e) => e.revision)).toEqual([2]);
      expect(getAssessment(db, ZOE)!.revision).toBe(3);
      saveAssessment(db, ZOE, { notes: 'After the upgrade.' }, { now: new Date('2026-01-01T00:00:00Z') });
      expect(saveAssessment(db, ZOE, { notes: 'Later still.' }, { now: new Date('2026-01-01T00:05:00Z') }).revision).toBe(5);
    });

    it(`finds a version-1 bundle of the version ${fixture.version} fixture's work unchanged after the upgrade, and derives the same identities from it`, async () => {
      const db = await upgraded(fixture.file);
      const ids = fixture.assessments.map((a) => a.id);
      const bundle = asVersion1(exportBundle(db, ids));
      expect(importBundle(db, bundle).skipped.map((s) => s.reason)).toEqual(ids.map(() => 'unchanged'));
      const { db: fresh } = await tempDatabase();
      importBundle(fresh, bundle);
      for (const id of ids) expect(listRevisions(fresh, id).map((r) => r.id)).toEqual(listRevisions(db, id).map((r) => r.id));
    });
  }
});
