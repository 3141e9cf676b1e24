// Property tests of the estimate over random valid scopes: sums, monotone tiers, add-ons and deferred items outside
// every total, rate doubling, item order, determinism, and agreement with an independent exact-rational oracle.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS } from '../../shared/engine';
import { estimateScope, type Estimate } from '../../shared/scope/estimate';
import { estimateContractSchema } from '../../shared/scope/estimate-contract';
import { scopeSchema, type Scope } from '../../shared/scope/schema';
import { itemArbitrary, scopeArbitrary, variedScope } from '../fixtures/scopes';

const runs = { numRuns: 300 };

/** Half away from zero on an exact fraction num/den (den > 0), written differently from the engine's on purpose. */
function oracleRound(num: bigint, den: bigint): bigint {
  const sign = num < 0n ? -1n : 1n;
  const abs = num < 0n ? -num : num;
  return sign * ((2n * abs + den) / (2n * den));
}

/** Tier totals recomputed from the contract's formula with BigInt rationals, from the raw scope. */
function oracleTotals(scope: Scope, framework: (typeof FRAMEWORKS)[number]): bigint[] {
  const cents = (x: number): bigint => BigInt(Math.round(x * 100));
  const rate = new Map(scope.rates.map((r) => [r.role, BigInt(r.dayRate)]));
  return scope.tiers.map((_, k) => {
    let build = 0n;
    for (const item of scope.items) {
      if (item.optional === true || item.deferred === true || (item.tier ?? 1) > k + 1) continue;
      const p = item.byFramework?.[framework] ?? item;
      build += oracleRound((cents(p.low) + 4n * cents(p.likely) + cents(p.high)) * rate.get(item.role)!, 600n);
    }
    const pm = oracleRound(build * cents(scope.pmPercent), 10000n);
    const qa = oracleRound(build * cents(scope.qaPercent), 10000n);
    const contingency = oracleRound((build + pm + qa) * cents(scope.contingencyPercent), 10000n);
    return build + pm + qa + contingency;
  });
}

/** The tiers without their phase lists (whose order follows the items by design). */
const tierNumbers = (e: Estimate): unknown => e.tiers.map(({ phases: _phases, ...rest }) => rest);

