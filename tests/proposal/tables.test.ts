// Tables: product text (requirements, stack) is drawn by jspdf-autotable, tables that may hold user text keep the
// line layout. Read back by poppler: headers repeat on every page a table reaches, rows stay whole and in order,
// and nothing enters the band of the running header and footer.
import type { UserOptions } from 'jspdf-autotable';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { QUESTIONS, recommend } from '../../shared/engine';
import { PROPOSAL_LANGUAGES } from '../../shared/i18n/language';
import * as m from '../../shared/i18n/paraglide/messages';
import { type Block, buildProposalModel, type ProposalModel } from '../../shared/proposal';
import { assessmentOf, longText, modelOf, REALISTIC_REQUIREMENTS, REVISION, SAMPLE_BRANDING, scopeOf } from './fixtures';
import { renderProposal } from './node-render';
import { pdfFonts, pdfLines, pdfText, pdfWords, qpdfCheck, requirePdfTools, tempFolder, wordsOutside } from './pdf-tools';

const calls = vi.hoisted(() => [] as UserOptions[]);
vi.mock('jspdf-autotable', async (importOriginal) => {
  const actual = await importOriginal<typeof import('jspdf-autotable')>();
  const autoTable: typeof actual.autoTable = (doc, options) => {
    calls.push(options);
    actual.autoTable(doc, options);
  };
  return { ...actual, autoTable, default: autoTable };
});

const PAGE_H = 841.89;
/** The body box every table must stay in: below the running header, above the footer. */
const BODY_TOP = 92;
const BODY_BOTTOM = PAGE_H - 80;
/** Where the furniture is: above the header rule and below the footer rule. */
const HEADER_RULE = 62;
const FOOTER_RULE = PAGE_H - 60;

const folder = tempFolder();
beforeAll(() => requirePdfTools());
afterAll(() => folder.remove());

const headTexts = (options: UserOptions): string[] => (options.head?.[0] as { content: string }[] | undefined)?.map((cell) => cell.content) ?? [];

/** Pairs of words whose boxes intersect: text printed over text. */
function overlappingWords(file: string): string[] {
  const { words } = pdfWords(file);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i]!;
      const b = words[j]!;
      if (a.page === b.page && a.xMin < b.xMax - 0.5 && b.xMin < a.xMax - 0.5 && a.yMin < b.yMax - 0.5 && b.yMin < a.yMax - 0.5)
        out.push(`page ${a.page}: ${a.text} / ${b.text}`);
    }
  }
  return out;
}

type Table = Extract<Block, { kind: 'table' }>;

/** The model with one more section: `before` pushes the table down the page, then the table, then a closing line. */
function withTable(table: Table, before = ''): ProposalModel {
  const model = modelOf();
  const blocks: Block[] = [
    ...(before === '' ? [] : [{ kind: 'paragraph' as const, text: before }]),
    table,
    { kind: 'paragraph', text: 'Closing line after the table.' },
  ];
  model.sections.splice(model.sections.length - 1, 0, { title: 'Appendix: all questions', blocks, newPage: true });
  return model;
}

/**
 * A table of product text: every question with its help sentence (which wraps), `copies` times over. Each row starts
 * with its number and its last cell ends with it, so the row can be followed through pdftotext.
 */
function questionTable(copies: number): Table {
  const rows = Array.from({ length: copies }, (_, copy) =>
    QUESTIONS.map((q, i) => {
      const n = copy * QUESTIONS.length + i + 1;
      return [`R${n} ${q.section}`, q.label, `${q.help} (end of R${n})`];
    }),
  ).flat();
  return {
    kind: 'table',
    columns: [
      { title: 'Topic', share: 0.26 },
      { title: 'Question', share: 0.3, bold: true },
      { title: 'Note', share: 0.44 },
    ],
    rows,
    productText: true,
  };
}

describe('tables in a realistic proposal', () => {
  it('draws the requirements and stack tables with autotable in the embedded family, and the contact table with the line layout', async () => {
    calls.length = 0;
    const result = await renderProposal(modelOf());
    expect(calls.map(headTexts)).toEqual([
      ['Topic', 'Question', 'Answer'],
      ['Component', 'Role in the project'],
    ]);
    for (const options of calls) {
      expect(options.showHead).toBe('everyPage');
      expect(options.styles?.font).toBe('ProposalSans');
      const margin = options.margin as { top: number; right: number; bottom: number; left: number };
      expect(margin.top).toBeCloseTo(BODY_TOP, 6);
      expect(margin.bottom).toBeCloseTo(PAGE_H - BODY_BOTTOM, 6);
      expect(margin.left).toBeCloseTo(56, 6);
      expect(margin.right).toBeCloseTo(56, 6);
    }
    const file = folder.write('realistic.pdf', result.bytes);
    expect(overlappingWords(file)).toEqual([]);
    // The contact table, drawn by the line layout, is still there in full.
    expect(pdfText(file, result.pages).replace(/\s+/g, ' ')).toContain('Your consultant Dana Whitfield');
    // Autotable's text goes through the same embedded subset fonts: no standard font sneaks in.
    expect(
      pdfFonts(file)
        .map((f) => f.name.replace(/^[A-Z]{6}\+/, ''))
        .sort(),
    ).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
  });
});

