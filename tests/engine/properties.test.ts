// Property tests over random requirements records: determinism, contract validity, evidence-only confidence, ties,
// flips and open questions verified by re-scoring, monotonicity and scale.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges, FIXED_FIELDS, QUESTIONS, recommend, recommendationSchema, score, type Requirements } from '../../shared/engine';
import { requirementsArbitrary } from '../fixtures/arbitraries';

function margin(r: Requirements, framework: string): number {
  const ranking = recommend(r).ranking;
  const own = ranking.find((x) => x.framework === framework)!.score;
  const best = Math.max(...ranking.filter((x) => x.framework !== framework).map((x) => x.score));
  return own - best;
}

/** One more answer for a random record: a question and one of its values (numbers across every band). */
const extraAnswer = fc.constantFrom(...QUESTIONS).chain((q) => {
  const value: fc.Arbitrary<unknown> =
    q.kind === 'boolean'
      ? fc.boolean()
      : q.kind === 'choice'
        ? fc.constantFrom(...q.options.map((o) => o.value))
        : fc.integer({ min: q.min, max: Math.min(q.max, 10_000) });
  return value.map((v) => ({ field: q.field, value: v }));
});

describe('recommend over random records', () => {
  it('is deterministic: the same input gives byte-identical JSON', () => {
    fc.assert(
      fc.property(requirementsArbitrary, (r) => JSON.stringify(recommend(r)) === JSON.stringify(recommend(structuredClone(r)))),
      { numRuns: 300 },
    );
  });

  it('always produces output valid against the recommendation contract', () => {
    fc.assert(
      fc.property(requirementsArbitrary, (r) => {
        const out = recommend(r);
        expect(recommendationSchema.safeParse(out).success).toBe(true);
        expect(out.ranking[0]!.framework).toBe(out.recommended);
        expect(out.stack.framework).toBe(out.recommended);
      }),
      { numRuns: 300 },
    );
  });

  it('never lets an answer that moves no score change the confidence', () => {
    fc.assert(
      fc.property(requirementsArbitrary, extraAnswer, (r, { field, value }) => {
        const before = { ...r };
        delete (before as Record<string, unknown>)[field];
        const after = { ...before, [field]: value } as Requirements;
        const a = score(before);
        const b = score(after);
        fc.pre(a.django === b.django && a.flask === b.flask && a.fastapi === b.fastapi);
        expect(recommend(after).confidence).toBe(recommend(before).confidence);
        expect(recommend(after).recommended).toBe(recommend(before).recommended);
      }),
      { numRuns: 1000 },
    );
  });

  it('always reports a tie as a tie: the level frameworks named, confidence low, the tie-break stated', () => {
    fc.assert(
      fc.property(requirementsArbitrary, (r) => {
        const out = recommend(r);
        const top = out.ranking[0]!.score;
        const level = out.ranking
          .slice(1)
          .filter((x) => x.score === top)
          .map((x) => x.framework);
        expect(out.tiedWith).toEqual(level);
        if (level.length > 0) {
          expect(out.confidence).toBe('low');
          expect(out.margin).toBe(0);
          expect(out.tieBreak).toContain('level');
        } else expect(out.tieBreak).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('reports only flips that really make another framework win outright, nearest first, at most five, never redefining the project', () => {
    fc.assert(
      fc.property(requirementsArbitrary, (r) => {
        const out = recommend(r);
        expect(out.flips.length).toBeLessThanOrEqual(5);
        expect(out.robust).toBe(out.flips.length === 0);
        expect(out.robustNote === null).toBe(!out.robust);
        for (const flip of out.flips) {
          for (const c of flip.changes) {
            expect(FIXED_FIELDS).not.toContain(c.field);
            expect(c.from).toBe(r[c.field] ?? null);
          }
          const flipped = recommend(applyChanges(r, flip.changes));
          expect(flipped.recommended).toBe(flip.winner);
          expect(flipped.tiedWith).toEqual([]);
          expect(flip.winner).not.toBe(out.recommended);
          if (flip.changes.length === 2) {
            // Minimal: neither change alone makes that framework win outright.
            for (const c of flip.changes) {
              const alone = recommend(applyChanges(r, [c]));
              expect(alone.recommended === flip.winner && alone.tiedWith.length === 0).toBe(false);
            }
          }
        }
        const sizes = out.flips.map((f) => f.changes.length);
        expect(sizes).toEqual([...sizes].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('lists only open questions whose answers do what they promise, each able to change the winner or the confidence', () => {
    fc.assert(
      fc.property(requirementsArbitrary, (r) => {
        const out = recommend(r);
        for (const q of out.openQuestions) {
          expect(r[q.field]).toBeUndefined();
          let matters = false;
          for (const answer of q.answers) {
            const next = recommend({ ...r, [q.field]: answer.value } as Requirements);
            expect({ winner: next.recommended, confidence: next.confidence }).toEqual({ winner: answer.winner, confidence: answer.confidence });
            if (answer.winner !== out.recommended || answer.confidence !== out.confidence) matters = true;
          }
          expect(matters).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('suggests servers that fit: Channels only with an ASGI server, never Celery for concurrency', () => {
    fc.assert(
      fc.property(requirementsArbitrary, (r) => {
        const names = recommend(r).stack.components.map((c) => c.name);
        if (names.includes('Django Channels')) expect(names).toContain('Daphne');
        if (names.includes('Django Channels')) expect(names).not.toContain('Gunicorn');
        if (names.includes('FastAPI')) expect(names).toContain('Uvicorn');
        expect(names.join(' ')).not.toMatch(/Celery/);
      }),
      { numRuns: 300 },
    );
  });

  it('never lowers Django’s margin when a Django-favouring need is added', () => {
    const needs: Partial<Requirements>[] = [{ adminPanel: true }, { auth: 'roles' }, { dataModel: 'complex' }];
    fc.assert(
      fc.property(requirementsArbitrary, fc.constantFrom(...needs), (r, need) => {
        expect(margin({ ...r, ...need }, 'django')).toBeGreaterThanOrEqual(margin(r, 'django'));
      }),
      { numRuns: 300 },
    );
  });

  it('never changes the winner, scores or confidence through expectedUsers alone', () => {
    fc.assert(
      fc.property(requirementsArbitrary, fc.option(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), { nil: undefined }), (r, users) => {
        const changed = { ...r, expectedUsers: users };
        if (users === undefined) delete changed.expectedUsers;
        const a = recommend(changed);
        const b = recommend(r);
        expect([a.recommended, a.confidence]).toEqual([b.recommended, b.confidence]);
        expect(a.ranking).toEqual(b.ranking);
      }),
      { numRuns: 300 },
    );
  });

  it('explains every point of every score: the reasons add up to the ranking', () => {
    fc.assert(
      fc.property(requirementsArbitrary, (r) => {
        const out = recommend(r);
        for (const { framework, score: total } of out.ranking) {
          const sum = out.reasons.filter((x) => x.framework === framework).reduce((a, x) => a + x.effect, 0);
          expect(sum).toBe(total);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('from an empty record: a three-way tie, with single-answer flips towards each framework', () => {
    const empty = recommend({});
    expect(empty.tiedWith).toEqual(['flask', 'fastapi']);
    expect(new Set(empty.flips.map((f) => f.winner))).toEqual(new Set(['flask', 'fastapi']));
    expect(empty.flips.every((f) => f.changes.length === 1)).toBe(true);
    expect(empty.openQuestions.length).toBeGreaterThan(0);
  });
});
