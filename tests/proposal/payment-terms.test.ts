// The price the client pays, in the proposal: discount and tax lines under the investment, and the payment schedule
// whose amounts add up exactly to the total including tax; printed in the PDF (read back by pdftotext).
import { afterAll, describe, expect, it } from 'vitest';

import { DEFAULT_PROPOSAL_SETTINGS } from '../../shared/branding';
import { recommend } from '../../shared/engine';
import type { Block } from '../../shared/proposal';
import { estimateScope } from '../../shared/scope/estimate';
import { formatMoney } from '../../shared/scope/money';
import { priceWithTax, splitPayments } from '../../shared/scope/tax-and-payments';
import { REALISTIC_REQUIREMENTS, scopedModelOf, scopeOf } from './fixtures';
import { renderProposal } from './node-render';
import { pdfText, requirePdfTools, tempFolder } from './pdf-tools';

const PAYMENTS = [
  { label: 'On signature', percent: 33.33 },
  { label: 'At the beta', percent: 33.33 },
  { label: 'At launch', percent: 33.34 },
];
const scope = scopeOf(40, { taxPercent: 19, taxLabel: 'MwSt', discountPercent: 5, payments: PAYMENTS });
const euros = (minor: number): string => formatMoney(minor, 'EUR', DEFAULT_PROPOSAL_SETTINGS.locale);

function tables(title: string): Extract<Block, { kind: 'table' }>[] {
  const model = scopedModelOf('client', DEFAULT_PROPOSAL_SETTINGS, scope);
  const section = model.sections.find((s) => s.title === title)!;
  return section.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
}

describe('discount, tax and payments in the proposal', () => {
  const folder = tempFolder();
  afterAll(() => folder.remove());
  // The option the proposal prices: the tier whose total its investment table prints.
  const printedTotal = tables('Investment')[0]!.rows.at(-1)!.at(-1);
  const estimate = estimateScope(scope, { framework: recommend(REALISTIC_REQUIREMENTS).recommended, teamSize: REALISTIC_REQUIREMENTS.teamSize });
  const tier = estimate.tiers.find((t) => euros(t.total) === printedTotal)!;
  const price = priceWithTax(tier.total, scope);

  it('prints the discount before the tax, the tax as its own line and the total including it', () => {
    const lines = tables('Investment')[1]!;
    expect(lines.rows).toEqual([
      ['Total', euros(price.total)],
      ['Discount (5%)', `\u2212${euros(price.discount)}`],
      ['Total after discount', euros(price.net)],
      ['MwSt (19%)', euros(price.tax)],
      ['Total including MwSt', euros(price.totalWithTax)],
    ]);
    expect(price.net + price.tax).toBe(price.totalWithTax);
  });

  it('prints the payment schedule with amounts that add up exactly to the total including tax', () => {
    const schedule = tables('Terms')[0]!;
    const parts = splitPayments(price.totalWithTax, PAYMENTS);
    expect(parts.reduce((sum, p) => sum + p.amount, 0)).toBe(price.totalWithTax);
    expect(schedule.rows).toEqual([...parts.map((p) => [p.label, `${p.percent}%`, euros(p.amount)]), ['Total', '100%', euros(price.totalWithTax)]]);
  });

  it('has no tax lines without a tax rate or discount, and still a 30/40/30 schedule', () => {
    const model = scopedModelOf('client');
    const investment = model.sections.find((s) => s.title === 'Investment')!;
    expect(investment.blocks.filter((b) => b.kind === 'table')).toHaveLength(1);
    const terms = model.sections.find((s) => s.title === 'Terms')!;
    const schedule = terms.blocks.find((b) => b.kind === 'table') as Extract<Block, { kind: 'table' }>;
    expect(schedule.rows.map((r) => r[1])).toEqual(['30%', '40%', '30%', '100%']);
  });

  it('shows the amounts in the PDF', async () => {
    requirePdfTools();
    const file = folder.write('taxed.pdf', (await renderProposal(scopedModelOf('client', DEFAULT_PROPOSAL_SETTINGS, scope))).bytes);
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain(`Total including MwSt ${euros(price.totalWithTax)}`);
    expect(text).toContain('Payment schedule');
    for (const part of splitPayments(price.totalWithTax, PAYMENTS)) expect(text).toContain(euros(part.amount));
  });
});
