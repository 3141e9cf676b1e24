// What the framework choice costs: per-tier day and money differences against the estimate's framework, and their wording.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeFrameworkDelta, frameworkCostDelta } from '../../shared/scope/compare';
import { estimateScope } from '../../shared/scope/estimate';
import { DEFAULT_RATE_CARD, emptyScope, type Scope } from '../../shared/scope/schema';
import { scopeArbitrary } from '../fixtures/scopes';

const scope: Scope = {
  ...emptyScope(DEFAULT_RATE_CARD),
  pmPercent: 0,
  qaPercent: 0,
  contingencyPercent: 0,
  items: [
    {
      id: 'admin',
      title: 'Back office',
      phase: 'Build',
      role: 'developer',
      low: 4,
      likely: 4,
      high: 4,
      byFramework: { flask: { low: 16, likely: 16, high: 16 }, fastapi: { low: 14, likely: 14, high: 14 } },
    },
    {
      id: 'docs',
      title: 'API docs',
      phase: 'Build',
      role: 'developer',
      low: 2,
      likely: 2,
      high: 2,
      byFramework: { fastapi: { low: 0.5, likely: 0.5, high: 0.5 } },
    },
  ],
};

describe('frameworkCostDelta', () => {
  it('gives the other two frameworks’ extra days and money per tier', () => {
    const [tier] = frameworkCostDelta(estimateScope(scope, { framework: 'django' }));
    expect(tier!.framework).toBe('django');
    // Django 6 days; Flask 18 days (+12, +£6,600.00); FastAPI 14.5 days (+8.5, +£4,675.00).
    expect(tier!.deltas).toEqual([
      { framework: 'flask', days: 12, price: 660000 },
      { framework: 'fastapi', days: 8.5, price: 467500 },
    ]);
    expect(describeFrameworkDelta(tier!.deltas[0]!, 'GBP', 'en-GB')).toBe('Flask would add about 12 days (≈ £6,600.00)');
  });

  it('says save when the other framework is cheaper, and about the same when it is equal', () => {
    const [tier] = frameworkCostDelta(estimateScope(scope, { framework: 'flask' }));
    expect(describeFrameworkDelta(tier!.deltas[0]!, 'GBP', 'en-GB')).toBe('Django would save about 12 days (≈ £6,600.00)');
    expect(describeFrameworkDelta({ framework: 'fastapi', days: 0, price: 0 }, 'EUR', 'en-GB')).toBe('FastAPI would cost about the same');
    expect(describeFrameworkDelta({ framework: 'flask', days: 2, price: -5000 }, 'EUR', 'en-GB')).toBe(
      'Flask would take about 2 days more and cost €50.00 less',
    );
  });

  it('matches the per-framework totals of the estimate for any scope', () => {
    fc.assert(
      fc.property(scopeArbitrary, fc.constantFrom('django', 'flask', 'fastapi' as const), (s, framework) => {
        const estimate = estimateScope(s, { framework });
        frameworkCostDelta(estimate).forEach((tier, k) => {
          for (const delta of tier.deltas) {
            expect(delta.price).toBe(estimate.tiers[k]!.byFramework[delta.framework] - estimate.tiers[k]!.total);
            expect(delta.framework).not.toBe(framework);
          }
        });
      }),
      { numRuns: 200 },
    );
  });
});
