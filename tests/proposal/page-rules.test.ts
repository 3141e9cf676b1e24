// The layout rules, checked on every page of proposals generated from random scopes, names and branding and read back
// with poppler (pdftotext -bbox): no page but the cover with fewer than six lines, no heading as the last line of a
// page, no Latin word broken across two lines, no bullet's detail text split with fewer than two lines on either side
// of a page break (nor moved to a page without its item), and "Internal" in every page's header in the internal edition,
// in every proposal language (the case picks one: German compounds, French and Thai headers and page labels).
// fast-check prints the seed and the path of a failing run, so it can be replayed with { seed, path }.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type Branding, DEFAULT_BRANDING, DEFAULT_PROPOSAL_SETTINGS } from '../../shared/branding';
import { recommend, type Requirements } from '../../shared/engine';
import { PROPOSAL_LANGUAGES, type ProposalLanguage } from '../../shared/i18n/language';
import * as m from '../../shared/i18n/paraglide/messages';
import { buildProposalModel, type ProposalModel } from '../../shared/proposal';
import type { Scope } from '../../shared/scope/schema';
import { assessmentOf, longText, REALISTIC_REQUIREMENTS, REVISION, scopeOf } from './fixtures';
import { renderProposal } from './node-render';
import { pdfWords, requirePdfTools, tempFolder, type Word } from './pdf-tools';

const folder = tempFolder();
beforeAll(() => requirePdfTools());
afterAll(() => folder.remove());

const CLIENTS = [
  'Acme Logistics GmbH',
  'บริษัท ขนส่งด่วนพิเศษ แห่งประเทศไทย จำกัด (มหาชน)',
  'Nordlicht Zahlungsverkehrsdienstleistungen AG',
  'Müller & Söhne Straßenbau- und Tiefbaugesellschaft mbH',
  'Fjord Outfitters',
  'ธนาคารกรุงเทพ',
];
const PROJECTS = [
  'Customer portal for freight tracking',
  'Händlerportal für Zahlungsabwicklung mit Echtzeit-Betrugserkennung und Mandantenfähigkeit',
  'ระบบติดตามพัสดุ',
  'Web shop',
];
const TIER_NAMES = [
  ['Standard'],
  ['Basis', 'Plus'],
  ['Essential', 'Professional', 'Complete'],
  ['Grundversorgung für den Einstieg', 'Erweiterte Plattform mit Integrationen', 'Vollständige Unternehmenslösung mit Betrieb'],
];
const ADDRESSES = [
  'USA Office',
  'Unit 4, Harbour Court\n12 Quay Street\nBristol BS1 4DJ\nUnited Kingdom\nVAT GB 123 4567 89\nCompany no. 01234567',
  'Friedrichstraße 123\n10117 Berlin',
];

interface Case {
  client: string;
  project: string;
  tiers: string[];
  items: number;
  recommended: number;
  address: string;
  notes: number;
  primary: string;
  requirements: Requirements;
  /** The scope's start date, or '' for none (relative weeks). */
  start: string;
  /** Items' descriptions: the fixture's one-liners, or every other item with one of one to six lines. */
  details: 'fixture' | 'varied';
  /** The client's contact person on the cover and in the acceptance: none, or a name, role and e-mail. */
  contact: { clientContactName?: string; clientContactRole?: string; clientContactEmail?: string };
  /** The language the proposal is written in: German compounds and Thai runs test the breaking as English does not. */
  language: ProposalLanguage;
}