describe('a product-text table longer than a page', () => {
  const copies = 6;
  const table = questionTable(copies);
  let file: string;
  let pages: number;

  beforeAll(async () => {
    calls.length = 0;
    const result = await renderProposal(withTable(table));
    expect(calls.map(headTexts)).toContainEqual(['Topic', 'Question', 'Note']);
    file = folder.write('long-product-table.pdf', result.bytes);
    pages = result.pages;
    qpdfCheck(file);
  });

  it('flows across pages with its header row repeated at the top of every page it reaches, read back page by page', () => {
    const tablePages: number[] = [];
    for (let page = 2; page <= pages; page++) {
      const text = pdfText(file, page);
      if (/\bR\d+ /.test(text)) tablePages.push(page);
    }
    expect(tablePages.length).toBeGreaterThanOrEqual(3);
    const lines = pdfLines(file);
    for (const page of tablePages) {
      const body = lines.filter((l) => l.page === page && l.yMin > HEADER_RULE && l.yMax < FOOTER_RULE);
      const header = body.findIndex((l) => l.text === 'Topic Question Note');
      const firstRow = body.findIndex((l) => /^R\d+ /.test(l.text));
      expect(header, `page ${page} repeats the header`).toBeGreaterThanOrEqual(0);
      expect(header, `page ${page}: the header comes before the rows`).toBeLessThan(firstRow);
    }
  });

  it('keeps every row whole on one page, in order, none lost', () => {
    const { words } = pdfWords(file);
    const starts = words.filter((w) => /^R\d+$/.test(w.text));
    expect(starts.map((w) => w.text)).toEqual(table.rows.map((_, i) => `R${i + 1}`));
    expect(
      table.rows.some((row) => row[2]!.length > 80),
      'some rows wrap onto several lines',
    ).toBe(true);
    for (const start of starts) {
      const end = words.find((w) => w.text === `${start.text})`);
      expect(end?.page, `${start.text} ends on the page it starts on`).toBe(start.page);
    }
  });

  it('lets the text after it continue below its last row, overlapping nothing', () => {
    const { words } = pdfWords(file);
    const lastRow = words.filter((w) => w.text === `R${table.rows.length})`).at(-1)!;
    const closing = words.find((w) => w.text === 'Closing')!;
    expect(closing.page * 10_000 + closing.yMin).toBeGreaterThan(lastRow.page * 10_000 + lastRow.yMax);
    expect(overlappingWords(file)).toEqual([]);
  });

  it('stays inside the body box on every page: nothing in the bands of the running header and footer', () => {
    const intruders = pdfLines(file).filter((l) => l.page > 1 && l.yMax > HEADER_RULE && l.yMin < FOOTER_RULE && (l.yMin < BODY_TOP || l.yMax > BODY_BOTTOM));
    expect(intruders).toEqual([]);
    expect(wordsOutside(file, 24)).toEqual([]);
  });
});

describe('where a table starts', () => {
  it('never leaves a header row alone at the foot of a page: it moves to the next page with the first row', async () => {
    // A paragraph growing by about half a line per step pushes the table's start down across the bottom of a page.
    // The steps are smaller than the window in which the header would fit without its first row (about 23 pt), so a
    // sweep that sees the table start both below the paragraph and at the top of the next page went through it.
    const table = questionTable(1);
    const starts = { below: 0, top: 0 };
    for (let length = 2000; length <= 3400; length += 40) {
      const result = await renderProposal(withTable(table, longText(length, 11)));
      const lines = pdfLines(folder.write('start.pdf', result.bytes));
      let started = false;
      for (let page = 2; page <= result.pages; page++) {
        const body = lines.filter((l) => l.page === page && l.yMin > HEADER_RULE && l.yMax < FOOTER_RULE);
        const header = body.findIndex((l) => l.text === 'Topic Question Note');
        if (header < 0) continue;
        expect(body[header + 1]?.text, `${length} characters: page ${page}`).toMatch(/^R\d+ /);
        if (!started) starts[header === 0 ? 'top' : 'below']++;
        started = true;
      }
    }
    expect(starts.below, 'the table started below the paragraph').toBeGreaterThan(0);
    expect(starts.top, 'the table started at the top of the next page').toBeGreaterThan(0);
  });
});

