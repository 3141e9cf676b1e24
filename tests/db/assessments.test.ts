// The assessments repository: saves, revisions and their coalescing, the recommendation, clients, listing.
import { describe, expect, it } from 'vitest';

import {
  countAssessments,
  createAssessment,
  getAssessment,
  getClient,
  listAssessments,
  listClients,
  listRevisions,
  recordExport,
  revisionForProposal,
  saveAssessment,
  updateClient,
} from '../../db';
import { sealRevision } from '../../db/revisions';
import { unpackRecommendation } from '../../db/snapshot';
import { recommend } from '../../shared/engine';
import { tempDatabase } from './temp';

const t0 = new Date('2025-05-01T10:00:00.000Z');
const after = (seconds: number): Date => new Date(t0.getTime() + seconds * 1000);

describe('assessments', () => {
  it('creates a draft with a UUID, a first revision and the engine’s recommendation', async () => {
    const { db } = await tempDatabase();
    const requirements = { projectKind: 'saas', auth: 'roles', adminPanel: true } as const;
    const created = createAssessment(db, { clientName: 'Müller & Söhne', projectTitle: 'Portal', requirements }, { now: t0 });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created).toMatchObject({
      status: 'draft',
      consultant: '',
      notes: '',
      revision: 1,
      createdAt: t0.toISOString(),
      updatedAt: t0.toISOString(),
      deletedAt: null,
    });
    expect(created.recommendation).toEqual(recommend(requirements));
    expect(getAssessment(db, created.id)).toEqual(created);
    expect(listRevisions(db, created.id)).toEqual([
      expect.objectContaining({
        number: 1,
        requirements,
        notes: '',
        recommended: created.recommendation.recommended,
        engineVersion: created.recommendation.engineVersion,
      }),
    ]);
  });

  it('recomputes the recommendation when the requirements change, and keeps only its verdict in the row', async () => {
    const { db } = await tempDatabase();
    const a = createAssessment(db, { requirements: { projectKind: 'prototype', lifetime: 'hours' } }, { now: t0 });
    const requirements = { projectKind: 'api-service', apiDocs: true, concurrency: 'high-async' } as const;
    const saved = saveAssessment(db, a.id, { requirements }, { now: after(5) });
    expect(saved.recommendation).toEqual(recommend(requirements));
    expect(getAssessment(db, a.id)!.recommendation.recommended).toBe(saved.recommendation.recommended);
    // The save answers the recommendation it computed; read back, the row's answers give the same one.
    expect(getAssessment(db, a.id)).toEqual(saved);
    // The row holds the verdict the list shows and filters by, not the recommendation (migration 8).
    expect(db.prepare('SELECT recommended, confidence FROM assessments WHERE id = ?').get(a.id)).toEqual({
      recommended: saved.recommendation.recommended,
      confidence: saved.recommendation.confidence,
    });
    expect((db.prepare('PRAGMA table_info(assessments)').all() as { name: string }[]).map((c) => c.name)).not.toContain('recommendation');
  });

  it('coalesces saves within the same minute into one revision, and starts a new one after', async () => {
    const { db } = await tempDatabase();
    const a = createAssessment(db, {}, { now: t0 });
    saveAssessment(db, a.id, { notes: 'T' }, { now: after(1) });
    saveAssessment(db, a.id, { notes: 'Ty' }, { now: after(20) });
    const third = saveAssessment(db, a.id, { notes: 'Typing' }, { now: after(59) });
    expect(third.revision).toBe(1);
    expect(listRevisions(db, a.id)).toEqual([expect.objectContaining({ number: 1, notes: 'Typing', updatedAt: after(59).toISOString() })]);
    const later = saveAssessment(db, a.id, { requirements: { teamSize: 4 } }, { now: after(61) });
    expect(later.revision).toBe(2);
    saveAssessment(db, a.id, { requirements: { teamSize: 5 } }, { now: after(90) });
    expect(listRevisions(db, a.id).map((r) => [r.number, r.requirements])).toEqual([
      [1, {}],
      [2, { teamSize: 5 }],
    ]);
  });

  it('never changes an exported revision: the next save starts a new one even within the minute', async () => {
    const { db } = await tempDatabase();
    const a = createAssessment(db, { notes: 'as sent' }, { now: t0 });
    recordExport(db, { assessmentId: a.id, path: '/tmp/p.pdf', sha256: 'f'.repeat(64), exportedAt: after(2).toISOString() });
    const saved = saveAssessment(db, a.id, { notes: 'changed after sending' }, { now: after(10) });
    expect(saved.revision).toBe(2);
    expect(listRevisions(db, a.id)[0]!.notes).toBe('as sent');
  });

  it('keeps a change of title or status in a revision of its own, and writes nothing for a save that changes nothing', async () => {
    const { db } = await tempDatabase();
    const a = createAssessment(db, { projectTitle: 'One' }, { now: t0 });
    const retitled = saveAssessment(db, a.id, { projectTitle: 'Two', status: 'final' }, { now: after(120) });
    expect(retitled).toMatchObject({ projectTitle: 'Two', status: 'final', revision: 2, updatedAt: after(120).toISOString() });
    const same = saveAssessment(db, a.id, { projectTitle: 'Two', requirements: {} }, { now: after(500) });
    expect(same.updatedAt).toBe(after(120).toISOString());
    expect(listRevisions(db, a.id).map((r) => [r.number, r.fields.projectTitle, r.fields.status])).toEqual([
      [1, 'One', 'draft'],
      [2, 'Two', 'final'],
    ]);
    // Within the minute a retitle joins the open revision, as typing does.
    saveAssessment(db, a.id, { consultant: 'Léa' }, { now: after(130) });
    expect(listRevisions(db, a.id).map((r) => [r.number, r.fields.consultant])).toEqual([
      [1, ''],
      [2, 'Léa'],
    ]);
  });

  it('throws not_found for an unknown id', async () => {
    const { db } = await tempDatabase();
    expect(() => saveAssessment(db, '8a3b1c9e-0000-4000-8000-000000000000', { notes: 'x' })).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(getAssessment(db, 'nope')).toBeNull();
  });

  it('links assessments to one client per name (case-insensitive), and drops a typed-over name that has no details', async () => {
    const { db } = await tempDatabase();
    const a = createAssessment(db, { clientName: 'Acme' }, { now: t0 });
    const b = createAssessment(db, { clientName: 'ACME ' }, { now: t0 });
    expect(a.clientId).not.toBeNull();
    expect(b.clientId).toBe(a.clientId);
    const c = createAssessment(db, { clientName: 'Ac' }, { now: t0 });
    saveAssessment(db, c.id, { clientName: 'Acme Corp' }, { now: after(1) });
    expect(listClients(db).map((x) => x.name)).toEqual(['Acme', 'Acme Corp']);
    const renamed = updateClient(db, a.clientId!, { name: 'Acme Ltd', contactPerson: 'Wile E.', email: 'wile@acme.test' });
    expect(renamed).toMatchObject({ name: 'Acme Ltd', contactPerson: 'Wile E.', assessmentCount: 2 });
    expect(getAssessment(db, b.id)!.clientName).toBe('Acme Ltd');
    expect(listAssessments(db, { search: 'ltd' }).rows).toHaveLength(2);
    expect(() => updateClient(db, a.clientId!, { name: 'acme corp' })).toThrow(/already named/);
    expect(getClient(db, a.clientId!)!.name).toBe('Acme Ltd');
  });
});

