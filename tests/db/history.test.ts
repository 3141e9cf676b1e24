// Imports decide by history, not clocks: a revision's identity (db/revision-identity.ts) tells whether an incoming
// assessment descends from the local one; trashed assessments and huge revision numbers are handled, never lost.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  createAssessment,
  type Database,
  exportBundle,
  getAssessment,
  importBundle,
  listExports,
  listRevisions,
  parseBundle,
  recordExport,
  saveAssessment,
  trashAssessment,
} from '../../db';
import { ASSESSMENT_STATUSES, MAX_REVISION_NUMBER } from '../../shared/assessment';
import type { Bundle } from '../../shared/bundle';
import { fuzzRuns } from '../fixtures/runs';
import { tempDatabase } from './temp';

const t0 = new Date('2025-02-01T09:00:00.000Z');
const minutes = (n: number): Date => new Date(t0.getTime() + n * 60_000);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests rewrite parts of a bundle's JSON
type Json = Record<string, any>;
const asJson = (bundle: Bundle): Json => JSON.parse(JSON.stringify(bundle)) as Json;

/** The bundle as a colleague's machine would write it with its clock at `year`: every date moved there. */
function datedIn(bundle: Bundle, year: number): Bundle {
  const json = asJson(bundle);
  const move = (iso: string): string => `${year}${iso.slice(4)}`;
  for (const a of json.assessments) {
    a.createdAt = move(a.createdAt);
    a.updatedAt = move(a.updatedAt);
    for (const r of a.revisions) {
      r.createdAt = move(r.createdAt);
      r.updatedAt = move(r.updatedAt);
    }
  }
  return parseBundle(json);
}

async function office(): Promise<{ db: Database; id: string }> {
  const { db } = await tempDatabase();
  const id = createAssessment(db, { clientName: 'Acme', projectTitle: 'Shop', requirements: { projectKind: 'ecommerce' }, notes: 'v1' }, { now: t0 }).id;
  return { db, id };
}

describe('imports decide by history, not clocks', () => {
  it('never lets a bundle dated 2099 revert a local title and status edit, and keeps both edits recoverable', async () => {
    const { db: source, id } = await office();
    const future = datedIn(exportBundle(source, [id]), 2099);
    const { db: laptop } = await tempDatabase();
    expect(importBundle(laptop, future).added).toEqual([id]);
    saveAssessment(laptop, id, { projectTitle: 'Shop, phase 2' }, { now: minutes(10) });
    saveAssessment(laptop, id, { status: 'final' }, { now: minutes(20) });

    const report = importBundle(laptop, future);
    expect(report.updated).toEqual([]);
    expect(report.skipped).toEqual([{ id, reason: 'older' }]);
    expect(getAssessment(laptop, id)).toMatchObject({ projectTitle: 'Shop, phase 2', status: 'final', notes: 'v1' });
    // Every earlier state is a revision of its own, title and status included.
    expect(listRevisions(laptop, id).map((r) => [r.fields.projectTitle, r.fields.status])).toEqual([
      ['Shop', 'draft'],
      ['Shop, phase 2', 'draft'],
      ['Shop, phase 2', 'final'],
    ]);
  });

  it('keeps both sides when a future-dated bundle changed the same assessment too, reporting the copy', async () => {
    const { db: source, id } = await office();
    const { db: laptop } = await tempDatabase();
    importBundle(laptop, exportBundle(source, [id]));
    saveAssessment(source, id, { notes: 'office edit' }, { now: minutes(5) });
    saveAssessment(laptop, id, { status: 'sent' }, { now: minutes(6) });
    const report = importBundle(laptop, datedIn(exportBundle(source, [id]), 2099));
    expect(report.updated).toEqual([]);
    expect(report.copies).toEqual([{ id, copyId: expect.any(String), projectTitle: 'Shop (imported copy)' }]);
    expect(getAssessment(laptop, id)).toMatchObject({ status: 'sent', notes: 'v1' });
    expect(getAssessment(laptop, report.copies[0]!.copyId)).toMatchObject({ status: 'draft', notes: 'office edit' });
  });

  it('takes a later state of the same work even when its clock is years behind', async () => {
    const { db: source, id } = await office();
    const { db: laptop } = await tempDatabase();
    importBundle(laptop, exportBundle(source, [id]));
    saveAssessment(source, id, { projectTitle: 'Shop, agreed' }, { now: minutes(5) });
    const report = importBundle(laptop, datedIn(exportBundle(source, [id]), 1999));
    expect(report.updated).toEqual([id]);
    expect(getAssessment(laptop, id)!.projectTitle).toBe('Shop, agreed');
    expect(listRevisions(laptop, id).map((r) => r.fields.projectTitle)).toEqual(['Shop', 'Shop, agreed']);
  });

  it('gives each revision an identity and a parent, carried by the bundle and the same on every machine', async () => {
    const { db: source, id } = await office();
    saveAssessment(source, id, { status: 'final' }, { now: minutes(5) });
    const bundle = exportBundle(source, [id]);
    const revisions = bundle.assessments[0]!.revisions;
    expect(revisions.map((r) => r.parent)).toEqual([null, revisions[0]!.id]);
    expect(revisions[0]!.id).toMatch(/^[0-9a-f]{64}$/);
    const { db: laptop } = await tempDatabase();
    importBundle(laptop, bundle);
    expect(listRevisions(laptop, id).map((r) => [r.id, r.parent])).toEqual(listRevisions(source, id).map((r) => [r.id, r.parent]));
  });

  it('refuses a bundle whose revision identity does not match its content, and writes nothing', async () => {
    const { db: source, id } = await office();
    saveAssessment(source, id, { status: 'final' }, { now: minutes(5) });
    const json = asJson(exportBundle(source, [id]));
    json.assessments[0].revisions[1].status = 'sent';
    const { db: laptop } = await tempDatabase();
    expect(() => importBundle(laptop, parseBundle(json))).toThrow(/assessments\[0\]\.revisions\[1\]\.id: does not match/);
    expect(getAssessment(laptop, id)).toBeNull();
  });
});

