// The two editions read back from real PDFs: what the client never sees, what the internal edition adds, figures that
// equal the estimate to the cent in the proposal's locale, Thai in a real font, nothing printed twice, contact details
// whole, no lone line at a page break, no page left mostly empty.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DEFAULT_PROPOSAL_SETTINGS } from '../../shared/branding';
import { recommend } from '../../shared/engine';
import type { ProposalLanguage } from '../../shared/i18n/language';
import { buildProposalModel } from '../../shared/proposal';
import { estimateScope, formatMoney } from '../../shared/scope/estimate';
import { recommendedTierOf } from '../../shared/scope/schema';
import { paymentAmounts, priceWithTax } from '../../shared/scope/tax-and-payments';
import { assessmentOf, REALISTIC_REQUIREMENTS, REVISION, SAMPLE_BRANDING, scopedModelOf, scopeOf } from './fixtures';
import { renderProposal } from './node-render';
import { pdfFonts, pdfLines, pdfText, pdfWords, qpdfCheck, requirePdfTools, tempFolder } from './pdf-tools';

const folder = tempFolder();
beforeAll(() => requirePdfTools());
afterAll(() => folder.remove());

/** Text without any kind of space (pdftotext spells the narrow no-break space of some locales differently). */
const squash = (s: string): string => s.replace(/[\s\u00a0\u202f]+/g, '');
const NOTES = 'Two junior devs; NGO budget; the board decides in May.';

async function write(name: string, model: Parameters<typeof renderProposal>[0]): Promise<{ file: string; pages: number; replaced: string[] }> {
  const result = await renderProposal(model);
  const file = folder.write(name, result.bytes);
  qpdfCheck(file);
  return { file, pages: result.pages, replaced: result.replaced };
}

function scoped(
  edition: 'client' | 'internal',
  fields: Parameters<typeof assessmentOf>[0] = {},
  settings = DEFAULT_PROPOSAL_SETTINGS,
  branding = SAMPLE_BRANDING,
  language: ProposalLanguage = 'en',
) {
  const assessment = assessmentOf({ notes: NOTES, ...fields });
  return buildProposalModel(assessment, recommend(assessment.requirements), branding, REVISION, {
    edition,
    scope: scopeOf(),
    settings,
    number: 'SW-2026-0042',
    language,
  });
}

describe('editions', () => {
  it('never prints the internal notes in the client edition; the internal edition adds them, the rules and the working', async () => {
    const client = squash(pdfText((await write('client.pdf', scoped('client'))).file));
    const internal = squash(pdfText((await write('internal.pdf', scoped('internal'))).file));
    expect(client).not.toContain(squash(NOTES));
    expect(client).not.toContain('internal');
    expect(internal).toContain(squash(NOTES));
    expect(internal).toContain(squash('Estimate working (internal)'));
    expect(internal).toContain(squash('Low · likely · high'));
    expect(internal).toMatch(/Rule:[\w.-]+\./);
    // How the confidence was judged, step by step, only in the internal edition.
    const basis = recommend(assessmentOf({}).requirements).confidenceBasis;
    expect(internal).toContain(squash('How confidence was judged'));
    for (const line of basis) expect(internal).toContain(squash(line));
    expect(client).not.toContain(squash('How confidence was judged'));
  });

  it('prints no revision on the client cover and every sentence once', async () => {
    const { file } = await write('once.pdf', scoped('client'));
    expect(pdfText(file, 1)).not.toMatch(/Revision/);
    // Body lines only: the running header and the footer repeat on purpose.
    const { pages } = pdfWords(file);
    const height = pages[0]!.height;
    const body = pdfLines(file).filter((l) => l.page > 1 && l.yMin > 70 && l.yMax < height - 90 && l.text.length >= 30);
    const seen = new Map<string, number>();
    for (const line of body) seen.set(line.text, (seen.get(line.text) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([text]) => text)).toEqual([]);
    expect(pdfText(file).match(/Why Django/g) ?? []).toEqual([]);
  });
});

describe('figures', () => {
  // A German locale formats a German proposal (an English one keeps English conventions: client-terms.test.ts).
  const cases = [
    { locale: 'en-GB', language: 'en', dayWord: 'days' },
    { locale: 'de-DE', language: 'de', dayWord: 'Personentage' },
  ] as const;
  for (const { locale, language, dayWord } of cases) {
    it(`prints every price and day figure exactly as the estimate has it (${locale})`, async () => {
      const settings = { ...DEFAULT_PROPOSAL_SETTINGS, locale, showRange: true };
      const { file } = await write(`figures-${locale}.pdf`, scoped('client', {}, settings, SAMPLE_BRANDING, language));
      const text = squash(pdfText(file));
      const estimate = estimateScope(scopeOf(), { framework: recommend(REALISTIC_REQUIREMENTS).recommended, teamSize: REALISTIC_REQUIREMENTS.teamSize });
      const money = (minor: number): string => squash(formatMoney(minor, 'EUR', locale));
      const days = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
      // The option the scope recommends: none chosen in the fixture, so the highest (recommendedTierOf).
      const tier = estimate.tiers.find((t) => t.tier === recommendedTierOf(scopeOf()))!;
      expect(tier.tier).toBe(3);
      const expected = [
        ...estimate.tiers.flatMap((t) => [t.total, t.low, t.high]),
        ...tier.phases.map((p) => p.price),
        tier.pm,
        tier.qa,
        tier.contingency,
        ...estimate.addOns.map((a) => a.price),
        tier.byFramework.flask,
        tier.byFramework.fastapi,
      ];
      for (const minor of expected) expect(text, `${minor}`).toContain(money(minor));
      for (const d of [tier.days, ...tier.phases.map((p) => p.days), tier.pmDays, tier.qaDays, tier.contingencyDays])
        expect(text).toContain(squash(`${days.format(d)}${dayWord}`));
      // And no amount in the text that the estimate does not have.
      const printable = new Set(
        [
          ...expected,
          ...tier.phases.map((p) => p.price),
          Math.abs(tier.byFramework.flask - tier.total),
          Math.abs(tier.byFramework.fastapi - tier.total),
          // The payment schedule: the recommended option's total (no tax here) split 30/40/30.
          ...paymentAmounts(priceWithTax(tier.total, scopeOf()).totalWithTax, scopeOf()).map((p) => p.amount),
        ].map(money),
      );
      const amounts = text.match(locale === 'de-DE' ? /\d{1,3}(?:\.\d{3})*,\d{2}€/g : /€\d{1,3}(?:,\d{3})*\.\d{2}/g) ?? [];
      expect(amounts.length).toBeGreaterThan(15);
      for (const amount of amounts) expect(printable.has(amount), amount).toBe(true);
    });
  }
});

