// The price a client reads for one option: the scope's quoted figure (expected, P50 or P80) rounded to the client
// edition's step. One function, so the proposal's pages and the presented Scope view print the same number. Pure.
import type { TierEstimate } from '../scope/estimate';
import { roundTo } from '../scope/rounding';
import type { QuoteFigure } from '../scope/schema';

/** The exact figure quoted for a tier: its expected total, or its simulated P50/P80 when the scope quotes one. */
export function quotedExactPrice(tier: TierEstimate, quote: QuoteFigure | undefined): number {
  const figure = quote ?? 'expected';
  return figure === 'expected' || tier.percentiles === undefined ? tier.total : tier.percentiles[figure].total;
}

/** The tier's quoted price rounded as the client edition prints it (`step` in minor units; 0: exact). */
export function clientPrice(tier: TierEstimate, quote: QuoteFigure | undefined, step: number): number {
  return roundTo(quotedExactPrice(tier, quote), step);
}