describe('where a priced table ends', () => {
  it('never carries its total alone to the top of a page: the row above goes with it', async () => {
    // An investment table (one-line rows, amounts on the right, the total last and emphasised) pushed down across the
    // bottom of a page by a paragraph growing half a line per step: at some step only the total is left over.
    const rows = Array.from({ length: 8 }, (_, i) => [`Phase P${i + 1}`, `${i + 2} days`, `€${(i + 2) * 1000}.00`]);
    const table: Table = {
      kind: 'table',
      columns: [
        { title: 'Item', share: 0.46, bold: true },
        { title: 'Effort', share: 0.3, align: 'right' },
        { title: 'Price', share: 0.24, align: 'right' },
      ],
      rows: [...rows, ['Total', '44 days', '€44,000.00']],
      emphasis: [rows.length],
    };
    let split = 0;
    for (let length = 2000; length <= 3600; length += 40) {
      const result = await renderProposal(withTable(table, longText(length, 11)));
      const lines = pdfLines(folder.write('total.pdf', result.bytes));
      const header = lines.filter((l) => l.text === 'Item Effort Price');
      if (header.length > 1) split++;
      for (const head of header.slice(1)) {
        const body = lines.filter((l) => l.page === head.page && l.yMin > head.yMax);
        expect(body[0]?.text, `${length} characters: page ${head.page} starts with the total alone`).toMatch(/^Phase P\d+ /);
      }
    }
    expect(split, 'the sweep split the table over two pages').toBeGreaterThan(3);
  });
});

describe('a product-text table holding text DejaVu cannot draw', () => {
  it('falls back to the line layout, so the CJK face draws it instead of wrong glyphs', async () => {
    calls.length = 0;
    const table: Table = { ...questionTable(1), rows: [['R1 东京', 'Question', 'Note']] };
    const result = await renderProposal(withTable(table));
    expect(calls.map(headTexts)).not.toContainEqual(['Topic', 'Question', 'Note']);
    const file = folder.write('fallback.pdf', result.bytes);
    expect(pdfText(file)).toContain('R1 东京');
    expect(result.replaced).toEqual([]);
    expect(pdfFonts(file).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''))).toContain('WenQuanYiMicroHei');
  });

  it('falls back as well for a client name that reached a product table by mistake', async () => {
    calls.length = 0;
    const model = modelOf(assessmentOf({ clientName: '株式会社サクラ' }));
    model.sections
      .find((s) => s.title === 'What we heard')!
      .blocks.forEach((block) => {
        if (block.kind === 'table') block.rows[0]![2] = '株式会社サクラ';
      });
    const result = await renderProposal(model);
    expect(calls.map(headTexts)).toEqual([['Component', 'Role in the project']]);
    expect(pdfText(folder.write('mistake.pdf', result.bytes))).toContain('株式会社サクラ');
  });
});

describe('the effort column in every language', () => {
  // A large project: phases of hundreds of days, so the effort reads "1.234,56 Personentage" in German.
  const base = scopeOf();
  const large = { ...base, items: base.items.map((item) => ({ ...item, low: item.low * 30, likely: item.likely * 30, high: item.high * 30 })) };

  it.each(PROPOSAL_LANGUAGES)('keeps each figure on one line with its unit, in %s', async (language) => {
    const model = buildProposalModel(assessmentOf(), recommend(REALISTIC_REQUIREMENTS), SAMPLE_BRANDING, REVISION, {
      scope: large,
      number: 'SW-2026-0042',
      language,
    });
    const file = folder.write(`effort-${language}.pdf`, (await renderProposal(model)).bytes);
    const unit = m.proposal_days_other({ days: '' }, { locale: language }).trim();
    // A line of its own lies wholly below the line before it (a Thai word set in the Thai face has a box of other
    // metrics than the figure beside it, so poppler may give it a line of its own on the same baseline).
    const lines = pdfLines(file);
    const alone = lines.filter((line, i) => line.text === unit && (i === 0 || line.yMin >= lines[i - 1]!.yMax - 0.5));
    expect(alone, `a line holding only "${unit}"`).toEqual([]);
    // The tables are there: their rows print the days with the unit.
    expect(lines.filter((line) => line.text.includes(unit)).length).toBeGreaterThan(5);
  });
});
