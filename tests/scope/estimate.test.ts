// The estimate on hand-computed examples: E, line prices rounded half away from zero, overheads, tiers, add-ons, weeks.
import { describe, expect, it } from 'vitest';
import { estimateScope, formatMoney, weeksFor } from '../../shared/scope/estimate';
import { emptyScope, DEFAULT_RATE_CARD, scopeSchema, type Scope, type ScopeItem } from '../../shared/scope/schema';

function scopeWith(items: Partial<ScopeItem>[], extra: Partial<Scope> = {}): Scope {
  const base = emptyScope(DEFAULT_RATE_CARD);
  const full = items.map((it, i) => ({ id: `i${i}`, title: `Item ${i}`, phase: 'Build', role: 'developer', low: 1, likely: 1, high: 1, ...it }));
  return scopeSchema.parse({ ...base, ...extra, items: full });
}

describe('estimateScope', () => {
  it('prices one item at E = (low + 4·likely + high) / 6 times the day rate, with PM, QA and contingency each rounded once', () => {
    // E = (2 + 4·3 + 7) / 6 = 3.5 days; 3.5 × £550.00 = £1,925.00 = 192500 pence.
    const scope = scopeWith([{ low: 2, likely: 3, high: 7 }]);
    const tier = estimateScope(scope).tiers[0]!;
    expect(tier.build).toBe(192500);
    expect(tier.pm).toBe(38500); // 20%
    expect(tier.qa).toBe(28875); // 15%
    expect(tier.contingency).toBe(25988); // 10% of 259875 = 25987.5 → half away from zero
    expect(tier.total).toBe(192500 + 38500 + 28875 + 25988);
    expect(tier.low).toBe(110000 + 22000 + 16500 + 14850);
    expect(tier.high).toBe(385000 + 77000 + 57750 + 51975);
    expect(tier.buildDays).toBe(3.5);
    expect(tier.days).toBe(3.5 + 0.7 + 0.53 + 0.47); // qa 0.525 → 0.53; contingency 10% of 4.73 = 0.473 → 0.47
  });
});

describe('estimateScope rounding', () => {
  const oneRate = (dayRate: number, currency = 'GBP'): Partial<Scope> => ({
    currency,
    rates: [{ role: 'developer', name: 'Developer', dayRate }],
    pmPercent: 0,
    qaPercent: 0,
    contingencyPercent: 0,
  });

  it('rounds an exact half up where floating point would round it down (0.29 days × 50 = 14.5 → 15)', () => {
    expect(0.29 * 50).toBeLessThan(14.5); // the trap: the float product sits just under the half
    const tier = estimateScope(scopeWith([{ low: 0.29, likely: 0.29, high: 0.29 }], oneRate(50))).tiers[0]!;
    expect(tier.build).toBe(15);
  });

  it('doubles a line to within one minor unit, not always exactly: 14.5 → 15, doubled 29 (not 30)', () => {
    const one = estimateScope(scopeWith([{ low: 0.29, likely: 0.29, high: 0.29 }], oneRate(50))).tiers[0]!;
    const two = estimateScope(scopeWith([{ low: 0.29, likely: 0.29, high: 0.29 }], oneRate(100))).tiers[0]!;
    expect([one.build, two.build]).toEqual([15, 29]);
  });

  it('keeps E exact before the single rounding: (0.01 + 4·0.02 + 0.06) / 6 days × 20 = 0.5 → 1', () => {
    const estimate = estimateScope(scopeWith([{ low: 0.01, likely: 0.02, high: 0.06 }], oneRate(20)));
    expect(estimate.tiers[0]!.build).toBe(1);
    expect(estimate.lines[0]!.price).toBe(1);
    expect(estimate.tiers[0]!.low).toBe(0); // 0.01 × 20 = 0.2 → 0
    expect(estimate.tiers[0]!.high).toBe(1); // 0.06 × 20 = 1.2 → 1
  });

  it('rounds each line, then sums: two lines of 0.5 minor units make 2, not 1', () => {
    const tier = estimateScope(
      scopeWith(
        [
          { low: 0.5, likely: 0.5, high: 0.5 },
          { low: 0.5, likely: 0.5, high: 0.5 },
        ],
        oneRate(1),
      ),
    ).tiers[0]!;
    expect(tier.build).toBe(2);
  });

  it('prices yen with no minor digits: E = 10/6 days × ¥80,000 = 133,333.33 → ¥133,333', () => {
    const scope = scopeWith([{ low: 1, likely: 1.5, high: 3 }], { ...oneRate(80000, 'JPY'), pmPercent: 20, qaPercent: 15, contingencyPercent: 10 });
    const tier = estimateScope(scope).tiers[0]!;
    expect(tier.build).toBe(133333);
    expect(tier.pm).toBe(26667); // 26,666.6
    expect(tier.qa).toBe(20000); // 19,999.95
    expect(tier.contingency).toBe(18000); // 10% of 180,000
    expect(tier.total).toBe(198000);
    expect(formatMoney(tier.total, 'JPY', 'en-US')).toBe('¥198,000');
  });

  it('takes percentages with two decimals exactly: 12.5% of 1,001 = 125.125 → 125; 0.05% of 10,000 = 5', () => {
    const a = estimateScope(scopeWith([{ low: 1, likely: 1, high: 1 }], { ...oneRate(1001), pmPercent: 12.5 })).tiers[0]!;
    expect(a.pm).toBe(125);
    const b = estimateScope(scopeWith([{ low: 1, likely: 1, high: 1 }], { ...oneRate(10000), qaPercent: 0.05 })).tiers[0]!;
    expect(b.qa).toBe(5);
  });
});

