// The option the consultant recommends (the scope's recommendedTier) is the one the proposal quotes everywhere: the
// headline and the executive summary, the scope, the options table's mark, the timeline, the investment and the
// acceptance. Read back from real PDFs with poppler.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DEFAULT_BRANDING, DEFAULT_PROPOSAL_SETTINGS } from '../../shared/branding';
import { recommend } from '../../shared/engine';
import { buildProposalModel, type ProposalModel } from '../../shared/proposal';
import { estimateScope, formatMoney } from '../../shared/scope/estimate';
import type { Scope } from '../../shared/scope/schema';
import { assessmentOf, REALISTIC_REQUIREMENTS, REVISION, scopeOf } from './fixtures';
import { renderProposal } from './node-render';
import { pdfText, qpdfCheck, requirePdfTools, tempFolder } from './pdf-tools';

const folder = tempFolder();
beforeAll(() => requirePdfTools());
afterAll(() => folder.remove());

const squash = (s: string): string => s.replace(/[\s\u00a0\u202f]+/g, '');

function modelFor(scope: Scope, edition: 'client' | 'internal' = 'client'): ProposalModel {
  return buildProposalModel(assessmentOf(), recommend(REALISTIC_REQUIREMENTS), DEFAULT_BRANDING, REVISION, {
    edition,
    scope,
    settings: DEFAULT_PROPOSAL_SETTINGS,
    number: 'SW-2026-0042',
  });
}

function sectionText(model: ProposalModel, title: string): string {
  const section = model.sections.find((s) => s.title === title);
  return JSON.stringify(section?.blocks ?? null);
}

const estimateOf = (scope: Scope) =>
  estimateScope(scope, { framework: recommend(REALISTIC_REQUIREMENTS).recommended, teamSize: REALISTIC_REQUIREMENTS.teamSize });

describe('the recommended option', () => {
  for (const chosen of [1, 2, 3] as const) {
    it(`quotes tier ${chosen}, as chosen, in the summary, scope, options, timeline, investment and acceptance`, async () => {
      const scope = scopeOf(40, { tiers: ['Basis', 'Plus (recommended)', 'Premium'], recommendedTier: chosen });
      const estimate = estimateOf(scope);
      const tier = estimate.tiers[chosen - 1]!;
      const others = estimate.tiers.filter((t) => t.tier !== chosen);
      const model = modelFor(scope);
      const money = (minor: number): string => formatMoney(minor, 'EUR', 'en-GB');
      const summary = sectionText(model, 'Executive summary');
      expect(summary).toContain(`for the ${tier.name} option is ${money(tier.total)}`);
      for (const other of others) expect(summary).not.toContain(money(other.total));
      expect(sectionText(model, 'Scope and deliverables')).toContain(`in the ${tier.name} option`);
      const options = model.sections.find((s) => s.title === 'Options')!;
      const table = options.blocks.find((b) => b.kind === 'table')!;
      if (table.kind !== 'table') throw new Error('no options table');
      expect(table.columns.map((c) => c.title)).toEqual(['', ...estimate.tiers.map((t) => (t.tier === chosen ? `${t.name} \u2605` : t.name))]);
      expect(table.highlightColumn).toBe(chosen);
      expect(sectionText(model, 'Investment')).toContain(money(tier.total));
      expect(sectionText(model, 'Investment')).toContain(`The ${tier.name} option`);
      expect(sectionText(model, 'Acceptance')).toContain(`We recommend ${tier.name}.`);

      const bytes = (await renderProposal(model)).bytes;
      const file = folder.write(`tier-${chosen}.pdf`, bytes);
      qpdfCheck(file);
      const text = squash(pdfText(file));
      expect(text).toContain(squash(`The investment for the ${tier.name} option is ${money(tier.total)}`));
      expect(text).toContain(squash(`We recommend ${tier.name} (marked \u2605)`));
      // The star marks the chosen option only, however the options are named.
      expect(text.match(/★/g)?.length).toBe(2);
      expect(text).toContain(squash(`${tier.name} ★`));
    });
  }

  it('recommends the highest tier when none is chosen', () => {
    const scope = scopeOf(40);
    const top = estimateOf(scope).tiers.at(-1)!;
    expect(sectionText(modelFor(scope), 'Executive summary')).toContain(`for the ${top.name} option`);
  });

  it('prints no star and no option choice with one tier', async () => {
    const scope = scopeOf(12, { tiers: ['Standard'], items: scopeOf(12).items.map((i) => ({ ...i, tier: 1 })) });
    const model = modelFor(scope);
    expect(model.sections.find((s) => s.title === 'Options')?.blocks.some((b) => b.kind === 'table') ?? false).toBe(false);
    const file = folder.write('one-tier.pdf', (await renderProposal(model)).bytes);
    const text = pdfText(file);
    expect(text).not.toContain('★');
    expect(text).not.toContain('Option chosen');
    expect(text).not.toContain('We recommend Standard');
  });
});
