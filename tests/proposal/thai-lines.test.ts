// Thai has no spaces between words: lines break at the word boundaries Intl.Segmenter finds, never inside a word and
// never before a tone mark or a vowel sign, and the marks take the positioned forms Thai typography puts them in. Line
// layout without a PDF (random widths, fast-check prints the seed), then a whole Thai proposal read back by poppler.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DEFAULT_PROPOSAL_SETTINGS } from '../../shared/branding';
import { recommend } from '../../shared/engine';
import { buildProposalModel } from '../../shared/proposal';
import { layoutText } from '../../shared/proposal/layout';
import { listAnd, listOr } from '../../shared/proposal/phrases';
import { isCombiningMark, thaiBreaks } from '../../shared/proposal/thai-breaks';
import { THAI_FORM_ORIGINALS, thaiForms } from '../../shared/proposal/thai-forms';
import { assessmentOf, REVISION, SAMPLE_BRANDING, scopeOf } from './fixtures';
import { nodeFaces, renderProposal } from './node-render';
import { pdfText, pdfWords, requirePdfTools, tempFolder, type Word } from './pdf-tools';

const fonts = await nodeFaces(['thai']);
const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

/** A line's text as the reader gets it: positioned forms read as the marks they stand for. */
const lineText = (line: { runs: { text: string }[] }): string =>
  [...line.runs.map((r) => r.text).join('')].map((ch) => String.fromCodePoint(THAI_FORM_ORIGINALS.get(ch.codePointAt(0)!) ?? ch.codePointAt(0)!)).join('');

/** The offsets at which Intl.Segmenter ends a word in `text`. */
function boundaries(text: string): Set<number> {
  return new Set([...segmenter.segment(text)].map((s) => s.index + s.segment.length));
}

const THAI = 'ข้อเสนอนี้มีผลถึงวันที่เจ็ดธันวาคมและจะมีผลผูกพันเมื่อทั้งสองฝ่ายลงนามด้านล่างแล้วการเปลี่ยนแปลงขอบเขตงานหลังจากนั้นจะตกลงกันเป็นลายลักษณ์อักษร';

describe('Thai line breaking', () => {
  it('finds the word ends Intl.Segmenter finds, and none in text without Thai', () => {
    expect([...thaiBreaks('ข้อเสนอนี้')].sort((a, b) => a - b)).toEqual([3, 7]);
    expect(thaiBreaks('The proposal is valid until 7 December.').size).toBe(0);
    // A space already breaks; a combining mark never starts a word.
    expect(thaiBreaks('วันที่ 7')).toEqual(new Set([3]));
    // Never after an opening bracket or before closing punctuation.
    expect(thaiBreaks('(และงาน)')).toEqual(new Set([4]));
    // Thai lists join their last item with และ; a space before a Latin (typed) item.
    expect(listAnd(['บัญชีลูกค้า', 'ค้นหาพัสดุ'], 'th')).toBe('บัญชีลูกค้าและค้นหาพัสดุ');
    expect(listAnd(['Audit log', 'ERP export'], 'th')).toBe('Audit log และ ERP export');
    expect(listAnd(['A', 'B', 'C'], 'de')).toBe('A, B und C');
    expect(listOr(['Basis', 'Erweitert', 'Sehr umfassend'], 'de')).toBe('Basis, Erweitert oder Sehr umfassend');
    expect(listOr(['Essential', 'Full service'], 'en')).toBe('Essential or Full service');
  });

  it('breaks every line of Thai at a word boundary, never before a mark, at any width (property; fast-check prints the seed)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 40, max: 500 }), fc.constantFrom(8, 10, 14, 24), fc.integer({ min: 1, max: 3 }), (width, size, copies) => {
        const text = Array.from({ length: copies }, () => THAI).join(' ');
        const lines = layoutText(text, 'regular', size, width, fonts, new Set()).map(lineText);
        expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
        let at = 0;
        for (const [i, line] of lines.entries()) {
          expect(line, `line ${i} starts with a mark`).not.toMatch(/^\p{M}/u);
          at = text.indexOf(line, at) + line.length;
          const next = lines[i + 1];
          // A break inside a run of Thai (no space at it) falls where Segmenter ends a word, unless a word wider than
          // the whole line had to be split; even then no mark is torn from its letter.
          if (next !== undefined && text[at] !== ' ' && !boundaries(text).has(at)) {
            const word = [...segmenter.segment(text)].find((s) => s.index < at && s.index + s.segment.length > at)!;
            expect(word.segment.length, `"${line}" | "${next}"`).toBeGreaterThan(0);
            expect(layoutText(word.segment, 'regular', size, width, fonts, new Set()).length, `split "${word.segment}" fits one line`).toBeGreaterThan(1);
          }
        }
      }),
    );
  });

  it('puts tone marks low over a bare consonant, high over a vowel, and left of a tall stem', () => {
    expect(thaiForms('ได้')).toBe('ด\uF70B'.replace('ด', 'ได'));
    expect(thaiForms('ที่')).toBe('ที่');
    expect(thaiForms('น้ำ')).toBe('น้ำ');
    expect(thaiForms('ฟัง')).toBe('ฟ\uF710ง');
    expect(thaiForms('ป่า')).toBe('ป\uF705า');
    expect(thaiForms('ปี่')).toBe('ป\uF702\uF713');
    expect(thaiForms('ญุ')).toBe('\uF70Fุ');
    expect(thaiForms('ฎุ')).toBe('ฎ\uF718');
    expect(thaiForms('Proposal')).toBe('Proposal');
    const once = thaiForms(THAI);
    expect(thaiForms(once)).toBe(once);
    expect([...once].map((ch) => String.fromCodePoint(THAI_FORM_ORIGINALS.get(ch.codePointAt(0)!) ?? ch.codePointAt(0)!)).join('')).toBe(THAI);
    expect(isCombiningMark('\u0E48')).toBe(true);
    expect(isCombiningMark('ก')).toBe(false);
  });
});

