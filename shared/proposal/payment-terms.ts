// The price as the client pays it, for the proposal: the discount and tax lines under the investment, and the payment
// schedule with its amounts in the terms. Figures come from shared/scope/tax-and-payments.ts; only formatted here.
import type { ProposalLanguage } from '../i18n/language';
import * as m from '../i18n/paraglide/messages';
import { paymentAmounts, priceWithTax, type TaxedPrice } from '../scope/tax-and-payments';
import { type Commercial, percentText, quotedTotal } from './commercial';
import { countText } from './phrases';
import type { Block, Section } from './types';

const MINUS = '\u2212';

/** The recommended option's price as quoted (the scope's figure, rounded for the client) with its discount and tax. */
export function taxedPrice(c: Commercial): TaxedPrice {
  return priceWithTax(quotedTotal(c, c.tier), c.scope, c.language);
}

/** "20%", "19.5%", "19,5 %": a percentage as the locale writes numbers. */
const percent = percentText;
const at = (c: Commercial): { locale: ProposalLanguage } => ({ locale: c.language ?? 'en' });

/**
 * The discount (before tax), the tax and the total the client pays, as a table under the investment's; nothing when the
 * scope has neither a discount nor a tax rate (the investment then says prices exclude taxes).
 */
export function priceLines(c: Commercial): Block[] {
  const price = taxedPrice(c);
  if (c.scope.discountPercent === undefined && c.scope.taxPercent === undefined) return [];
  const rows: string[][] = [[m.proposal_total({}, at(c)), c.fmt.money(price.total)]];
  if (price.discount > 0) {
    rows.push([m.proposal_price_discount({ percent: percent(c, price.discountPercent) }, at(c)), `${MINUS}${c.fmt.money(price.discount)}`]);
    rows.push([m.proposal_price_after_discount({}, at(c)), c.fmt.money(price.net)]);
  }
  rows.push([`${price.taxLabel} (${percent(c, price.taxPercent)})`, c.fmt.money(price.tax)]);
  rows.push([m.proposal_price_total_with_tax({ tax: price.taxLabel }, at(c)), c.fmt.money(price.totalWithTax)]);
  return [
    {
      kind: 'table',
      columns: [
        { title: m.proposal_price_what_you_pay({}, at(c)), share: 0.76, bold: true },
        { title: m.proposal_amount({}, at(c)), share: 0.24, align: 'right' },
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
  rows.push([m.proposal_total({}, at(c)), percent(c, 100), c.fmt.money(price.totalWithTax)]);
  const how =
    stages.length === 1
      ? m.proposal_payment_one({}, at(c))
      : countText(c.fmt, stages.length, c.language ?? 'en', m.proposal_payment_stages_one, m.proposal_payment_stages_other);
  const inputs = { option: c.tier.name, how, tax: price.taxLabel };
  const taxed = c.scope.taxPercent !== undefined;
  const intro =
    c.estimate.tiers.length > 1
      ? (taxed ? m.proposal_payment_intro_option_tax : m.proposal_payment_intro_option)(inputs, at(c))
      : (taxed ? m.proposal_payment_intro_tax : m.proposal_payment_intro)(inputs, at(c));
  return [
    { kind: 'subheading', text: m.proposal_payment_schedule({}, at(c)) },
    { kind: 'paragraph', text: intro },
    {
      kind: 'table',
      columns: [
        { title: m.proposal_payment_stage({}, at(c)), share: 0.52, bold: true },
        { title: m.proposal_payment_share({}, at(c)), share: 0.2, align: 'right' },
        { title: m.proposal_amount({}, at(c)), share: 0.28, align: 'right' },
      ],
      rows,
      emphasis: [rows.length - 1],
    },
  ];
}