const caseArbitrary: fc.Arbitrary<Case> = fc.record({
  client: fc.constantFrom(...CLIENTS),
  project: fc.constantFrom(...PROJECTS),
  tiers: fc.constantFrom(...TIER_NAMES),
  items: fc.integer({ min: 1, max: 60 }),
  recommended: fc.integer({ min: 1, max: 3 }),
  address: fc.constantFrom(...ADDRESSES),
  notes: fc.constantFrom(0, 300, 2500),
  primary: fc.constantFrom('#1f3a5f', '#0c5a3e', '#f2c94c', '#7b1fa2'),
  requirements: fc.constantFrom<Requirements>(
    REALISTIC_REQUIREMENTS,
    { projectKind: 'data-tool' },
    { projectKind: 'api-service', apiDocs: true, existingFramework: 'none', languages: ['th', 'en'], integrations: ['SAP', 'Stripe'] },
    {},
  ),
  start: fc.constantFrom('', '2027-03-01', '2026-12-24'),
  details: fc.constantFrom<Case['details']>('fixture', 'varied'),
  contact: fc.constantFrom<Case['contact']>(
    {},
    {
      clientContactName: 'Jörg Müller-Lüdenscheidt',
      clientContactRole: 'Leiter Zahlungsverkehr und Betrugsprävention',
      clientContactEmail: 'j.mueller@nordlicht.de',
    },
    { clientContactName: 'สมชาย วงศ์สกุล', clientContactRole: 'ผู้อำนวยการฝ่ายปฏิบัติการ' },
  ),
  language: fc.constantFrom(...PROPOSAL_LANGUAGES),
});

/** A description of one to six lines in the scope section (about 100 characters a line), its own words per item. */
const variedDescription = (i: number): string => longText(40 + ((i * 137) % 560), 11 + i).trim();

function modelFor(c: Case, edition: 'client' | 'internal'): ProposalModel {
  const base = scopeOf(c.items);
  const scope: Scope = {
    ...base,
    tiers: c.tiers,
    recommendedTier: Math.min(c.recommended, c.tiers.length),
    ...(c.start === '' ? {} : { startDate: c.start }),
    items: base.items.map((item, i) => ({
      ...item,
      tier: Math.min(item.tier ?? 1, c.tiers.length),
      ...(c.details === 'varied' && i % 2 === 0 ? { description: variedDescription(i) } : {}),
    })),
  };
  const branding: Branding = {
    ...DEFAULT_BRANDING,
    address: c.address,
    primaryColour: c.primary,
    consultantName: 'Siriporn Wongsawat',
    ...(c.notes === 0
      ? {}
      : {
          team: [
            { name: 'Siriporn Wongsawat', role: 'Lead consultant', line: 'Twelve years of Django for logistics and payments' },
            { name: 'Jörg Müller-Lüdenscheidt', role: 'Senior developer', line: '' },
          ],
          references: [
            { client: 'บริษัท ขนส่งด่วนพิเศษ จำกัด', outcome: 'Quotes in an hour instead of two days', year: 2025 },
            { client: 'Nordbank AG', outcome: 'A merchant portal for 4,000 shops, live in eleven weeks', year: 2024 },
          ],
        }),
  };
  const assessment = assessmentOf({ clientName: c.client, projectTitle: c.project, requirements: c.requirements, notes: longText(c.notes), ...c.contact });
  return buildProposalModel(assessment, recommend(c.requirements), branding, REVISION, {
    edition,
    scope,
    settings: { ...DEFAULT_PROPOSAL_SETTINGS, showRange: c.notes > 0 },
    number: 'SW-2026-0042',
    language: c.language,
  });
}

interface PageLine {
  text: string;
  yMin: number;
  yMax: number;
  words: Word[];
}

