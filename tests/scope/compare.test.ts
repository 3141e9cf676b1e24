// What the framework choice costs: per-tier day and money differences against the estimate's framework, and their wording.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { recommend, type Requirements } from '../../shared/engine';
import { describeFrameworkDelta, frameworkCostDelta, whyRecommendedCostsMore } from '../../shared/scope/compare';
import { draftScope } from '../../shared/scope/draft';
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

describe('the comparison names the rewrite and says why the recommendation costs more', () => {
  const extension: Requirements = {
    projectKind: 'web-app',
    existingFramework: 'flask',
    extendingExisting: true,
    existingSize: 'medium',
    userInterface: 'server-rendered',
    auth: 'basic',
    dataModel: 'relational',
    lifetime: 'years',
    features: [{ title: 'Customer portal', size: 'l' }],
  };

  it('names the rewrite of the running Flask application in what Django and FastAPI would add', () => {
    const scope = draftScope(extension, DEFAULT_RATE_CARD, { framework: 'flask' });
    const estimate = estimateScope(scope, { framework: 'flask' });
    const [comparison] = frameworkCostDelta(estimate, scope);
    const django = comparison!.deltas.find((d) => d.framework === 'django')!;
    expect(django).toMatchObject({ rewriteFrom: 'flask', rewriteDays: 36.67 });
    expect(describeFrameworkDelta(django, 'GBP', 'en')).toMatch(
      /^Django would add about \d+ days \(≈ £[\d,.]+\), including about 37 days to rewrite the running Flask application$/,
    );
    // Without the scope, the comparison stays as it was: no rewrite named.
    expect(frameworkCostDelta(estimate)[0]!.deltas[0]!.rewriteDays).toBeUndefined();
  });

  it('explains in one sentence why the recommended framework is worth more than a cheaper one, and says nothing when it is the cheapest', () => {
    const requirements: Requirements = {
      projectKind: 'data-tool',
      userInterface: 'none',
      adminPanel: true,
      auth: 'roles',
      dataModel: 'none',
      architecture: 'unconventional',
      teamExperience: 'senior',
      lifetime: 'years',
      concurrency: 'high-async',
      apiDocs: true,
    };
    const recommendation = recommend(requirements);
    const scope = draftScope(requirements, DEFAULT_RATE_CARD);
    const estimate = estimateScope(scope, { framework: recommendation.recommended });
    const comparison = frameworkCostDelta(estimate, scope).at(-1);
    const sentence = whyRecommendedCostsMore(comparison, recommendation.recommended, recommendation.reasons, 'GBP', 'en');
    expect(comparison!.deltas.some((d) => d.price < 0)).toBe(true);
    expect(sentence).toMatch(
      /^(Django|Flask|FastAPI) would save (about \d+ days?|less than a day) \(≈ £[\d,.]+\) to build, but we recommend (Django|Flask|FastAPI): [a-zD-F].+\.$/,
    );
    const strongest = recommendation.reasons.find((r) => r.framework === recommendation.recommended && r.effect > 0)!;
    expect(sentence!.toLowerCase()).toContain(strongest.text.slice(1).toLowerCase());
    // The cheapest framework recommended: no sentence.
    const cheapest = draftScope({ projectKind: 'saas', adminPanel: true, auth: 'roles', dataModel: 'relational' }, DEFAULT_RATE_CARD);
    const django = estimateScope(cheapest, { framework: 'django' });
    expect(
      whyRecommendedCostsMore(frameworkCostDelta(django, cheapest).at(-1), 'django', [{ framework: 'django', effect: 2, text: 'Because.' }], 'GBP', 'en'),
    ).toBeUndefined();
  });
});