describe('estimateScope over random scopes', () => {
  it('only ever sees valid scopes from the arbitrary and the benchmark generator', () => {
    fc.assert(
      fc.property(scopeArbitrary, (scope) => scopeSchema.safeParse(scope).success),
      { numRuns: 100 },
    );
    for (const seed of [1, 2, 3, 4, 5]) expect(scopeSchema.safeParse(variedScope(200, seed)).error).toBeUndefined();
  });

  it('agrees with an exact BigInt oracle of the formula, for every tier and framework', () => {
    fc.assert(
      fc.property(scopeArbitrary, (scope) => {
        const estimate = estimateScope(scope);
        for (const f of FRAMEWORKS) expect(estimate.tiers.map((t) => BigInt(t.byFramework[f]))).toEqual(oracleTotals(scope, f));
      }),
      runs,
    );
  });

  it('makes every total the sum of its printed parts, and build the sum of its lines and of its phases', () => {
    fc.assert(
      fc.property(scopeArbitrary, (scope) => {
        const estimate = estimateScope(scope);
        expect(estimateContractSchema.safeParse(JSON.parse(JSON.stringify(estimate))).error).toBeUndefined();
        for (const tier of estimate.tiers) {
          expect(tier.total).toBe(tier.build + tier.pm + tier.qa + tier.contingency);
          const lines = estimate.lines.filter((l) => l.status === 'included' && l.tier <= tier.tier);
          expect(tier.build).toBe(lines.reduce((s, l) => s + l.price, 0));
          expect(tier.build).toBe(tier.phases.reduce((s, p) => s + p.price, 0));
          expect(tier.phases.reduce((s, p) => s + Math.round(p.days * 100), 0)).toBe(Math.round(tier.buildDays * 100));
          expect(tier.days * 100).toBeCloseTo(
            Math.round(tier.buildDays * 100) + Math.round(tier.pmDays * 100) + Math.round(tier.qaDays * 100) + Math.round(tier.contingencyDays * 100),
            6,
          );
          expect(tier.byFramework[estimate.framework]).toBe(tier.total);
          for (const value of [tier.build, tier.pm, tier.qa, tier.contingency, tier.total, tier.low, tier.high]) expect(Number.isSafeInteger(value)).toBe(true);
          expect(Number((tier.days * 100).toFixed(6)) % 1).toBe(0);
          expect(tier.low).toBeLessThanOrEqual(tier.total);
          expect(tier.total).toBeLessThanOrEqual(tier.high);
        }
      }),
      runs,
    );
  });

  it('never lets a higher tier cost or take less than a lower one', () => {
    fc.assert(
      fc.property(scopeArbitrary, (scope) => {
        const tiers = estimateScope(scope).tiers;
        for (let k = 1; k < tiers.length; k++) {
          const [a, b] = [tiers[k - 1]!, tiers[k]!];
          for (const key of ['build', 'pm', 'qa', 'contingency', 'total', 'low', 'high', 'days', 'weeks'] as const)
            expect(b[key]).toBeGreaterThanOrEqual(a[key]);
          for (const f of FRAMEWORKS) expect(b.byFramework[f]).toBeGreaterThanOrEqual(a.byFramework[f]);
        }
      }),
      runs,
    );
  });

  it('leaves every total unchanged when optional or deferred items are added', () => {
    fc.assert(
      fc.property(
        scopeArbitrary.chain((scope) =>
          fc.tuple(
            fc.constant(scope),
            fc.array(
              itemArbitrary(
                scope.rates.map((r) => r.role),
                scope.tiers.length,
              ).chain((item) => fc.constantFrom({ ...item, optional: true }, { ...item, deferred: true }, { ...item, optional: true, deferred: true })),
              { minLength: 1, maxLength: 5 },
            ),
          ),
        ),
        ([scope, extra]) => {
          const more = { ...scope, items: [...scope.items, ...extra.map((item, i) => ({ ...item, id: `extra-${i}` }))] };
          const before = estimateScope(scope);
          const after = estimateScope(more);
          expect(after.tiers).toEqual(before.tiers);
          expect(after.phases).toEqual(before.phases);
          expect(after.addOns.length).toBe(before.addOns.length + extra.filter((x) => x.deferred !== true).length);
        },
      ),
      runs,
    );
  });

  it('doubles every line price to within one minor unit when every rate doubles, and each total within the bound that follows', () => {
    fc.assert(
      fc.property(scopeArbitrary, (scope) => {
        const doubled = { ...scope, rates: scope.rates.map((r) => ({ ...r, dayRate: r.dayRate * 2 })) };
        const [a, b] = [estimateScope(scope), estimateScope(doubled)];
        a.lines.forEach((line, i) => {
          const doubledPrice = b.lines[i]!.price;
          expect(Math.abs(doubledPrice - 2 * line.price)).toBeLessThanOrEqual(1);
          // round(2x) − 2·round(x) follows from the fraction f of x = E × rate: +1 for f in [¼, ½), −1 for f in [½, ¾), else 0.
          // So a line doubles exactly when f is below a quarter or at least three quarters (always when E × rate is whole).
          const sixE = Math.round(line.low * 100) + 4 * Math.round(line.likely * 100) + Math.round(line.high * 100);
          const rest = (sixE * line.dayRate) % 600;
          const drift = rest >= 150 && rest < 300 ? 1 : rest >= 300 && rest < 450 ? -1 : 0;
          if (line.status !== 'deferred') expect(doubledPrice - 2 * line.price).toBe(drift);
        });
        const [p, q, c] = [scope.pmPercent / 100, scope.qaPercent / 100, scope.contingencyPercent / 100];
        a.tiers.forEach((tier, k) => {
          const n = a.lines.filter((l) => l.status === 'included' && l.tier <= tier.tier).length;
          expect(Math.abs(b.tiers[k]!.build - 2 * tier.build)).toBeLessThanOrEqual(n);
          // build is off by at most n; each percentage then adds its share of that plus its own two roundings.
          const bound = (n * (1 + p + q) + 3) * (1 + c) + 1.5;
          expect(Math.abs(b.tiers[k]!.total - 2 * tier.total)).toBeLessThanOrEqual(bound);
        });
      }),
      runs,
    );
  });

  it('keeps every total within one minor unit per line of double when there are no percentages', () => {
    fc.assert(
      fc.property(scopeArbitrary, (raw) => {
        const scope = { ...raw, pmPercent: 0, qaPercent: 0, contingencyPercent: 0 };
        const doubled = { ...scope, rates: scope.rates.map((r) => ({ ...r, dayRate: r.dayRate * 2 })) };
        const [a, b] = [estimateScope(scope), estimateScope(doubled)];
        a.tiers.forEach((tier, k) => {
          const n = a.lines.filter((l) => l.status === 'included' && l.tier <= tier.tier).length;
          expect(Math.abs(b.tiers[k]!.total - 2 * tier.total)).toBeLessThanOrEqual(n);
        });
      }),
      runs,
    );
  });

  it('does not depend on the order of the items (only the phase order follows first appearance)', () => {
    fc.assert(
      fc.property(
        scopeArbitrary.chain((scope) => fc.tuple(fc.constant(scope), fc.shuffledSubarray(scope.items, { minLength: scope.items.length }))),
        ([scope, shuffled]) => {
          const [a, b] = [estimateScope(scope), estimateScope({ ...scope, items: shuffled })];
          expect(tierNumbers(b)).toEqual(tierNumbers(a));
          const byName = (e: Estimate): unknown => [...e.phases].sort((x, y) => x.name.localeCompare(y.name));
          expect(byName(b)).toEqual(byName(a));
          const sorted = (e: Estimate): unknown => [...e.addOns].sort((x, y) => x.id.localeCompare(y.id));
          expect(sorted(b)).toEqual(sorted(a));
        },
      ),
      runs,
    );
  });

  it('is deterministic: the same scope and options give byte-identical JSON, and the scope is not modified', () => {
    fc.assert(
      fc.property(scopeArbitrary, fc.constantFrom(...FRAMEWORKS), fc.integer({ min: 1, max: 20 }), (scope, framework, teamSize) => {
        const copy = structuredClone(scope);
        const first = JSON.stringify(estimateScope(scope, { framework, teamSize }));
        expect(JSON.stringify(estimateScope(copy, { framework, teamSize }))).toBe(first);
        expect(copy).toEqual(scope);
      }),
      runs,
    );
  });
});
