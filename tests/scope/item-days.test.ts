// The days that count for a framework, read and written by one rule, so an edit always moves the total it shows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS } from '../../shared/engine';
import { estimateScope } from '../../shared/scope/estimate';
import { daysFor, withDaysFor } from '../../shared/scope/item-days';
import { scopeSchema, type ScopeItem } from '../../shared/scope/schema';
import { scopeArbitrary } from '../fixtures/scopes';

const item: ScopeItem = {
  id: 'a',
  title: 'Back office',
  phase: 'Build',
  role: 'developer',
  low: 2,
  likely: 4,
  high: 6,
  byFramework: { flask: { low: 12, likely: 20, high: 30 } },
};

describe('daysFor and withDaysFor', () => {
  it('reads the framework’s own entry when there is one, else the item’s days', () => {
    expect(daysFor(item, 'flask')).toEqual({ low: 12, likely: 20, high: 30 });
    expect(daysFor(item, 'django')).toEqual({ low: 2, likely: 4, high: 6 });
    expect(daysFor(item, 'fastapi')).toEqual({ low: 2, likely: 4, high: 6 });
  });

  it('writes where it reads: the entry for Flask, the own days for Django, leaving the rest alone', () => {
    const flask = withDaysFor(item, 'flask', { low: 10, likely: 15, high: 20 });
    expect(flask.byFramework!.flask).toEqual({ low: 10, likely: 15, high: 20 });
    expect([flask.low, flask.likely, flask.high]).toEqual([2, 4, 6]);
    const django = withDaysFor(item, 'django', { low: 1, likely: 1, high: 1 });
    expect([django.low, django.likely, django.high]).toEqual([1, 1, 1]);
    expect(django.byFramework).toEqual(item.byFramework);
  });

  it('changes that framework’s total and leaves the others’ totals alone, for any scope', () => {
    fc.assert(
      fc.property(scopeArbitrary, fc.constantFrom(...FRAMEWORKS), fc.nat(), (scope, framework, pick) => {
        fc.pre(scope.items.length > 0);
        const index = pick % scope.items.length;
        const target = scope.items[index]!;
        const bumped = daysFor(target, framework);
        const high = (Math.round(bumped.high * 100) + 100) / 100; // one more day, kept to two decimals
        const next = { ...scope, items: scope.items.map((x, i) => (i === index ? withDaysFor(x, framework, { ...bumped, high }) : x)) };
        expect(scopeSchema.safeParse(next).success).toBe(true);
        expect(daysFor(next.items[index]!, framework).high).toBe(high);
        const [own, ownNext] = [estimateScope(scope, { framework }), estimateScope(next, { framework })];
        const rate = scope.rates.find((r) => r.role === target.role)!.dayRate;
        const committed = target.optional !== true && target.deferred !== true;
        // One more day at `high` for an item with a real rate must raise the top tier's high total of that framework.
        if (committed && rate >= 100) expect(ownNext.tiers.at(-1)!.high).toBeGreaterThan(own.tiers.at(-1)!.high);
        const [a, b] = [estimateScope(scope), estimateScope(next)];
        for (const other of FRAMEWORKS) {
          if (other === framework) continue;
          const untouched = daysFor(target, other);
          if (JSON.stringify(untouched) === JSON.stringify(daysFor(next.items[index]!, other)))
            expect(b.tiers.map((t) => t.byFramework[other])).toEqual(a.tiers.map((t) => t.byFramework[other]));
        }
      }),
      { numRuns: 200 },
    );
  });
});