describe('the list', () => {
  async function seeded() {
    const { db } = await tempDatabase();
    const statuses = ['draft', 'final', 'sent'] as const;
    const kinds = [
      { projectKind: 'content-platform', adminPanel: true, auth: 'roles' },
      { projectKind: 'prototype', lifetime: 'hours' },
      { projectKind: 'api-service', apiDocs: true, concurrency: 'high-async' },
    ] as const;
    for (let i = 0; i < 120; i++) {
      createAssessment(
        db,
        { clientName: `Client ${String(i).padStart(3, '0')}`, projectTitle: `Project ${i}`, status: statuses[i % 3]!, requirements: kinds[i % 3]! },
        { now: after(i * 3600) },
      );
    }
    return db;
  }

  it('pages through 50 at a time, newest first, with no row missed or repeated', async () => {
    const db = await seeded();
    const pages = [0, 1, 2].map((page) => listAssessments(db, { page }));
    expect(pages.map((p) => [p.rows.length, p.hasMore])).toEqual([
      [50, true],
      [50, true],
      [20, false],
    ]);
    const all = pages.flatMap((p) => p.rows);
    expect(new Set(all.map((r) => r.id)).size).toBe(120);
    expect(all[0]!.clientName).toBe('Client 119');
    expect(all.map((r) => r.updatedAt)).toEqual([...all.map((r) => r.updatedAt)].sort().reverse());
  });

  it('filters by status, recommended framework and date, and sorts by other columns', async () => {
    const db = await seeded();
    const finals = listAssessments(db, { status: 'final', page: 0 });
    expect(finals.rows.every((r) => r.status === 'final')).toBe(true);
    expect(countAssessments(db, { status: 'final' })).toBe(40);
    const framework = getAssessment(db, finals.rows[0]!.id)!.recommendation.recommended;
    expect(listAssessments(db, { recommended: framework }).rows.every((r) => r.recommended === framework)).toBe(true);
    const window = listAssessments(db, { updatedFrom: after(10 * 3600).toISOString(), updatedBefore: after(20 * 3600).toISOString() });
    expect(window.rows.map((r) => r.clientName)).toEqual(Array.from({ length: 10 }, (_, i) => `Client ${String(19 - i).padStart(3, '0')}`));
    const byClient = listAssessments(db, { sort: 'clientName', direction: 'asc' });
    expect(byClient.rows[0]!.clientName).toBe('Client 000');
    expect(listAssessments(db, { sort: 'status', direction: 'asc' }).rows[0]!.status).toBe('draft');
  });
});