describe('imports into the trash', () => {
  it('brings a trashed assessment back when the bundle carries later work on it, and says so', async () => {
    const { db: source, id } = await office();
    const { db: laptop } = await tempDatabase();
    importBundle(laptop, exportBundle(source, [id]));
    trashAssessment(laptop, id, minutes(2));
    saveAssessment(source, id, { notes: 'more from the office' }, { now: minutes(5) });
    const report = importBundle(laptop, exportBundle(source, [id]));
    expect(report.updated).toEqual([id]);
    expect(report.restored).toEqual([id]);
    expect(getAssessment(laptop, id)).toMatchObject({ notes: 'more from the office', deletedAt: null });
  });

  it('keeps a live copy when a trashed assessment was changed on both sides, and says the original stays in the trash', async () => {
    const { db: source, id } = await office();
    const { db: laptop } = await tempDatabase();
    importBundle(laptop, exportBundle(source, [id]));
    saveAssessment(laptop, id, { notes: 'laptop edit' }, { now: minutes(3) });
    trashAssessment(laptop, id, minutes(4));
    saveAssessment(source, id, { notes: 'office edit' }, { now: minutes(5) });
    const report = importBundle(laptop, exportBundle(source, [id]));
    expect(report.restored).toEqual([]);
    expect(report.copies).toEqual([{ id, copyId: expect.any(String), projectTitle: 'Shop (imported copy)', inTrash: true }]);
    expect(getAssessment(laptop, id)).toMatchObject({ notes: 'laptop edit', deletedAt: minutes(4).toISOString() });
    expect(getAssessment(laptop, report.copies[0]!.copyId)).toMatchObject({ notes: 'office edit', deletedAt: null });
  });

  it('skips an older bundle for a trashed assessment, leaving it in the trash and saying where it is', async () => {
    const { db: source, id } = await office();
    const { db: laptop } = await tempDatabase();
    importBundle(laptop, exportBundle(source, [id]));
    trashAssessment(laptop, id, minutes(4));
    const report = importBundle(laptop, exportBundle(source, [id]));
    expect(report.skipped).toEqual([{ id, reason: 'unchanged', inTrash: true }]);
    expect(getAssessment(laptop, id)!.deletedAt).toBe(minutes(4).toISOString());
  });
});