describe('estimateScope tiers, add-ons, deferred, phases and frameworks', () => {
  const items: Partial<ScopeItem>[] = [
    { id: 'setup', title: 'Project setup', phase: 'Foundations', low: 1, likely: 1, high: 1 },
    { id: 'admin', title: 'Back office', phase: 'Build', tier: 2, low: 2, likely: 2, high: 2, byFramework: { flask: { low: 8, likely: 10, high: 15 } } },
    { id: 'reports', title: 'Reports', phase: 'Reporting', tier: 3, low: 3, likely: 3, high: 3 },
    { id: 'auth', title: 'Accounts', phase: 'Foundations', low: 2, likely: 2, high: 2, role: 'senior-developer' },
    { id: 'sso', title: 'Single sign-on', phase: 'Build', optional: true, low: 1, likely: 2, high: 3 },
    { id: 'app', title: 'Mobile app', phase: 'Later', deferred: true, low: 20, likely: 30, high: 40 },
  ];
  const scope = scopeWith(items, { tiers: ['Essential', 'Recommended', 'Complete'], pmPercent: 0, qaPercent: 0, contingencyPercent: 0 });

  it('includes in tier k every committed item with tier ≤ k', () => {
    const { tiers } = estimateScope(scope);
    // setup 1 × 550 + auth 2 × 700 = 1,950; + admin 2 × 550 = 3,050; + reports 3 × 550 = 4,700 (pounds)
    expect(tiers.map((t) => t.build)).toEqual([195000, 305000, 470000]);
    expect(tiers.map((t) => t.name)).toEqual(['Essential', 'Recommended', 'Complete']);
    expect(tiers.map((t) => t.days)).toEqual([3, 5, 8]);
  });

  it('prices an optional item alone as an add-on and lists a deferred one unpriced', () => {
    const estimate = estimateScope(scope);
    expect(estimate.addOns).toEqual([{ title: 'Single sign-on', price: 110000, id: 'sso', days: 2, low: 55000, high: 165000 }]);
    expect(estimate.deferred).toEqual([{ id: 'app', title: 'Mobile app', phase: 'Later' }]);
    expect(estimate.lines.find((l) => l.id === 'app')!.price).toBe(0);
  });

  it('keeps phases in first-appearance order with weeks for the team size', () => {
    const estimate = estimateScope(scope, { teamSize: 2 });
    expect(estimate.phases).toEqual([
      { name: 'Foundations', days: 3, weeks: 0.5 },
      { name: 'Build', days: 2, weeks: 0.5 },
      { name: 'Reporting', days: 3, weeks: 0.5 },
    ]);
    expect(estimate.tiers[0]!.phases.map((p) => p.name)).toEqual(['Foundations']);
    expect(estimateScope(scope).phases.map((p) => p.weeks)).toEqual([1, 0.5, 1]);
  });

  it('totals each tier under every framework, using per-framework days where an item has them', () => {
    const estimate = estimateScope(scope);
    expect(estimate.framework).toBe('django');
    expect(estimate.tiers[0]!.byFramework).toEqual({ django: 195000, flask: 195000, fastapi: 195000 });
    // Flask: back office E = (8 + 40 + 15) / 6 = 10.5 days × 550 = 5,775 instead of 1,100.
    expect(estimate.tiers[1]!.byFramework).toEqual({ django: 305000, flask: 772500, fastapi: 305000 });
    expect(estimate.tiers[1]!.daysByFramework.flask).toBe(13.5);
    const flask = estimateScope(scope, { framework: 'flask' });
    expect(flask.framework).toBe('flask');
    expect(flask.tiers[1]!.total).toBe(772500);
  });

  it('orders phases by first appearance among all items, listing only those with committed work', () => {
    const estimate = estimateScope(scopeWith([{ phase: 'Later', deferred: true }, { phase: 'Build', optional: true }, { phase: 'Setup' }, { phase: 'Build' }]));
    expect(estimate.phases.map((p) => p.name)).toEqual(['Build', 'Setup']);
  });

  it('answers an empty scope with zero totals and no phases', () => {
    const estimate = estimateScope(emptyScope(DEFAULT_RATE_CARD));
    expect(estimate.tiers).toHaveLength(1);
    expect(estimate.tiers[0]!.total).toBe(0);
    expect(estimate.phases).toEqual([]);
    expect(estimate.addOns).toEqual([]);
  });
});

describe('formatMoney', () => {
  it('formats minor units with the currency’s own digits', () => {
    expect(formatMoney(123456, 'EUR', 'en-GB')).toBe('€1,234.56');
    expect(formatMoney(1234, 'JPY', 'en-US')).toBe('¥1,234');
    expect(formatMoney(-5, 'EUR', 'en-GB')).toBe('-€0.05');
    expect(formatMoney(123456, 'EUR', 'de-DE').replace(/\s/g, ' ')).toBe('1.234,56 €');
    expect(formatMoney(9007199254740991, 'USD', 'en-US')).toBe('$90,071,992,547,409.91');
    expect(formatMoney(1234567, 'KWD', 'en-US').replace(/\s/g, ' ')).toBe('KWD 1,234.567');
  });

  it('rounds weeks up to half a week', () => {
    expect(weeksFor(0, 1)).toBe(0);
    expect(weeksFor(100, 1)).toBe(0.5);
    expect(weeksFor(250, 1)).toBe(0.5);
    expect(weeksFor(251, 1)).toBe(1);
    expect(weeksFor(1000, 2)).toBe(1);
  });
});
