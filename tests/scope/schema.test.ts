// Refusals of the scope and rate card: each bad input gets one message naming the field and what it accepts.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';

import { AppError, parseInput } from '../../shared/errors';
import { DEFAULT_RATE_CARD, emptyScope, hasAtMostTwoDecimals, paymentsOf, rateCardSchema, recommendedTierOf, scopeSchema } from '../../shared/scope/schema';

const item = { id: 'a', title: 'Accounts', phase: 'Build', role: 'developer', low: 1, likely: 2, high: 3 };
const good = { ...emptyScope(DEFAULT_RATE_CARD), items: [item] };

function refusal(input: unknown, schema: z.ZodType = scopeSchema): AppError {
  try {
    parseInput(schema, input);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('accepted');
}

const withItem = (patch: Record<string, unknown>): unknown => ({ ...good, items: [{ ...item, ...patch }] });

describe('scopeSchema', () => {
  it('accepts the empty scope made from the default rate card, and one with an item', () => {
    expect(scopeSchema.safeParse(emptyScope(DEFAULT_RATE_CARD)).success).toBe(true);
    expect(scopeSchema.safeParse(good).success).toBe(true);
    expect(rateCardSchema.safeParse(DEFAULT_RATE_CARD).success).toBe(true);
  });

  it.each([
    ['low above likely', { low: 3, likely: 2, high: 4 }, 'items[0].low', /no more than likely \(2\)/],
    ['likely above high', { low: 1, likely: 5, high: 4 }, 'items[0].high', /at least likely \(5\)/],
    ['negative days', { low: -1 }, 'items[0].low', /at least 0/],
    ['non-numeric days', { likely: 'two' }, 'items[0].likely', /expected a number, got "two"/],
    ['three decimals', { high: 3.125 }, 'items[0].high', /at most two decimals/],
    ['an unknown role', { role: 'wizard' }, 'items[0].role', /one of the roles in rates \(developer, senior-developer/],
    ['a tier beyond the named tiers', { tier: 2 }, 'items[0].tier', /at most 1/],
    ['a tier of 4', { tier: 4 }, 'items[0].tier', /at most 3/],
    ['an unknown field', { hours: 3 }, 'items[0].hours', /unknown field/],
    ['per-framework days out of order', { byFramework: { flask: { low: 5, likely: 4, high: 6 } } }, 'items[0].byFramework.flask.low', /no more than likely/],
  ])('refuses %s, naming the field', (_name, patch, field, message) => {
    const error = refusal(withItem(patch));
    expect(error.field).toBe(field);
    expect(error.message.startsWith(`${field}:`)).toBe(true);
    expect(error.message).toMatch(message);
  });

  it.each([
    ['an unknown currency', { currency: 'XYZ' }, 'currency', /ISO 4217/],
    ['a currency in lower case', { currency: 'eur' }, 'currency', /ISO 4217/],
    ['a percentage above 100', { pmPercent: 101 }, 'pmPercent', /at most 100/],
    ['a negative percentage', { qaPercent: -5 }, 'qaPercent', /at least 0/],
    ['a percentage with three decimals', { contingencyPercent: 10.125 }, 'contingencyPercent', /two decimals/],
    ['no tier names', { tiers: [] }, 'tiers', /at least 1 items/],
    ['four tier names', { tiers: ['a', 'b', 'c', 'd'] }, 'tiers', /at most 3 items/],
    ['a fractional day rate', { rates: [{ role: 'developer', name: 'Dev', dayRate: 550.5 }] }, 'rates[0].dayRate', /integer/],
    [
      'a repeated role',
      {
        rates: [
          { role: 'developer', name: 'Dev', dayRate: 1 },
          { role: 'developer', name: 'Dev 2', dayRate: 2 },
        ],
        items: [],
      },
      'rates[1].role',
      /not already used/,
    ],
  ])('refuses %s, naming the field', (_name, patch, field, message) => {
    const error = refusal({ ...good, ...patch });
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
  });

  it('refuses two items with the same id', () => {
    const error = refusal({ ...good, items: [item, { ...item }] });
    expect(error.field).toBe('items[1].id');
  });

  it('refuses a rate card with a validity of zero days or an unknown currency', () => {
    expect(refusal({ ...DEFAULT_RATE_CARD, validityDays: 0 }, rateCardSchema).field).toBe('validityDays');
    expect(refusal({ ...DEFAULT_RATE_CARD, currency: 'ABC' }, rateCardSchema).field).toBe('currency');
  });

  it('accepts JPY and KWD, two decimals, and equal low, likely and high', () => {
    expect(scopeSchema.safeParse({ ...good, currency: 'JPY' }).success).toBe(true);
    expect(scopeSchema.safeParse({ ...good, currency: 'KWD', pmPercent: 12.5 }).success).toBe(true);
    expect(scopeSchema.safeParse(withItem({ low: 0.29, likely: 0.29, high: 0.29 })).success).toBe(true);
  });

  it('judges decimals on the written value, not its binary form', () => {
    expect([0.29, 1.1, 0.07, 9999.99, 0, 12].every(hasAtMostTwoDecimals)).toBe(true);
    expect([0.295, 1.001, Number.NaN, Number.POSITIVE_INFINITY].some(hasAtMostTwoDecimals)).toBe(false);
  });

  it('copies the rates into a new scope, so changing the card later leaves the scope alone', () => {
    const card = structuredClone(DEFAULT_RATE_CARD);
    const scope = emptyScope(card);
    card.rates[0]!.dayRate = 1;
    expect(scope.rates[0]!.dayRate).toBe(DEFAULT_RATE_CARD.rates[0]!.dayRate);
  });
});

describe('the deal fields of a scope', () => {
  const deal = { ...good, tiers: ['Basic', 'Plus'] };

  it('accepts a recommended tier, a start date, a payment schedule and a tax rate', () => {
    const scope = {
      ...deal,
      recommendedTier: 1,
      startDate: '2027-03-01',
      payments: [
        { label: 'Up front', percent: 33.33 },
        { label: 'At launch', percent: 66.67 },
      ],
      taxPercent: 19,
      taxLabel: 'MwSt',
    };
    expect(scopeSchema.safeParse(scope).success).toBe(true);
  });

  it.each([
    ['a recommended tier beyond the named tiers', { recommendedTier: 3 }, 'recommendedTier', /at most 2/],
    ['a start date that does not exist', { startDate: '2027-02-30' }, 'startDate', /YYYY-MM-DD/],
    [
      'payments that add up to 90',
      {
        payments: [
          { label: 'Start', percent: 50 },
          { label: 'End', percent: 40 },
        ],
      },
      'payments',
      /add up to 100 \(these add up to 90\)/,
    ],
    ['a tax rate above 100', { taxPercent: 120 }, 'taxPercent', /at most 100/],
    ['a negative tax rate', { taxPercent: -1 }, 'taxPercent', /at least 0/],
    ['a discount above 100', { discountPercent: 100.5 }, 'discountPercent', /at most 100/],
    ['a discount with three decimals', { discountPercent: 2.125 }, 'discountPercent', /two decimals/],
  ])('refuses %s, naming the field', (_name, patch, field, message) => {
    const error = refusal({ ...deal, ...patch });
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
  });

  it('the recommended tier defaults to the highest, and the payments to 30/40/30', () => {
    expect(recommendedTierOf(deal)).toBe(2);
    expect(recommendedTierOf({ ...deal, recommendedTier: 1 })).toBe(1);
    expect(paymentsOf(deal).map((p) => p.percent)).toEqual([30, 40, 30]);
  });
});