describe('revision numbers', () => {
  it('renumbers an imported revision number of 2^53−1, and later saves keep working', async () => {
    const { db: source, id } = await office();
    saveAssessment(source, id, { notes: 'v2' }, { now: minutes(5) });
    const json = asJson(exportBundle(source, [id]));
    delete json.assessments[0].revisions[0].id;
    delete json.assessments[0].revisions[1].id;
    delete json.assessments[0].revisions[1].parent;
    json.assessments[0].revisions[1].number = Number.MAX_SAFE_INTEGER;
    const { db: laptop } = await tempDatabase();
    importBundle(laptop, parseBundle(json));
    saveAssessment(laptop, id, { notes: 'v3' }, { now: minutes(10) });
    const saved = saveAssessment(laptop, id, { notes: 'v4' }, { now: minutes(20) });
    const numbers = listRevisions(laptop, id).map((r) => r.number);
    expect(numbers).toEqual([1, 2, 3, 4]);
    expect(saved.revision).toBe(4);
  });

  it('renumbers a history that reached the bound before the next save, moving the export log with it', async () => {
    const { db: source, id } = await office();
    saveAssessment(source, id, { notes: 'v2' }, { now: minutes(5) });
    const json = asJson(exportBundle(source, [id]));
    json.assessments[0].revisions[0].number = MAX_REVISION_NUMBER - 1;
    json.assessments[0].revisions[1].number = MAX_REVISION_NUMBER;
    const { db: laptop } = await tempDatabase();
    importBundle(laptop, parseBundle(json));
    expect(listRevisions(laptop, id).map((r) => r.number)).toEqual([MAX_REVISION_NUMBER - 1, MAX_REVISION_NUMBER]);
    recordExport(laptop, { assessmentId: id, path: '/tmp/sent.pdf', sha256: 'c'.repeat(64) });
    const saved = saveAssessment(laptop, id, { notes: 'v3' }, { now: minutes(10) });
    expect(saved.revision).toBe(3);
    expect(listRevisions(laptop, id).map((r) => [r.number, r.notes])).toEqual([
      [1, 'v1'],
      [2, 'v2'],
      [3, 'v3'],
    ]);
    expect(listExports(laptop, id).map((e) => e.revision)).toEqual([2]);
  });
});

describe('history decides whatever the clocks say (property)', () => {
  it('never loses a local revision or reverts local work, and updates only when the bundle continues the local history', async () => {
    const edit = fc.record(
      { projectTitle: fc.string({ maxLength: 12 }), status: fc.constantFrom(...ASSESSMENT_STATUSES), notes: fc.string({ maxLength: 12 }) },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(edit, { maxLength: 3 }),
        fc.array(edit, { maxLength: 3 }),
        fc.integer({ min: 1971, max: 2099 }),
        async (officeEdits, laptopEdits, year) => {
          const { db: source, id } = await office();
          const { db: laptop } = await tempDatabase();
          importBundle(laptop, exportBundle(source, [id]));
          officeEdits.forEach((changes, i) => saveAssessment(source, id, changes, { now: minutes(10 + 10 * i) }));
          laptopEdits.forEach((changes, i) => saveAssessment(laptop, id, changes, { now: minutes(15 + 10 * i) }));
          const before = listRevisions(laptop, id);
          const local = getAssessment(laptop, id)!;
          const incoming = datedIn(exportBundle(source, [id]), year);
          const report = importBundle(laptop, incoming);
          const after = listRevisions(laptop, id);
          // Every revision here is still here, unchanged, in its place.
          expect(after.slice(0, before.length)).toEqual(before);
          const incomingIds = incoming.assessments[0]!.revisions.map((r) => r.id);
          if (report.updated.includes(id)) {
            expect(incomingIds).toContain(before.at(-1)!.id);
          } else {
            expect(after).toEqual(before);
            expect(getAssessment(laptop, id)).toEqual(local);
          }
          // Closed here so thirty runs do not hold sixty files open; when a run fails, afterEach (tests/db/temp.ts) closes them.
          source.close();
          laptop.close();
        },
      ),
      { numRuns: fuzzRuns(30) },
    );
  });
});
