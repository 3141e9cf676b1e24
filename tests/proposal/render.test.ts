// A realistic proposal read back by poppler and qpdf: content, fonts, pages, header and footer, size.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { FRAMEWORK_NAMES, recommend } from '../../shared/engine';
import type { RenderedProposal } from '../../shared/proposal';
import { plainWords } from '../../shared/proposal/plain-words';
import { clientCanChoose } from '../../shared/proposal/reasoning';
import { assessmentOf, modelOf, REALISTIC_REQUIREMENTS, REVISION, SAMPLE_BRANDING } from './fixtures';
import { renderProposal } from './node-render';
import { pdfFonts, pdfInfo, pdfText, qpdfCheck, requirePdfTools, tempFolder, wordsOutside } from './pdf-tools';

const squash = (s: string): string => s.replace(/\s+/g, ' ');

describe('a realistic proposal', () => {
  const folder = tempFolder();
  let result: RenderedProposal;
  let file: string;
  let text: string;

  beforeAll(async () => {
    requirePdfTools();
    result = await renderProposal(modelOf());
    file = folder.write('realistic.pdf', result.bytes);
    text = squash(pdfText(file));
  });
  afterAll(() => folder.remove());

  it('prints the cover, every section and the contact page', () => {
    for (const heading of [
      'Proposal',
      'Customer portal for freight tracking',
      'Prepared for',
      'Acme Logistics GmbH',
      '12 March 2026',
      'Dana Whitfield',
      'Executive summary',
      'What we heard',
      'Recommended approach: Django',
      'What speaks for Django',
      'What speaks against Django',
      'The alternative: FastAPI',
      'The stack',
      'Terms',
      'Acceptance',
      'Let’s talk',
    ]) {
      expect(text, heading).toContain(heading);
    }
  });

  it('shows the requirements as questions and answers in words, never field names or raw values', () => {
    for (const words of [
      'What are we building for you?',
      'An online service customers subscribe to',
      'Will your staff manage content',
      'different people may do different things',
      'How many people will use it at the busiest',
      '50,000',
      'people will come and go',
    ]) {
      expect(text).toContain(words);
    }
    for (const raw of ['adminPanel', 'projectKind', 'teamTurnover', 'server-rendered', 'saas ']) expect(text).not.toContain(raw);
  });

  it('prints the score of every framework, the suggested stack and the reasons behind the recommendation', () => {
    const recommendation = recommend(REALISTIC_REQUIREMENTS);
    for (const { framework, score } of recommendation.ranking) expect(text).toContain(`${FRAMEWORK_NAMES[framework]} ${score}`);
    for (const component of recommendation.stack.components) expect(text).toContain(component.name);
    // In the client's words (plain-words.ts): the engine's sentence with its technical terms rewritten.
    for (const reason of recommendation.reasons) expect(text).toContain(squash(plainWords(reason.text)).slice(0, 60));
  });

  it('explains what would make each alternative win, in sentences: every change internally, the client only the ones a client could choose', async () => {
    const requirements = { ...REALISTIC_REQUIREMENTS, adminPanel: false, auth: 'basic', teamSize: 3, teamTurnover: 'low', lifetime: 'months' } as const;
    const recommendation = recommend(requirements);
    expect(recommendation.flips.length).toBeGreaterThan(0);
    const internal = await renderProposal(modelOf(assessmentOf({ requirements }), SAMPLE_BRANDING, REVISION, 'internal'));
    const internalText = squash(pdfText(folder.write('flips-internal.pdf', internal.bytes)));
    expect(internalText).toMatch(/would come out ahead/);
    expect(internalText).toMatch(/If “[^”]+” were “[^”]+”/);
    const client = await renderProposal(modelOf(assessmentOf({ requirements })));
    const clientText = squash(pdfText(folder.write('flips-client.pdf', client.bytes)));
    const choosable = recommendation.flips.filter(clientCanChoose);
    if (choosable.length > 0) expect(clientText).toMatch(/would come out ahead/);
    else expect(clientText).toMatch(/None of the choices open to you would put \w+ ahead/);
  });

  it('embeds DejaVu Sans as subset Unicode fonts and no unembedded standard fonts', () => {
    const fonts = pdfFonts(file);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
    for (const font of fonts) {
      expect(font).toMatchObject({ type: 'CID TrueType', encoding: 'Identity-H', embedded: true, subset: true, unicode: true });
    }
  });

  it('reports the page count that pdfinfo reads, with A4 pages and the proposal metadata', () => {
    const info = pdfInfo(file);
    expect(Number(info.Pages)).toBe(result.pages);
    expect(result.pages).toBeGreaterThanOrEqual(4);
    expect(info['Page size']).toContain('595.28 x 841.89');
    expect(info.Title).toBe('Customer portal for freight tracking — proposal');
    expect(info.Author).toBe('Dana Whitfield, Codism.io');
    expect(info.CreationDate).toBe('2026-03-12T14:30:00+01');
  });

  it('puts the header, the contact details and "Page x of y" on every page after the cover, and none on the cover', () => {
    const cover = squash(pdfText(file, 1));
    expect(cover).not.toMatch(/Page \d+ of/);
    for (let page = 2; page <= result.pages; page++) {
      const pageText = squash(pdfText(file, page));
      expect(pageText).toContain(`Page ${page} of ${result.pages}`);
      expect(pageText).toContain(SAMPLE_BRANDING.email);
      expect(pageText).toContain(SAMPLE_BRANDING.website);
      expect(pageText).toContain(SAMPLE_BRANDING.phone);
      expect(pageText).toContain('Customer portal for freight tracking · Acme Logistics GmbH');
    }
  });

  it('passes qpdf --check, keeps every word inside the margins, stays under 200 KB and replaces nothing', () => {
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors');
    expect(wordsOutside(file, 24)).toEqual([]);
    expect(result.bytes.length).toBeLessThan(200 * 1024);
    expect(result.replaced).toEqual([]);
  });
});