/** Each page's lines (words sharing a baseline), top to bottom, split into the running header, the body and the footer. */
function pagesOf(file: string, language: ProposalLanguage): { header: string; body: PageLine[] }[] {
  // The footer's page label in the proposal's language ("Page 2 of 9", "Seite 2 von 9", "หน้า 2 จาก 9").
  const [before, between, after] = m.proposal_page_label({ page: '\u0000', pages: '\u0000' }, { locale: language }).split('\u0000');
  const escape = (text = ''): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*');
  const pageLabel = new RegExp(`${escape(before)}\\d+${escape(between)}\\d+${escape(after)}`);
  const { pages, words } = pdfWords(file);
  return pages.map((_, index) => {
    const lines: PageLine[] = [];
    for (const word of words.filter((w) => w.page === index + 1).sort((a, b) => a.yMax - b.yMax || a.xMin - b.xMin)) {
      const last = lines[lines.length - 1];
      if (last !== undefined && Math.abs(last.yMax - word.yMax) <= 1) last.words.push(word);
      else lines.push({ text: '', yMin: word.yMin, yMax: word.yMax, words: [word] });
    }
    for (const line of lines) line.text = line.words.map((w) => w.text).join(' ');
    // The running header sits above the rule at 62 pt; the footer starts at the line with the page label.
    // Thai words and digits sit on slightly different boxes: the label is read from the words within a few points of a line.
    const around = (l: PageLine): string =>
      lines
        .flatMap((o) => (Math.abs(o.yMin - l.yMin) <= 5 ? o.words : []))
        .sort((x, y) => x.xMin - y.xMin)
        .map((w) => w.text)
        .join(' ');
    const footer = lines.findIndex((l) => pageLabel.test(l.text) || pageLabel.test(around(l)));
    const header = lines
      .filter((l) => l.yMax < 62)
      .map((l) => l.text)
      .join(' ');
    return { header, body: lines.filter((l, i) => l.yMin >= 62 && (footer < 0 || i < footer)) };
  });
}

/** Every whitespace-separated word of the model's strings, with its trailing punctuation and without. */
function modelWords(model: ProposalModel): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      for (const w of v.normalize('NFC').split(/\s+/)) if (w !== '') out.add(w).add(w.replace(/[.,;:!?)\u201D]+$/, ''));
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object' && !ArrayBuffer.isView(v)) Object.values(v).forEach(walk);
  };
  walk(model.sections);
  return out;
}

/** Every bullet's detail text, spaces squashed, to tell its lines from others'. */
function bulletDetails(model: ProposalModel): string[] {
  const squash = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return model.sections.flatMap((s) =>
    s.blocks.flatMap((b) => (b.kind === 'bullets' ? b.items.flatMap((i) => (i.detail === undefined ? [] : [squash(i.detail)])) : [])),
  );
}

/** Whether a laid-out line is a line of a bullet's detail: indented like a bullet's text, and part of a detail. */
function isDetailLine(line: PageLine, details: readonly string[]): boolean {
  const text = line.text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return line.words[0]!.xMin > 60 && line.words[0]!.xMin < 90 && details.some((d) => d.includes(text));
}

/** How many lines, from the start (or the end) of `lines`, are detail lines in a row. */
function detailRun(lines: readonly PageLine[], details: readonly string[], fromEnd: boolean): number {
  const ordered = fromEnd ? [...lines].reverse() : lines;
  const stop = ordered.findIndex((l) => !isDetailLine(l, details));
  return stop < 0 ? ordered.length : stop;
}

function headings(model: ProposalModel): Set<string> {
  const out = new Set<string>();
  for (const section of model.sections) {
    out.add(section.title);
    for (const block of section.blocks) if (block.kind === 'subheading') out.add(block.text);
  }
  return out;
}

