// The price as the client pays it, for the proposal: the discount and tax lines under the investment, and the payment
// schedule with its amounts in the terms. Figures come from shared/scope/tax-and-payments.ts; only formatted here.
import { paymentAmounts, priceWithTax, type TaxedPrice } from '../scope/tax-and-payments';
import { type Commercial, quotedTotal } from './commercial';
import type { Block, Section } from './types';

const MINUS = '\u2212';

/** The recommended option's price as quoted (the scope's figure, rounded for the client) with its discount and tax. */
export function taxedPrice(c: Commercial): TaxedPrice {
  return priceWithTax(quotedTotal(c, c.tier), c.scope, c.language);
}

/** "20%", "19.5%": a percentage as the locale writes numbers. */
const percent = (c: Commercial, value: number): string => `${c.fmt.days(value)}%`;

/**
 * The discount (before tax), the tax and the total the client pays, as a table under the investment's; nothing when the
 * scope has neither a discount nor a tax rate (the investment then says prices exclude taxes).
 */
export function priceLines(c: Commercial): Block[] {
  const price = taxedPrice(c);
  if (c.scope.discountPercent === undefined && c.scope.taxPercent === undefined) return [];
  const rows: string[][] = [['Total', c.fmt.money(price.total)]];
  if (price.discount > 0) {
    rows.push([`Discount (${percent(c, price.discountPercent)})`, `${MINUS}${c.fmt.money(price.discount)}`]);
    rows.push(['Total after discount', c.fmt.money(price.net)]);
  }
  rows.push([`${price.taxLabel} (${percent(c, price.taxPercent)})`, c.fmt.money(price.tax)]);
  rows.push([`Total including ${price.taxLabel}`, c.fmt.money(price.totalWithTax)]);
  return [
    {
      kind: 'table',
      columns: [
        { title: 'What you pay', share: 0.76, bold: true },
        { title: 'Amount', share: 0.24, align: 'right' },
      ],
      rows,
      emphasis: [rows.length - 1],
    },
  ];
}

/** The investment section with the price lines added under its table. */
export function withPriceLines(section: Section, c: Commercial): Section {
  const lines = priceLines(c);
  if (lines.length === 0) return section;
  const at = section.blocks.findIndex((b) => b.kind === 'table');
  const blocks = [...section.blocks];
  blocks.splice(at + 1, 0, ...lines);
  return { ...section, blocks };
}

/** The payment schedule: each stage with its share and amount, the amounts adding up exactly to the total paid. */
export function paymentSchedule(c: Commercial): Block[] {
  const price = taxedPrice(c);
  const stages = paymentAmounts(price.totalWithTax, c.scope, c.language);
  const rows = stages.map((s) => [s.label, percent(c, s.percent), c.fmt.money(s.amount)]);
  rows.push(['Total', '100%', c.fmt.money(price.totalWithTax)]);
  const taxed = c.scope.taxPercent !== undefined ? ` including ${price.taxLabel}` : '';
  const option = c.estimate.tiers.length > 1 ? ` for the ${c.tier.name} option` : '';
  return [
    { kind: 'subheading', text: 'Payment schedule' },
    { kind: 'paragraph', text: `The investment${option} is invoiced in ${stages.length === 1 ? 'one payment' : `${stages.length} stages`}${taxed}:` },
    {
      kind: 'table',
      columns: [
        { title: 'Stage', share: 0.52, bold: true },
        { title: 'Share', share: 0.2, align: 'right' },
        { title: 'Amount', share: 0.28, align: 'right' },
      ],
      rows,
      emphasis: [rows.length - 1],
    },
  ];
}
