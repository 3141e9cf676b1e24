// Property tests over random requirements records: determinism, contract validity, flips, monotonicity, scale.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges, recommend, recommendationSchema, type Requirements } from '../../shared/engine';
import { requirementsArbitrary } from '../fixtures/arbitraries';

function margin(r: Requirements, framework: string): number {
  const ranking = recommend(r).ranking;
  const own = ranking.find((x) => x.framework === framework)!.score;
  const best = Math.max(...ranking.filter((x) => x.framework !== framework).map((x) => x.score));
  return own - best;
}

describe('recommend over random records', () => {
  it('is deterministic: the same input gives byte-identical JSON', () => {
    fc.assert(fc.property(requirementsArbitrary, (r) => JSON.stringify(recommend(r)) === JSON.stringify(recommend(structuredClone(r)))), { numRuns: 500 });
  });

  it('always produces output valid against the recommendation contract', () => {
    fc.assert(
      fc.property(requirementsArbitrary, (r) => {
        const out = recommend(r);
        expect(recommendationSchema.safeParse(out).success).toBe(true);
        expect(out.ranking[0]!.framework).toBe(out.recommended);
        expect(out.stack.framework).toBe(out.recommended);
      }),
      { numRuns: 500 },
    );
  });

  it('reports only flips that really change the winner, with the smallest sets first', () => {
    fc.assert(
      fc.property(requirementsArbitrary, (r) => {
        const out = recommend(r);
        for (const flip of out.flips) {
          for (const c of flip.changes) expect(c.from).toBe(r[c.field] ?? null);
          const flipped = recommend(applyChanges(r, flip.changes));
          expect(flipped.recommended).toBe(flip.winner);
          expect(flip.winner).not.toBe(out.recommended);
          if (flip.changes.length === 2) {
            // Minimal: neither change alone gives that winner.
            for (const c of flip.changes) expect(recommend(applyChanges(r, [c])).recommended).not.toBe(flip.winner);
          }
        }
        const sizes = out.flips.map((f) => f.changes.length);
        expect(sizes).toEqual([...sizes].sort());
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
      { numRuns: 500 },
    );
  });

  it('never changes the winner through expectedUsers alone', () => {
    fc.assert(
      fc.property(requirementsArbitrary, fc.option(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), { nil: undefined }), (r, users) => {
        const changed = { ...r, expectedUsers: users };
        if (users === undefined) delete changed.expectedUsers;
        expect(recommend(changed).recommended).toBe(recommend(r).recommended);
        expect(recommend(changed).ranking).toEqual(recommend(r).ranking);
      }),
      { numRuns: 500 },
    );
  });

  it('explains every point of every score: the reasons add up to the ranking', () => {
    fc.assert(
      fc.property(requirementsArbitrary, (r) => {
        const out = recommend(r);
        for (const { framework, score } of out.ranking) {
          const sum = out.reasons.filter((x) => x.framework === framework).reduce((a, x) => a + x.effect, 0);
          expect(sum).toBe(score);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds single-answer flips towards both other frameworks from an empty record', () => {
    const empty = recommend({});
    expect(new Set(empty.flips.map((f) => f.winner))).toEqual(new Set(['flask', 'fastapi']));
    expect(empty.flips.every((f) => f.changes.length === 1)).toBe(true);
  });
});
