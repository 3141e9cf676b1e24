// What the client pays: a tier's total less the scope's discount, plus its tax, split into the payment schedule.
// Exact integer arithmetic in minor units (arithmetic.ts); formatting and layout belong to the proposal and the UI.
import type { ProposalLanguage } from '../i18n/language';
import { mulDivRound, toHundredths } from './arithmetic';
import { DEFAULT_TAX_WORDS, type Payment, paymentsOf, type Scope } from './schema';

/** A tier's price as the client pays it. `total` is the estimate's (before discount and tax). */
export interface TaxedPrice {
  total: number;
  /** `total × discountPercent / 100`, rounded once; 0 without a discount. */
  discount: number;
  /** `total − discount`: what the tax is charged on. */
  net: number;
  /** `net × taxPercent / 100`, rounded once, half away from zero; 0 without tax. */
  tax: number;
  /** `net + tax`: the amount the payment schedule splits. */
  totalWithTax: number;
  discountPercent: number;
  taxPercent: number;
  taxLabel: string;
}

export type PriceTerms = Pick<Scope, 'taxPercent' | 'taxLabel' | 'discountPercent'>;

/** The discount, then the tax on what is left, for a total in minor units (≥ 0); without a tax name, the default in `language`. */
export function priceWithTax(total: number, terms: PriceTerms, language: ProposalLanguage = 'en'): TaxedPrice {
  const discountPercent = terms.discountPercent ?? 0;
  const taxPercent = terms.taxPercent ?? 0;
  const discount = mulDivRound(total, toHundredths(discountPercent), 10_000);
  const net = total - discount;
  const tax = mulDivRound(net, toHundredths(taxPercent), 10_000);
  return { total, discount, net, tax, totalWithTax: net + tax, discountPercent, taxPercent, taxLabel: terms.taxLabel ?? DEFAULT_TAX_WORDS(language) };
}

export interface PaymentAmount extends Payment {
  amount: number;
}

/**
 * Splits `amount` (minor units, ≥ 0) by the stages' percentages so the parts add up to it exactly: each stage gets the
 * whole minor units of its share, and the units left over go one each to the largest remainders (Hamilton's method).
 * Ties go to the larger percentage, then to the label that sorts first, never to a position: the amount a stage gets
 * does not depend on the order the stages are listed in.
 */
export function splitPayments(amount: number, payments: readonly Payment[]): PaymentAmount[] {
  const shares = payments.map((p, index) => {
    const hundredths = toHundredths(p.percent);
    const exact = BigInt(amount) * BigInt(hundredths);
    return { index, hundredths, label: p.label, whole: Number(exact / 10_000n), remainder: Number(exact % 10_000n) };
  });
  let left = amount - shares.reduce((sum, s) => sum + s.whole, 0);
  const order = [...shares].sort(
    (a, b) => b.remainder - a.remainder || b.hundredths - a.hundredths || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0) || a.index - b.index,
  );
  const extra = new Map<number, number>();
  for (const share of order) {
    if (left <= 0) break;
    extra.set(share.index, 1);
    left--;
  }
  return payments.map((p, index) => ({ label: p.label, percent: p.percent, amount: shares[index]!.whole + (extra.get(index) ?? 0) }));
}

/** The scope's schedule in force (its own or 30/40/30, labelled in `language`) applied to an amount. */
export function paymentAmounts(amount: number, scope: Pick<Scope, 'payments'>, language: ProposalLanguage = 'en'): PaymentAmount[] {
  return splitPayments(amount, paymentsOf(scope, language));
}
