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

describe('formatMoney', () => {
  it('formats minor units with the currency’s own digits', () => {
    expect(formatMoney(123456, 'EUR', 'en-GB')).toBe('€1,234.56');
    expect(formatMoney(1234, 'JPY', 'en-US')).toBe('¥1,234');
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
