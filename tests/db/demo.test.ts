// Demo data: realistic and varied (scripts, statuses, frameworks, revisions), reproducible for a seed, batched.
import { describe, expect, it } from 'vitest';
import { checkDatabase, countAssessments, demoAssessments, insertDemoAssessments, listAssessments, listClients } from '../../db';
import { tempDatabase } from './temp';

describe('demo data', () => {
  it('writes varied assessments in batches, reporting progress, and leaves a sound database', async () => {
    const { db } = await tempDatabase();
    const progress: number[] = [];
    const ids = insertDemoAssessments(db, { count: 1200, seed: 7, batchSize: 500, onProgress: (written) => progress.push(written) });
    expect(ids).toHaveLength(1200);
    expect(progress).toEqual([500, 1000, 1200]);
    expect(countAssessments(db)).toBe(1200);
    for (const status of ['draft', 'final', 'sent'] as const) expect(countAssessments(db, { status })).toBeGreaterThan(50);
    for (const recommended of ['django', 'flask', 'fastapi'] as const) expect(countAssessments(db, { recommended })).toBeGreaterThan(20);
    const names = listClients(db)
      .map((c) => c.name)
      .join(' ');
    for (const script of [
      /\p{Script=Latin}/u,
      /\p{Script=Cyrillic}/u,
      /\p{Script=Greek}/u,
      /\p{Script=Han}/u,
      /\p{Script=Hangul}/u,
      /\p{Script=Arabic}/u,
      /[À-ž]/u,
    ])
      expect(names).toMatch(script);
    expect(listClients(db).every((c) => c.contactPerson !== '' && c.industry !== '')).toBe(true);
    const revisions = db.prepare('SELECT max(revision) AS most, count(DISTINCT revision) AS kinds FROM assessments').get() as { most: number; kinds: number };
    expect(revisions.most).toBeGreaterThan(1);
    expect(listAssessments(db, { search: 'zoe' }).rows.length).toBeGreaterThan(0);
    expect(checkDatabase(db).ok).toBe(true);
    db.close();
  });

  it('gives the same data for the same seed and time', () => {
    const now = new Date('2025-01-01T00:00:00Z');
    const a = demoAssessments(3, now);
    const b = demoAssessments(3, now);
    for (let i = 0; i < 20; i++) expect(a()).toEqual(b());
  });

  it('answers every question somewhere, and leaves some unanswered', () => {
    const next = demoAssessments(11, new Date());
    const samples = Array.from({ length: 300 }, () => next().fields.requirements as Record<string, unknown>);
    for (const field of [
      'projectKind',
      'userInterface',
      'auth',
      'adminPanel',
      'dataModel',
      'teamSize',
      'teamExperience',
      'teamTurnover',
      'lifetime',
      'architecture',
      'concurrency',
      'apiDocs',
      'minimalDependencies',
      'expectedUsers',
      'existingFramework',
    ]) {
      expect(
        samples.some((s) => s[field] !== undefined),
        field,
      ).toBe(true);
      expect(
        samples.some((s) => s[field] === undefined),
        field,
      ).toBe(true);
    }
  });
});
