// "Update rates": the card is copied into the scope only when asked, and the result stays a valid scope.
import { describe, expect, it } from 'vitest';

import { refreshRates } from '../../shared/scope/rates';
import { DEFAULT_RATE_CARD, emptyScope, type Scope, scopeSchema } from '../../shared/scope/schema';

describe('refreshRates', () => {
  const scope: Scope = {
    ...emptyScope(DEFAULT_RATE_CARD),
    items: [
      { id: 'a', title: 'Design', phase: 'Build', role: 'designer', low: 1, likely: 2, high: 3 },
      { id: 'b', title: 'Code', phase: 'Build', role: 'developer', low: 1, likely: 2, high: 3 },
    ],
  };

  it('copies the new card’s currency, rates and percentages', () => {
    const card = { ...DEFAULT_RATE_CARD, currency: 'EUR', pmPercent: 12, rates: DEFAULT_RATE_CARD.rates.map((r) => ({ ...r, dayRate: r.dayRate + 1000 })) };
    const next = refreshRates(scope, card);
    expect(next.currency).toBe('EUR');
    expect(next.pmPercent).toBe(12);
    expect(next.rates).toEqual(card.rates);
    expect(next.items).toEqual(scope.items);
    expect(scopeSchema.safeParse(next).success).toBe(true);
  });

  it('keeps a role the items still use when the card has dropped it, and drops unused ones', () => {
    const card = { ...DEFAULT_RATE_CARD, rates: [{ role: 'developer', name: 'Developer', dayRate: 1 }] };
    const next = refreshRates(scope, card);
    expect(next.rates.map((r) => r.role)).toEqual(['developer', 'designer']);
    expect(next.rates[1]!.dayRate).toBe(DEFAULT_RATE_CARD.rates.find((r) => r.role === 'designer')!.dayRate);
    expect(scopeSchema.safeParse(next).success).toBe(true);
  });
});
