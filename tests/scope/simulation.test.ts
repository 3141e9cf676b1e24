// The simulated range: ordered percentiles with P50 near the expected figure, the same numbers for the same scope, a
// range that widens early in a workshop and narrows as answers come in, and calibration that moves the range by the
// consultancy's recorded ratio. Properties run on fast-check's scopes (it prints the seed and path of any failure).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Requirements } from '../../shared/engine';
import { draftScope } from '../../shared/scope/draft';
import { estimateScope } from '../../shared/scope/estimate';
import { DEFAULT_RATE_CARD } from '../../shared/scope/schema';
import { coneStage, simulateScope } from '../../shared/scope/simulation';
import { scopeArbitrary, variedScope } from '../fixtures/scopes';

const ANSWERED: Requirements = {
  projectKind: 'saas',
  userInterface: 'server-rendered',
  auth: 'roles',
  adminPanel: true,
  dataModel: 'relational',
  teamSize: 3,
  lifetime: 'years',
  concurrency: 'typical',
};

describe('the simulated range', () => {
  it('orders P50 ≤ P80 ≤ P90 in days and price for every tier of any scope', () => {
    fc.assert(
      fc.property(
        scopeArbitrary,
        fc.constantFrom('concept', 'definition', 'requirements') satisfies fc.Arbitrary<'concept' | 'definition' | 'requirements'>,
        (scope, stage) => {
          const estimate = estimateScope(scope, { framework: 'flask', percentiles: { stage, runs: 200 } });
          for (const tier of estimate.tiers) {
            const p = tier.percentiles!;
            expect(p.p50.days).toBeLessThanOrEqual(p.p80.days);
            expect(p.p80.days).toBeLessThanOrEqual(p.p90.days);
            expect(p.p50.total).toBeLessThanOrEqual(p.p80.total);
            expect(p.p80.total).toBeLessThanOrEqual(p.p90.total);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('puts P50 within 5% of the expected (PERT) figure on a drafted scope, and P80 above it', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const estimate = estimateScope(variedScope(200, seed), { framework: 'django', percentiles: { stage: 'requirements' } });
      for (const tier of estimate.tiers) {
        const p = tier.percentiles!;
        expect(Math.abs(p.p50.days - tier.days) / tier.days, `seed ${seed} tier ${tier.tier}`).toBeLessThan(0.05);
        expect(Math.abs(p.p50.total - tier.total) / tier.total, `seed ${seed} tier ${tier.tier}`).toBeLessThan(0.05);
        expect(p.p80.days).toBeGreaterThan(tier.days);
      }
    }
  });

  it('gives the same numbers for the same scope, every time and for a copy', () => {
    fc.assert(
      fc.property(scopeArbitrary, (scope) => {
        const once = simulateScope(scope, { framework: 'fastapi', runs: 200 });
        expect(simulateScope(structuredClone(scope), { framework: 'fastapi', runs: 200 })).toEqual(once);
      }),
      { numRuns: 50 },
    );
  });

  it('widens the range early in a workshop and narrows it as answers and features come in', () => {
    expect(coneStage({})).toBe('concept');
    expect(coneStage({ projectKind: 'saas', auth: 'roles' })).toBe('concept');
    expect(coneStage(ANSWERED)).toBe('definition');
    const withFeatures: Requirements = { ...ANSWERED, features: [{ title: 'Billing', size: 'l' }] };
    expect(coneStage(withFeatures)).toBe('requirements');
    const scope = draftScope(withFeatures, DEFAULT_RATE_CARD, { framework: 'django' });
    const spread = (stage: 'concept' | 'definition' | 'requirements'): number => {
      const p = simulateScope(scope, { framework: 'django', stage }).tiers[0]!;
      return p.p90.days - p.p50.days;
    };
    expect(spread('concept')).toBeGreaterThan(spread('definition'));
    expect(spread('definition')).toBeGreaterThan(spread('requirements'));
  });

  it('calibrates by the recorded ratio: three projects at 1.3 move P50 and P80 by 1.3; fewer than three, no calibration', () => {
    const scope = variedScope(60, 9);
    const plain = simulateScope(scope, { framework: 'django' });
    expect(simulateScope(scope, { framework: 'django', ratios: [1.3, 1.3] }).calibration).toBeUndefined();
    const { calibration } = simulateScope(scope, { framework: 'django', ratios: [1.3, 1.3, 1.3] });
    const top = plain.tiers.at(-1)!;
    expect(calibration).toMatchObject({ projects: 3, ratio: 1.3 });
    for (const p of ['p50', 'p80'] as const) {
      expect(calibration![p].days).toBeCloseTo(top[p].days * 1.3, 1);
      expect(Math.abs(calibration![p].total - top[p].total * 1.3)).toBeLessThanOrEqual(2);
    }
  });

  it('calibrates any record: the range moves between its smallest and largest ratio, the ratio is its median', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 30, max: 400 }), { minLength: 3, maxLength: 20 }), (hundredths) => {
        const ratios = hundredths.map((h) => h / 100);
        const scope = variedScope(30, 3);
        const top = simulateScope(scope, { framework: 'flask', runs: 300 }).tiers.at(-1)!;
        const c = simulateScope(scope, { framework: 'flask', runs: 300, ratios }).calibration!;
        const sorted = [...ratios].sort((a, b) => a - b);
        expect(c.p50.days).toBeGreaterThanOrEqual(top.p50.days * sorted[0]! * 0.5);
        expect(c.p80.days).toBeLessThanOrEqual(top.p90.days * sorted.at(-1)! * 1.5);
        expect(c.p50.days).toBeLessThanOrEqual(c.p80.days);
        const mid = sorted.length % 2 === 1 ? sorted[sorted.length >> 1]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
        expect(Math.abs(c.ratio - mid)).toBeLessThanOrEqual(0.005 + 1e-9); // two decimals
      }),
      { numRuns: 60 },
    );
  });

  it('calibrates the same record the same way whatever order its ratios come in (devices hold them in different orders)', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.integer({ min: 30, max: 400 }), { minLength: 3, maxLength: 12 })
          .chain((hundredths) =>
            fc.tuple(fc.constant(hundredths), fc.shuffledSubarray(hundredths, { minLength: hundredths.length, maxLength: hundredths.length })),
          ),
        ([hundredths, shuffled]) => {
          const scope = variedScope(30, 3);
          const calibrated = (h: number[]) => simulateScope(scope, { framework: 'flask', runs: 300, ratios: h.map((x) => x / 100) }).calibration;
          expect(calibrated(shuffled)).toEqual(calibrated(hundredths));
        },
      ),
      { numRuns: 60 },
    );
  });
});