describe('layout read back', () => {
  it('draws a Thai client name with the embedded Thai face', async () => {
    const { file, replaced } = await write('thai.pdf', scoped('client', { clientName: 'มูลนิธิเพื่อการศึกษาไทย' }));
    expect(replaced).toEqual([]);
    expect(pdfText(file)).toContain('มูลนิธิเพื่อการศึกษาไทย');
    expect(pdfFonts(file).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''))).toContain('ArundinaSans');
    const latin = await write('latin.pdf', scoped('client'));
    expect(pdfFonts(latin.file).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''))).not.toContain('ArundinaSans');
  });

  it('prints long contact details whole in every footer and on the cover, and keeps address lines apart', async () => {
    const branding = {
      ...SAMPLE_BRANDING,
      email: 'new-business-enquiries@northern-software-consultancy.co.uk',
      website: 'www.northern-software-consultancy-and-partners.co.uk',
      phone: '+44 20 7946 0958 ext. 4410',
      address: 'Unit 4, Harbour Court\n12 Quay Street\nBristol BS1 4DJ, United Kingdom',
    };
    const { file, pages } = await write('contacts.pdf', scoped('client', {}, DEFAULT_PROPOSAL_SETTINGS, branding));
    for (let page = 1; page <= pages; page++) {
      const text = squash(pdfText(file, page));
      for (const detail of [branding.email, branding.website, branding.phone, ...branding.address.split('\n')])
        expect(text, `page ${page}: ${detail}`).toContain(squash(detail));
      expect(text).not.toContain('…');
    }
    // Address lines never run together: each ends its line or is followed by a separator.
    expect(pdfLines(file).filter((l) => /Court\s*12|Street\s*Bristol/.test(l.text))).toEqual([]);
    const contactPage = pdfLines(file)
      .filter((l) => l.page === pages)
      .map((l) => l.text);
    expect(contactPage).toContain('12 Quay Street');
  });

  it('never leaves one line of a paragraph alone at the foot or the head of a page', async () => {
    const tokens = Array.from({ length: 90 }, (_, i) => `t${String(i).padStart(3, '0')}`).join(' ');
    for (const lead of [0, 40, 80, 120, 160, 200, 240, 280]) {
      const notes = `${'Lead words here. '.repeat(lead / 4)}\n\n${tokens}`;
      const { file } = await write(`orphans-${lead}.pdf`, scoped('internal', { notes }));
      const perPage = new Map<number, number>();
      for (const line of pdfLines(file)) if (/\bt\d{3}\b/.test(line.text)) perPage.set(line.page, (perPage.get(line.page) ?? 0) + 1);
      for (const [page, count] of perPage) expect(count, `lead ${lead}, page ${page}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('fills every page but the last at least a third of the way down', async () => {
    for (const edition of ['client', 'internal'] as const) {
      const { file, pages } = await write(`fill-${edition}.pdf`, scopedModelOf(edition));
      const { words, pages: boxes } = pdfWords(file);
      const height = boxes[0]!.height;
      for (let page = 2; page < pages; page++) {
        const body = words.filter((w) => w.page === page && w.yMin > 70 && w.yMax < height - 90);
        const lowest = Math.max(...body.map((w) => w.yMax));
        expect(lowest, `${edition} page ${page}`).toBeGreaterThan(92 + (height - 170 - 92) / 3);
      }
    }
  });
});

describe('bad input', () => {
  it('refuses a currency or a locale that cannot be written, naming it, before anything is rendered', () => {
    const assessment = assessmentOf();
    const build = (scope: ReturnType<typeof scopeOf>, locale = 'en-GB') =>
      buildProposalModel(assessment, recommend(assessment.requirements), SAMPLE_BRANDING, REVISION, {
        scope,
        settings: { ...DEFAULT_PROPOSAL_SETTINGS, locale },
      });
    expect(() => build({ ...scopeOf(), currency: 'EURO' })).toThrow(
      expect.objectContaining({ code: 'invalid_input', field: 'currency', message: expect.stringMatching(/currency: "EURO" cannot be written/) }),
    );
    expect(() => build(scopeOf(), 'not a locale!')).toThrow(expect.objectContaining({ code: 'invalid_input', field: 'locale' }));
  });
});
