// Property tests over random requirements records: determinism, contract validity, evidence-only confidence, ties,
// flips and open questions verified by re-scoring, monotonicity and scale; generic answers, extensions, contradictions
// and plausible flips (engine 3). fast-check prints the seed and the shrunk record of any failure, to replay it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { applyChanges, FIXED_FIELDS, isAsked, QUESTIONS, recommend, recommendationSchema, type Requirements, score } from '../../shared/engine';
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
        const after = { ...before, [field]: value };
        const a = score(before);
        const b = score(after);
        fc.pre(a.django === b.django && a.flask === b.flask && a.fastapi === b.fastapi);
        // An answer that makes others contradict it lowers the confidence on purpose (the next property).
        fc.pre(recommend(after).contradictions.length === recommend(before).contradictions.length);
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
          expect(isAsked(q.field, r), q.field).toBe(true);
          let matters = false;
          for (const answer of q.answers) {
            const next = recommend({ ...r, [q.field]: answer.value });
            expect({ winner: next.recommended, confidence: next.confidence }).toEqual({ winner: answer.winner, confidence: answer.confidence });
            if (answer.winner !== out.recommended || answer.confidence !== out.confidence) matters = true;
          }
          expect(matters).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('suggests servers and services that fit: Channels with an ASGI server and Redis, a task queue exactly when background work appears, login packages only beside a database', () => {
    fc.assert(
      fc.property(requirementsArbitrary, (r) => {
        const names = recommend(r).stack.components.map((c) => c.name);
        if (names.includes('Django Channels')) expect(names).toContain('Daphne');
        if (names.includes('Django Channels')) expect(names).not.toContain('Gunicorn');
        if (names.includes('channels-redis') || names.includes('Celery') || names.includes('Flask-SocketIO')) expect(names).toContain('Redis');
        if (names.includes('Django') && recommend(r).stack.components[0]!.version === '5.2 LTS')
          expect(JSON.stringify(recommend(r).stack)).not.toMatch(/tasks framework/);
        if (names.includes('FastAPI')) expect(names).toContain('Uvicorn');
        const background = r.mlWork === 'data-pipelines' || ['ecommerce', 'saas', 'data-tool'].includes(r.projectKind ?? '');
        expect(names.includes('Celery')).toBe(background);
        if (names.some((n) => ['pwdlib', 'Flask-Login', 'Flask-Security-Too', 'SQLAdmin', 'Flask-Admin'].includes(n))) expect(names).toContain('PostgreSQL');
      }),
      { numRuns: 300 },
    );
  });

  it('never reaches high confidence on generic answers alone', () => {
    // Answers true of nearly every long-lived web project, which all three frameworks serve alike.
    const generic = fc.record(
      {
        projectKind: fc.constantFrom('web-app', 'other'),
        userInterface: fc.constant('server-rendered'),
        lifetime: fc.constantFrom('months', 'years'),
        architecture: fc.constant('monolith'),
        teamExperience: fc.constant('mixed'),
        teamTurnover: fc.constant('low'),
        teamSize: fc.integer({ min: 3, max: 4 }),
        concurrency: fc.constant('typical'),
        existingFramework: fc.constant('none'),
        mlWork: fc.constant('none'),
        regulatedData: fc.constant(false),
        minimalDependencies: fc.constant(false),
        expectedUsers: fc.integer({ min: 0, max: 1_000_000 }),
      },
      { requiredKeys: [] },
    ) as fc.Arbitrary<Requirements>;
    fc.assert(
      fc.property(generic, (r) => {
        expect(recommend(r).confidence).not.toBe('high');
      }),
      { numRuns: 500 },
    );
  });

  it('never recommends leaving a codebase the work extends quietly: the rewrite is a trade-off and confidence is never high', () => {
    // Random records, some pulled hard towards Django with the needs that favour it most, so that a switch happens at all.
    const pull = fc.subarray([
      { projectKind: 'saas' },
      { auth: 'roles' },
      { adminPanel: true },
      { dataModel: 'complex' },
      { teamExperience: 'beginner' },
      { teamTurnover: 'high' },
      { teamSize: 9 },
      { regulatedData: true },
      { userInterface: 'server-rendered' },
    ] as Requirements[]);
    const extending = fc.tuple(requirementsArbitrary, pull, fc.constantFrom('django', 'flask', 'fastapi')).map(([r, needs, existing]) => ({
      ...r,
      ...Object.assign({}, ...needs),
      existingFramework: existing,
      extendingExisting: true,
    })) as fc.Arbitrary<Requirements>;
    let switched = 0;
    fc.assert(
      fc.property(extending, (r) => {
        const out = recommend(r);
        const rewrite = out.tradeOffs.filter((t) => t.factor === 'extendingExisting');
        if (out.recommended === r.existingFramework) {
          expect(rewrite).toEqual([]);
          return;
        }
        switched++;
        expect(out.confidence).not.toBe('high');
        expect(rewrite).toHaveLength(1);
        expect(rewrite[0]!.text).toMatch(/rewrite/);
      }),
      { numRuns: 2000 },
    );
    // The property is not empty: some random records do leave the running framework.
    expect(switched).toBeGreaterThan(0);
  });

  it('lowers the confidence by at least one step for answers that contradict each other', () => {
    fc.assert(
      fc.property(requirementsArbitrary, (r) => {
        const out = recommend(r);
        if (out.contradictions.length === 0) return;
        expect(out.confidence).not.toBe('high');
        expect(out.confidenceBasis.join(' ')).toMatch(/contradict/);
        for (const c of out.contradictions) for (const field of c.fields) expect(r[field], c.text).not.toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('offers only plausible flips the rules connect to the new winner: never the project’s kind, the running codebase or an "unusual" architecture', () => {
    fc.assert(
      fc.property(requirementsArbitrary, (r) => {
        const out = recommend(r);
        const before = Object.fromEntries(out.ranking.map((x) => [x.framework, x.score])) as Record<string, number>;
        for (const flip of out.flips) {
          for (const c of flip.changes) {
            expect(['projectKind', 'mlWork', 'existingFramework', 'extendingExisting']).not.toContain(c.field);
            expect(c.to).not.toBe('unconventional');
          }
          const after = Object.fromEntries(recommend(applyChanges(r, flip.changes)).ranking.map((x) => [x.framework, x.score])) as Record<string, number>;
          // The new winner gains points of its own, and gains on the old one.
          expect(after[flip.winner]!).toBeGreaterThan(before[flip.winner]!);
          expect(after[flip.winner]! - after[out.recommended]!).toBeGreaterThan(before[flip.winner]! - before[out.recommended]!);
        }
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
