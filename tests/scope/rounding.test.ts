// Rounding for the client: the step per currency, half away from zero, and parts apportioned so they add up exactly to
// the rounded total, none moving a whole step from its exact value (a property; fast-check prints seed and path).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { apportion, roundingStep, roundTo } from '../../shared/scope/rounding';

describe('rounding the client edition', () => {
  it('steps in minor units of the currency, and rounds half away from zero', () => {
    expect(roundingStep('none', 'EUR')).toBe(0);
    expect(roundingStep('100', 'EUR')).toBe(10_000);
    expect(roundingStep('1000', 'JPY')).toBe(1000);
    expect(roundingStep('10', 'KWD')).toBe(10_000);
    expect(roundTo(1_234_549, 10_000)).toBe(1_230_000);
    expect(roundTo(1_235_000, 10_000)).toBe(1_240_000);
    expect(roundTo(-1_235_000, 10_000)).toBe(-1_240_000);
    expect(roundTo(1_234_567, 0)).toBe(1_234_567);
  });

  it('apportions parts in whole steps that add up exactly to the rounded total, each within a step of its exact value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50_000_000 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: -2_000_000, max: 5_000_000 }),
        fc.constantFrom(1000, 10_000, 100_000),
        (parts, allowance, step) => {
          const all = [...parts, allowance];
          const exact = all.reduce((a, b) => a + b, 0);
          fc.pre(exact >= 0);
          const total = roundTo(exact, step);
          const out = apportion(all, total, step);
          expect(out.reduce((a, b) => a + b, 0)).toBe(total);
          out.forEach((p, i) => {
            expect(p % step === 0, `part ${i}: ${p}`).toBe(true);
            expect(Math.abs(p - all[i]!)).toBeLessThan(step);
          });
        },
      ),
      { numRuns: 500 },
    );
    expect(apportion([14, 14], 30, 10)).toEqual([20, 10]);
    expect(apportion([5, 7], 12, 0)).toEqual([5, 7]);
  });
});