describe('recommendation snapshots of revisions', () => {
  it('keeps none for an open revision (its proposal shows this engine’s answer) and stores the shown one when sealed', async () => {
    const { db } = await tempDatabase();
    const a = createAssessment(db, { clientName: 'Snapshot Ltd' }, { now: new Date('2026-03-01T09:00:00Z') });
    const requirements = { projectKind: 'api-service', concurrency: 'high-async', apiDocs: true } as const;
    const saved = saveAssessment(db, a.id, { requirements }, { now: new Date('2026-03-01T09:05:00Z') });
    const stored = (number: number): Buffer | null =>
      db.prepare('SELECT recommendation FROM revisions WHERE assessment_id = ? AND number = ?').pluck().get(a.id, number) as Buffer | null;
    // The first revision, made with the assessment, is open too.
    expect(stored(1)).toBeNull();
    expect(stored(saved.revision)).toBeNull();
    expect(revisionForProposal(db, a.id, saved.revision)!.recommendation).toEqual(recommend(requirements));
    sealRevision(db, a.id, saved.revision, saved.recommendation);
    expect(unpackRecommendation(stored(saved.revision)!)).toEqual(saved.recommendation);
    // A save after the seal starts a new open revision, again without a snapshot; the sealed one keeps its own.
    const next = saveAssessment(db, a.id, { notes: 'after the export' }, { now: new Date('2026-03-01T09:06:00Z') });
    expect(next.revision).toBe(saved.revision + 1);
    expect(stored(next.revision)).toBeNull();
    expect(stored(saved.revision)).not.toBeNull();
  });
});
