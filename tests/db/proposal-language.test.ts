// The assessment's proposalLanguage in the database: saved and read back, kept in every revision, English stored as
// absent (so revisions from before keep their identity), carried by bundles, and ignored by an older schema without
// its column (migration 016), which keeps every proposal in English.
import { describe, expect, it } from 'vitest';

import { createAssessment, exportBundle, getAssessment, importBundle, listRevisions, saveAssessment } from '../../db';
import { assessmentFieldsSchema } from '../../shared/assessment';
import { tempDatabase } from './temp';

const t0 = new Date('2026-03-02T09:00:00.000Z');
const later = (minutes: number): Date => new Date(t0.getTime() + minutes * 60_000);

describe('proposalLanguage', () => {
  it('is saved, read back and kept in each revision; English is stored as absent', async () => {
    const { db } = await tempDatabase();
    const { id } = createAssessment(db, { clientName: 'Siam Freight', proposalLanguage: 'th' }, { now: t0 });
    expect(getAssessment(db, id)!.proposalLanguage).toBe('th');
    saveAssessment(db, id, { proposalLanguage: 'de' }, { now: later(5) });
    saveAssessment(db, id, { notes: 'A save that leaves the language alone.' }, { now: later(10) });
    expect(getAssessment(db, id)!.proposalLanguage).toBe('de');
    saveAssessment(db, id, { proposalLanguage: 'en' }, { now: later(15) });
    const english = getAssessment(db, id)!;
    expect(english.proposalLanguage).toBeUndefined();
    expect(db.prepare('SELECT proposal_language FROM assessments WHERE id = ?').pluck().get(id)).toBeNull();
    expect(listRevisions(db, id).map((r) => r.fields.proposalLanguage)).toEqual(['th', 'de', 'de', undefined]);
  });

  it('travels in a bundle and comes back the same', async () => {
    const { db: office } = await tempDatabase();
    const { db: laptop } = await tempDatabase();
    const { id } = createAssessment(office, { clientName: 'Boulangerie Dubois', proposalLanguage: 'fr' }, { now: t0 });
    const bundle = JSON.parse(JSON.stringify(exportBundle(office, [id]))) as ReturnType<typeof exportBundle>;
    expect(bundle.assessments[0]!.proposalLanguage).toBe('fr');
    expect(importBundle(laptop, bundle).added).toEqual([id]);
    expect(getAssessment(laptop, id)!.proposalLanguage).toBe('fr');
    // A later change on one side fast-forwards the other.
    saveAssessment(office, id, { proposalLanguage: 'nl' }, { now: later(30) });
    expect(importBundle(laptop, exportBundle(office, [id])).updated).toEqual([id]);
    expect(getAssessment(laptop, id)!.proposalLanguage).toBe('nl');
  });

  it('refuses a tag that is not a proposal language, naming the field', () => {
    const parsed = assessmentFieldsSchema.partial().safeParse({ proposalLanguage: 'klingon' });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path).toEqual(['proposalLanguage']);
  });

  it('is ignored by a database still at schema 15, which keeps writing English proposals', async () => {
    const { db } = await tempDatabase({ targetVersion: 15 });
    const { id } = createAssessment(db, { clientName: 'Old Schema Ltd', proposalLanguage: 'de' }, { now: t0 });
    saveAssessment(db, id, { proposalLanguage: 'fr', notes: 'still saved' }, { now: later(5) });
    const saved = getAssessment(db, id)!;
    expect(saved.notes).toBe('still saved');
    expect(saved.proposalLanguage).toBeUndefined();
  });
});