async function check(c: Case, edition: 'client' | 'internal', run: number): Promise<void> {
  const model = modelFor(c, edition);
  const rendered = await renderProposal(model);
  const file = folder.write(`rules-${edition}-${run}.pdf`, rendered.bytes);
  const pages = pagesOf(file, c.language);
  const words = modelWords(model);
  const titles = headings(model);
  const details = bulletDetails(model);
  pages.slice(1).forEach((page, i) => {
    const n = i + 2;
    expect(page.body.length, `page ${n} has ${page.body.length} lines: ${page.body.map((l) => l.text).join(' | ')}`).toBeGreaterThanOrEqual(6);
    const last = page.body[page.body.length - 1]!.text;
    expect(titles.has(last), `page ${n} ends with the heading "${last}"`).toBe(false);
    // A bullet's detail that goes on at the top of this page: at least two of its lines here and two on the page before
    // (a detail that moved without its item leaves none there).
    const previous = pages[n - 2]!;
    const continued = n > 2 ? detailRun(page.body, details, false) : 0;
    if (continued > 0) {
      const before = detailRun(previous.body, details, true);
      expect(
        { before, after: continued },
        `page ${n} starts with ${continued} line(s) of a bullet's detail after ${before} on page ${n - 1}: ${page.body[0]!.text}`,
      ).toSatisfy(({ before: b, after: a }: { before: number; after: number }) => b >= 2 && a >= 2);
    }
    const internal = m.proposal_header_internal({}, { locale: c.language });
    if (edition === 'internal') expect(page.header, `page ${n} header`).toContain(internal);
    else expect(page.header).not.toContain(internal);
    // A Latin word broken across lines: a fragment that is no word of the model, whose join with a word on the next
    // line in the same column is one.
    for (const line of page.body) {
      for (const w of line.words) {
        // pdftotext may write ö as o and a combining mark: compare in NFC.
        const text = w.text.normalize('NFC');
        // A line may end after a hyphen or a slash: that is a break point, not a broken word.
        if (!/[A-Za-zÄÖÜäöüß]{2}/.test(text) || words.has(text) || /[-/\u2013\u2014]$/.test(text)) continue;
        const below = page.body
          .flatMap((l) => l.words)
          .filter((v) => v.yMin > w.yMin + 4 && v.yMin < w.yMax + 16 && Math.abs(v.xMin - w.xMin) < 400 && words.has(`${text}${v.text}`.normalize('NFC')));
        expect(
          below.map((v) => `${text}/${v.text}`),
          `page ${n}: a word broken mid-word`,
        ).toEqual([]);
      }
    }
  });
}

describe('the layout rules on every page', () => {
  for (const edition of ['client', 'internal'] as const) {
    it(`hold for random scopes, names and branding (${edition} edition, property)`, async () => {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(caseArbitrary, async (c) => {
          await check(c, edition, run++);
        }),
        { numRuns: 12 },
      );
    }, 240_000);
  }

  it('hold on the long case: a six-line address, long notes, Thai and German names, 60 items, three long tier names', async () => {
    const c: Case = {
      client: CLIENTS[1]!,
      project: PROJECTS[1]!,
      tiers: TIER_NAMES[3]!,
      items: 60,
      recommended: 2,
      address: ADDRESSES[1]!,
      notes: 2500,
      primary: '#1f3a5f',
      requirements: { ...REALISTIC_REQUIREMENTS, targetDate: '2027-03-19', budgetRange: '75k-200k' },
      start: '2027-03-01',
      details: 'varied',
      contact: { clientContactName: 'สมชาย วงศ์สกุล', clientContactRole: 'ผู้อำนวยการฝ่ายปฏิบัติการ', clientContactEmail: 'somchai@example.co.th' },
      language: 'de',
    };
    await check(c, 'client', 1000);
    await check(c, 'internal', 1001);
  }, 60_000);

  it('hold on a Dutch internal edition whose phase heading once stood last on its page (property seed 596084174)', async () => {
    const c: Case = {
      client: 'Acme Logistics GmbH',
      project: 'Customer portal for freight tracking',
      tiers: ['Standard'],
      items: 14,
      recommended: 1,
      address: 'USA Office',
      notes: 0,
      primary: '#1f3a5f',
      requirements: { projectKind: 'api-service', apiDocs: true, existingFramework: 'none', languages: ['th', 'en'], integrations: ['SAP', 'Stripe'] },
      start: '',
      details: 'varied',
      contact: {},
      language: 'nl',
    };
    await check(c, 'internal', 1002);
  }, 60_000);
});
