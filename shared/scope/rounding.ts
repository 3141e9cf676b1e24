// Rounding for the client: prices written to the nearest 10, 100 or 1,000 of the currency unit while the arithmetic
// underneath stays exact, and parts that still add up to the rounded total (largest remainder). Pure integers.
import { minorDigits } from './money';

export const PRICE_ROUNDINGS = ['none', '10', '100', '1000'] as const;
export type PriceRounding = (typeof PRICE_ROUNDINGS)[number];

/** The rounding step in minor units of `currency` (0 for none): 100 EUR is 10,000 cents, 100 JPY is 100 yen. */
export function roundingStep(rounding: PriceRounding, currency: string): number {
  return rounding === 'none' ? 0 : Number(rounding) * 10 ** minorDigits(currency);
}

/** `minor` to the nearest multiple of `step`, half away from zero; unchanged when step is 0. */
export function roundTo(minor: number, step: number): number {
  if (step <= 0) return minor;
  const units = Math.floor(Math.abs(minor) / step + 0.5) * step;
  return minor < 0 ? -units : units;
}

/**
 * Parts in multiples of `step` that add up exactly to `total` (itself a multiple of step): each part rounded down to a
 * step, then the steps still missing go to the parts with the largest remainders (Hamilton's method), so no part moves
 * by a whole step or more from its exact value. With step 0 the parts are returned as they are.
 */
export function apportion(parts: readonly number[], total: number, step: number): number[] {
  if (step <= 0) return [...parts];
  const floors = parts.map((p) => Math.floor(p / step) * step);
  let missing = Math.round((total - floors.reduce((a, b) => a + b, 0)) / step);
  const order = parts.map((p, i) => ({ i, rest: p - floors[i]! })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  const out = [...floors];
  for (const { i } of order) {
    if (missing <= 0) break;
    out[i]! += step;
    missing--;
  }
  return out;
}
