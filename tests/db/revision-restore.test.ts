// Restoring an old revision makes a new one (nothing lost), the proposal of any revision can be rendered, and a new
// assessment nobody touched is discarded while anything typed is kept.
import { describe, expect, it } from 'vitest';

import { createAssessment, discardIfUntouched, getAssessment, listRevisions, restoreRevision, saveAssessment } from '../../db';
import { renderAssessmentProposal } from '../../electron/api/proposal-export';
import { tempDatabase } from './temp';

const t0 = new Date('2025-06-01T09:00:00.000Z');
const later = (minutes: number): Date => new Date(t0.getTime() + minutes * 60_000);

describe('restoring a revision', () => {
  it('makes an old revision current as a new revision and keeps every revision before it', async () => {
    const { db } = await tempDatabase();
    const { id } = createAssessment(db, { clientName: 'Fundación Niños', requirements: { projectKind: 'web-app' }, notes: 'first' }, { now: t0 });
    saveAssessment(db, id, { requirements: { projectKind: 'api-service', concurrency: 'realtime' }, notes: 'second' }, { now: later(5) });
    // Within the same minute: the open revision would normally absorb this save; a restore must not overwrite it.
    const restored = restoreRevision(db, id, 1, { now: later(5.2) });
    expect(restored.revision).toBe(3);
    expect(restored.requirements).toEqual({ projectKind: 'web-app' });
    expect(restored.notes).toBe('first');
    const revisions = listRevisions(db, id);
    expect(revisions.map((r) => r.number)).toEqual([1, 2, 3]);
    expect(revisions[1]!.notes).toBe('second');
    expect(revisions[1]!.requirements).toEqual({ projectKind: 'api-service', concurrency: 'realtime' });
    expect(getAssessment(db, id)!.recommendation.recommended).toBe(restored.recommendation.recommended);
  });

  it('refuses an unknown revision by name and writes nothing', async () => {
    const { db } = await tempDatabase();
    const { id } = createAssessment(db, { clientName: 'Acme' }, { now: t0 });
    expect(() => restoreRevision(db, id, 9)).toThrow(/no revision 9/);
    expect(listRevisions(db, id)).toHaveLength(1);
  });

  it('renders the client proposal of an old revision with that revision\u2019s answers', async () => {
    const { db } = await tempDatabase();
    const { id } = createAssessment(db, { clientName: 'Acme', projectTitle: 'Old title' }, { now: t0 });
    saveAssessment(db, id, { projectTitle: 'New title' }, { now: later(5) });
    const old = await renderAssessmentProposal(db, id, { revision: 1 });
    expect(old.revision).toBe(1);
    expect(old.suggestedName).toContain('Old title');
    await expect(renderAssessmentProposal(db, id, { revision: 7 })).rejects.toThrow(/no revision 7/);
  });
});

describe('discarding an untouched new assessment', () => {
  it('deletes it for good when nothing was changed', async () => {
    const { db } = await tempDatabase();
    const { id } = createAssessment(db, { consultant: 'Ana' }, { now: t0 });
    expect(discardIfUntouched(db, id)).toBe(true);
    expect(getAssessment(db, id)).toBeNull();
    expect(db.prepare('SELECT count(*) FROM revisions').pluck().get()).toBe(0);
  });

  it('keeps it once anything was typed, even if it was cleared again', async () => {
    const { db } = await tempDatabase();
    const typed = createAssessment(db, {}, { now: t0 });
    saveAssessment(db, typed.id, { clientName: 'A' }, { now: later(1) });
    expect(discardIfUntouched(db, typed.id)).toBe(false);
    const cleared = createAssessment(db, {}, { now: t0 });
    saveAssessment(db, cleared.id, { notes: 'x' }, { now: later(1) });
    saveAssessment(db, cleared.id, { notes: '' }, { now: later(3) });
    expect(discardIfUntouched(db, cleared.id)).toBe(false);
    expect(getAssessment(db, typed.id)).not.toBeNull();
    expect(getAssessment(db, cleared.id)).not.toBeNull();
  });
});
