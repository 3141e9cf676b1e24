// The quoted figure and rounding in real PDFs: the client edition quotes the P80 the consultant chose, rounded to 100
// of the currency, with an allowance line so the printed parts add up to the printed total; the internal edition stays
// exact and prints P50/P80/P90 and the consultancy's record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DEFAULT_BRANDING, DEFAULT_PROPOSAL_SETTINGS } from '../../shared/branding';
import { recommend, type Requirements } from '../../shared/engine';
import { buildProposalModel } from '../../shared/proposal';
import { draftScope } from '../../shared/scope/draft';
import { estimateScope, formatMoney } from '../../shared/scope/estimate';
import { roundTo } from '../../shared/scope/rounding';
import { DEFAULT_RATE_CARD, recommendedTierOf } from '../../shared/scope/schema';
import { coneStage } from '../../shared/scope/simulation';
import { assessmentOf, REVISION, scopeOf } from './fixtures';
import { renderProposal } from './node-render';
import { pdfText, qpdfCheck, requirePdfTools, tempFolder } from './pdf-tools';

const folder = tempFolder();
beforeAll(() => requirePdfTools());
afterAll(() => folder.remove());

const squash = (s: string): string => s.replace(/[\s\u00a0\u202f]+/g, '');

async function textOf(name: string, edition: 'client' | 'internal', ratios?: number[]): Promise<string> {
  const assessment = assessmentOf();
  const scope = scopeOf(12, { quote: 'p80' });
  const model = buildProposalModel(assessment, recommend(assessment.requirements), DEFAULT_BRANDING, REVISION, {
    edition,
    scope,
    settings: { ...DEFAULT_PROPOSAL_SETTINGS, priceRounding: '100' },
    ...(ratios === undefined ? {} : { ratios }),
  });
  const file = folder.write(name, (await renderProposal(model)).bytes);
  qpdfCheck(file);
  return pdfText(file);
}

describe('the quoted figure and rounding', () => {
  it('quotes the P80 rounded to 100 in the client edition, its parts adding up to the printed total', async () => {
    const assessment = assessmentOf();
    const scope = scopeOf(12, { quote: 'p80' });
    const estimate = estimateScope(scope, {
      framework: recommend(assessment.requirements).recommended,
      teamSize: assessment.requirements.teamSize,
      percentiles: { stage: coneStage(assessment.requirements) },
    });
    const tier = estimate.tiers[recommendedTierOf(scope) - 1]!; // the proposal prices the recommended option
    const quoted = roundTo(tier.percentiles!.p80.total, 100 * 100);
    expect(quoted).not.toBe(tier.total);
    const text = await textOf('client-p80.pdf', 'client');
    const money = (minor: number): string => squash(formatMoney(minor, scope.currency, DEFAULT_PROPOSAL_SETTINGS.locale));
    expect(squash(text)).toContain(money(quoted));
    expect(squash(text)).not.toContain(money(tier.total));
    expect(text).toMatch(/Range allowance \(P80/);
    // The investment table: every price a multiple of 100, and the parts add up to the total printed.
    const table = text.slice(text.indexOf('priced phase by phase'), text.indexOf('Assumptions'));
    const prices = [...table.matchAll(/€([\d,]+)\.(\d\d)/g)].map((m) => Number(m[1]!.replace(/,/g, '')) * 100 + Number(m[2]));
    expect(prices.length).toBeGreaterThan(3);
    for (const p of prices) expect(p % 10_000).toBe(0);
    expect(prices.at(-1)).toBe(quoted);
    expect(prices.slice(0, -1).reduce((a, b) => a + b, 0)).toBe(quoted);
  });

  it('keeps the internal edition exact, with P50/P80/P90 and the consultancy’s record', async () => {
    const text = squash(await textOf('internal-p80.pdf', 'internal', [1.1, 1.3, 1.2]));
    expect(text).toContain(squash('Simulated range'));
    expect(text).toContain(squash('the client edition quotes the P80'));
    expect(text).toContain(squash('Our record: 3 delivered projects took 1.2 × their estimate'));
  });

  it('lists no rewrite as a deliverable when the work stays on the running Flask app, and says the Django price includes it', async () => {
    const requirements: Requirements = {
      projectKind: 'web-app',
      existingFramework: 'flask',
      extendingExisting: true,
      existingSize: 'small',
      userInterface: 'server-rendered',
      auth: 'basic',
      dataModel: 'relational',
      lifetime: 'years',
      features: [{ title: 'Customer self-service portal', size: 'l' }],
    };
    const assessment = assessmentOf({ requirements });
    const recommendation = recommend(requirements);
    expect(recommendation.recommended).toBe('flask');
    const scope = draftScope(requirements, DEFAULT_RATE_CARD);
    const model = buildProposalModel(assessment, recommendation, DEFAULT_BRANDING, REVISION, { edition: 'client', scope });
    const file = folder.write('extension.pdf', (await renderProposal(model)).bytes);
    qpdfCheck(file);
    const text = squash(pdfText(file));
    expect(text).toContain(squash('Working in the running Flask application'));
    expect(text).not.toContain(squash('Rewrite of the running Flask application'));
    expect(text).toMatch(/WithDjango,thesamescopewouldtakeabout[\d.,]+daysandcost€?£?[\d,.]+,includingtherewriteoftheapplicationyouruntoday/);
  });
});