/** A line's words cut into columns wherever the gap between two words is wider than a space (a table's next cell). */
function segmentsOf(words: readonly Word[]): { page: number; text: string; xMin: number; yMin: number; yMax: number }[] {
  const out: { page: number; text: string; xMin: number; yMin: number; yMax: number; xMax: number }[] = [];
  for (const w of [...words].sort((a, b) => a.xMin - b.xMin)) {
    const last = out.at(-1);
    if (last !== undefined && w.xMin - last.xMax < 8) {
      last.text += ` ${w.text}`;
      last.xMax = w.xMax;
      last.yMin = Math.min(last.yMin, w.yMin);
      last.yMax = Math.max(last.yMax, w.yMax);
    } else out.push({ page: w.page, text: w.text, xMin: w.xMin, xMax: w.xMax, yMin: w.yMin, yMax: w.yMax });
  }
  return out;
}

describe('a Thai proposal read back by poppler', () => {
  const folder = tempFolder();
  beforeAll(() => requirePdfTools());
  afterAll(() => folder.remove());

  for (const edition of ['client', 'internal'] as const) {
    it(`ends every line of Thai (${edition} edition) at a word boundary, and starts none with a mark`, async () => {
      const assessment = assessmentOf({
        clientName: 'บริษัท ไทยโลจิสติกส์ จำกัด',
        projectTitle: 'ระบบติดตามการขนส่งสินค้า',
        // What the consultant typed, in Thai without spaces for lines on end: the breaker must find the words itself.
        notes: `${THAI}${THAI}`,
      });
      const scope = scopeOf(20);
      const titles = ['ระบบจัดการคำสั่งซื้อและการติดตามสถานะการขนส่งแบบเรียลไทม์', 'หน้าจอสำหรับผู้ดูแลระบบเพื่อจัดการข้อมูลลูกค้า', 'การเชื่อมต่อกับระบบบัญชีที่ลูกค้าใช้งานอยู่ในปัจจุบัน'];
      scope.items = scope.items.map((item, i) => ({ ...item, title: titles[i % titles.length]! }));
      const model = buildProposalModel(assessment, recommend(assessment.requirements), SAMPLE_BRANDING, REVISION, {
        edition,
        scope,
        settings: { ...DEFAULT_PROPOSAL_SETTINGS, showRange: true },
        number: 'SW-2026-0042',
        language: 'th',
      });
      const rendered = await renderProposal(model);
      expect(rendered.replaced).toEqual([]);
      const file = folder.write(`thai-${edition}.pdf`, rendered.bytes);
      const text = pdfText(file);
      // The positioned forms read back as the marks they stand for.
      expect(text).not.toMatch(/[\uF700-\uF71A]/);
      expect(text).toContain('สิ่งที่เราได้รับฟัง');
      // Lines of one paragraph or table cell: words on a baseline cut into columns where a wide gap separates them, and a
      // column's line followed by the next line starting at the same x, one line pitch below.
      const lines: Word[][] = [];
      for (const word of [...pdfWords(file).words].sort((a, b) => a.page - b.page || a.yMax - b.yMax || a.xMin - b.xMin)) {
        const last = lines.at(-1);
        if (last !== undefined && last[0]!.page === word.page && Math.abs(last[0]!.yMax - word.yMax) <= 1) last.push(word);
        else lines.push([word]);
      }
      const columns = lines.flatMap(segmentsOf);
      const thai = /[\u0E01-\u0E2E\u0E30-\u0E3A\u0E40-\u0E4E]/;
      let checked = 0;
      for (const [i, column] of columns.entries()) {
        expect(column.text, `line ${i}`).not.toMatch(/^\p{M}/u);
        const height = column.yMax - column.yMin;
        const next = columns.find(
          (c) => c.page === column.page && c.yMin > column.yMin + 1 && c.yMin - column.yMin <= 1.6 * height && Math.abs(c.xMin - column.xMin) < 3,
        );
        // Two lines that meet inside a run of Thai: the break falls where Segmenter ends a word in the joined text.
        if (next !== undefined && thai.test(column.text.at(-1) ?? '') && thai.test(next.text[0] ?? '')) {
          const joined = `${column.text}${next.text}`;
          expect(boundaries(joined).has(column.text.length), `"${column.text}" | "${next.text}"`).toBe(true);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(edition === 'internal' ? 8 : 4);
    });
  }
});
