// The discount, the tax and the payment split: exact in minor units, adding up to the total with tax, and the same
// amount for a stage wherever it stands in the list. fast-check prints the seed and the shrunk case of any failure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { type Payment, paymentsOf } from '../../shared/scope/schema';
import { paymentAmounts, priceWithTax, splitPayments } from '../../shared/scope/tax-and-payments';

const runs = { numRuns: 500 };

/** A percentage with at most two decimals, as hundredths. */
const hundredths = fc.integer({ min: 0, max: 10_000 });
const amount = fc.integer({ min: 0, max: 2 ** 40 });

/** A schedule of 1 to 12 stages whose percentages add up to exactly 100, labels from a small set so ties happen. */
const schedule: fc.Arbitrary<Payment[]> = fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 0, maxLength: 11 }).chain((cuts) => {
  const points = [0, ...[...cuts].sort((a, b) => a - b), 10_000];
  const parts = points.slice(1).map((p, i) => p - points[i]!);
  return fc.tuple(
    ...parts.map((part) => fc.constantFrom('On signature', 'At the beta', 'At launch', 'Monthly').map((label) => ({ label, percent: part / 100 }))),
  );
});

describe('priceWithTax', () => {
  it('takes the discount, then the tax on what is left, each rounded once, half away from zero', () => {
    expect(priceWithTax(100_000, { taxPercent: 20 })).toMatchObject({ discount: 0, net: 100_000, tax: 20_000, totalWithTax: 120_000, taxLabel: 'VAT' });
    expect(priceWithTax(100_000, { taxPercent: 19, taxLabel: 'MwSt', discountPercent: 10 })).toMatchObject({
      discount: 10_000,
      net: 90_000,
      tax: 17_100,
      totalWithTax: 107_100,
      taxLabel: 'MwSt',
    });
    // 0.5 of a minor unit rounds away from zero: 5 × 10% = 0.5 → 1.
    expect(priceWithTax(5, { taxPercent: 10 }).tax).toBe(1);
    expect(priceWithTax(12_345, {})).toMatchObject({ discount: 0, tax: 0, totalWithTax: 12_345 });
  });

  it('is exact for any total and rates: the parts add up and agree with a BigInt oracle', () => {
    const oracle = (value: bigint, rate: number): bigint => (2n * value * BigInt(rate) + 10_000n) / 20_000n;
    fc.assert(
      fc.property(amount, hundredths, hundredths, (total, tax, discount) => {
        const price = priceWithTax(total, { taxPercent: tax / 100, discountPercent: discount / 100 });
        const d = oracle(BigInt(total), discount);
        const t = oracle(BigInt(total) - d, tax);
        expect([BigInt(price.discount), BigInt(price.tax)]).toEqual([d, t]);
        expect(price.net).toBe(total - price.discount);
        expect(price.totalWithTax).toBe(price.net + price.tax);
        expect(price.tax).toBeGreaterThanOrEqual(0);
        expect(price.net).toBeGreaterThanOrEqual(0);
      }),
      runs,
    );
  });
});

describe('splitPayments', () => {
  it('splits 30/40/30 by default, and gives the leftover cent to the largest remainder', () => {
    expect(paymentAmounts(100_000, {}).map((p) => p.amount)).toEqual([30_000, 40_000, 30_000]);
    const thirds = [
      { label: 'A', percent: 33.33 },
      { label: 'B', percent: 33.33 },
      { label: 'C', percent: 33.34 },
    ];
    expect(splitPayments(100, thirds).map((p) => p.amount)).toEqual([33, 33, 34]);
    // 1001 × 30% = 300.3, × 40% = 400.4: the spare unit goes to the 40% stage (remainder .4 beats .3).
    expect(paymentAmounts(1001, {}).map((p) => p.amount)).toEqual([300, 401, 300]);
  });

  it('always adds up exactly to the amount, each part within one minor unit of its exact share', () => {
    fc.assert(
      fc.property(amount, schedule, (total, payments) => {
        const parts = splitPayments(total, payments);
        expect(parts.reduce((sum, p) => sum + p.amount, 0)).toBe(total);
        parts.forEach((p) => {
          const exact = (BigInt(total) * BigInt(Math.round(p.percent * 100))) / 10_000n;
          expect(BigInt(p.amount) - exact === 0n || BigInt(p.amount) - exact === 1n).toBe(true);
        });
      }),
      runs,
    );
  });

  it('gives a stage the same amount whatever order the stages are listed in', () => {
    fc.assert(
      fc.property(
        amount,
        schedule.chain((payments) => fc.tuple(fc.constant(payments), fc.shuffledSubarray(payments, { minLength: payments.length }))),
        (total, [payments, shuffled]) => {
          const key = (parts: { label: string; percent: number; amount: number }[]): string[] => parts.map((p) => `${p.label}|${p.percent}|${p.amount}`).sort();
          expect(key(splitPayments(total, shuffled))).toEqual(key(splitPayments(total, payments)));
        },
      ),
      runs,
    );
  });

  it('splits the total with tax of the default schedule exactly', () => {
    const price = priceWithTax(1_234_567, { taxPercent: 20 });
    const parts = paymentAmounts(price.totalWithTax, { payments: paymentsOf({}) });
    expect(parts.reduce((sum, p) => sum + p.amount, 0)).toBe(price.totalWithTax);
  });
});
