// Hostile input: huge notes, 300-character titles, unbroken words, mixed scripts, emoji, control characters.
// Every export must stay a valid PDF with every word inside the page, and say what it could not print.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { assessmentOf, longText, modelOf, REVISION, SAMPLE_BRANDING } from './fixtures';
import { renderProposal } from './node-render';
import { pdfFonts, pdfInfo, pdfText, qpdfCheck, requirePdfTools, tempFolder, wordsOutside } from './pdf-tools';

/** Words must stay inside the page with room to spare: the layout's margins are 56 pt at the sides, the furniture 30 pt from top and bottom. */
const INSET = 24;
const squash = (s: string): string => s.replace(/\s+/g, '');

const folder = tempFolder();
beforeAll(() => requirePdfTools());
afterAll(() => folder.remove());

/** The internal edition: the only one that prints the notes, the longest free text. */
async function exportPdf(name: string, fields: Parameters<typeof assessmentOf>[0], branding = SAMPLE_BRANDING) {
  const result = await renderProposal(modelOf(assessmentOf(fields), branding, REVISION, 'internal'));
  const file = folder.write(name, result.bytes);
  qpdfCheck(file);
  return { result, file };
}

describe('hostile input', () => {
  it('flows 20,000 characters of notes over several pages, every word inside the page and none lost', async () => {
    const notes = longText(20000);
    const { result, file } = await exportPdf('notes.pdf', { notes });
    expect(result.pages).toBeGreaterThan(7);
    expect(Number(pdfInfo(file).Pages)).toBe(result.pages);
    expect(wordsOutside(file, INSET)).toEqual([]);
    // Page by page, the notes' words appear in order: strip the furniture and compare without whitespace.
    let body = '';
    for (let page = 2; page <= result.pages; page++) {
      body += squash(pdfText(file, page))
        .replace(/^Codism\.io/, '')
        .replace(/(Internal·)?Customerportalforfreighttracking·AcmeLogisticsGmbH/, '')
        .replace(/Codism\.ioinfo@codism\.io·www\.codism\.io·973-814-2525·USAOfficePage\d+of\d+$/, '');
    }
    expect(body.includes(squash(notes)), 'the notes, in order and complete').toBe(true);
  });

  it('wraps 300-character titles and names, and splits words longer than a line, without leaving the page', async () => {
    const unbroken = 'W'.repeat(300);
    const title = `${'Consolidated regional freight visibility and customs pre-clearance platform '.repeat(4)}`.slice(0, 300);
    const { result, file } = await exportPdf(
      'long-titles.pdf',
      { clientName: unbroken, projectTitle: title, consultant: 'M'.repeat(200), notes: `${'x'.repeat(5000)} end` },
      { ...SAMPLE_BRANDING, companyName: 'Q'.repeat(120), address: 'A'.repeat(400) },
    );
    expect(wordsOutside(file, INSET)).toEqual([]);
    const text = squash(pdfText(file));
    expect(text.includes('W'.repeat(300)), 'the unbroken client name, whole').toBe(true);
    // pdftotext joins a word broken after its hyphen ("pre-" / "clearance") without the hyphen: compare without them.
    expect(text.replace(/-/g, '').includes(squash(title).replace(/-/g, '')), 'the long title, whole').toBe(true);
    // The 5,000-character word runs over pages, between header and footer: all of it is there, in pieces.
    expect((text.match(/x{20,}/g) ?? []).join('').length).toBe(5000);
    expect(result.replaced).toEqual([]);
  });

  it('prints Greek, Cyrillic and CJK with embedded fonts, and marks emoji and right-to-left text with a replacement it reports', async () => {
    const client = 'Ωμέγα Ltd · ООО «Привет» · 株式会社サクラ · 한국물류 · 北京数据 · شركة الأمل · חברה · Zoë 😀👨‍👩‍👧';
    const { result, file } = await exportPdf('scripts.pdf', {
      clientName: client,
      projectTitle: 'Πύλη πελατών / Портал / 顧客ポータル',
      notes: 'Noted: 🚚 deliveries, 中文 notes, and Ελληνικά.',
    });
    expect(wordsOutside(file, INSET)).toEqual([]);
    const text = pdfText(file);
    for (const words of ['Ωμέγα', '«Привет»', '株式会社サクラ', '한국물류', '北京数据', 'Zoë', 'Πύλη', 'Портал', '顧客ポータル', 'Ελληνικά'])
      expect(text).toContain(words);
    // Right-to-left words and emoji are each shown as one visible mark, and reported.
    expect(text).not.toMatch(/[\u0590-\u08ff]/u);
    expect(text).not.toMatch(/\p{Extended_Pictographic}/u);
    expect(text).toContain('□ □ · □ · Zoë □');
    for (const char of ['😀', '🚚', 'ش', 'ח']) expect(result.replaced).toContain(char);
    expect(pdfFonts(file).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''))).toContain('WenQuanYiMicroHei');
    for (const font of pdfFonts(file)) expect(font.embedded && font.subset && font.unicode).toBe(true);
  });

  it('drops control characters and bidi overrides instead of printing or obeying them', async () => {
    const { result, file } = await exportPdf('controls.pdf', {
      clientName: 'Acme\u0000\u0007 Corp\u001b[31m\u202e evil\u202c',
      projectTitle: 'Tab\tand\u000bvertical\u200b zero\ufeffwidth',
      notes: 'line one\r\nline two\u0085line three\u0001',
    });
    const text = pdfText(file);
    expect(text).toContain('Acme Corp[31m evil');
    expect(text).toContain('Tab andvertical zerowidth');
    expect(text).toMatch(/line one\s+line two\s+line three/);
    const controls = [...text].filter((c) => (c < ' ' && c !== '\n' && c !== '\f') || ('\u007f' <= c && c <= '\u009f') || ('\u202a' <= c && c <= '\u202e'));
    expect(controls).toEqual([]);
    expect(result.replaced).toEqual([]);
  });

  it('splits a table row taller than a page across pages, repeating the table header on each', async () => {
    const model = modelOf();
    model.sections.push({
      title: 'A very long table',
      blocks: [
        {
          kind: 'table',
          columns: [
            { title: 'Column heading that is long enough to wrap onto a second line in its narrow column', share: 0.2 },
            { title: 'Content', share: 0.8 },
          ],
          rows: [
            ['short', longText(12000, 3)],
            ['W'.repeat(400), 'tail row'],
          ],
        },
      ],
    });
    const result = await renderProposal(model);
    const file = folder.write('long-table.pdf', result.bytes);
    qpdfCheck(file);
    expect(wordsOutside(file, INSET)).toEqual([]);
    const pagesWithHeader = Array.from({ length: result.pages }, (_, i) => pdfText(file, i + 1)).filter((t) => /Column heading/.test(t) && /Content/.test(t));
    expect(pagesWithHeader.length).toBeGreaterThanOrEqual(3);
    expect(squash(pdfText(file))).toContain('tailrow');
  });

  it('keeps any mix of scripts, spaces and unbroken runs inside the page (property)', async () => {
    const alphabet = fc.constantFrom(...'aZ0 Ωж語한\u0000\n😀ش-/—'.split(''), 'W'.repeat(40), ' '.repeat(30), 'Ä', '\u0301');
    const field = (max: number) => fc.array(alphabet, { maxLength: max }).map((parts) => parts.join('').slice(0, max));
    await fc.assert(
      fc.asyncProperty(field(300), field(300), field(3000), async (clientName, projectTitle, notes) => {
        const result = await renderProposal(modelOf(assessmentOf({ clientName, projectTitle, notes }), SAMPLE_BRANDING, REVISION, 'internal'));
        const file = folder.write('property.pdf', result.bytes);
        qpdfCheck(file);
        expect(wordsOutside(file, INSET)).toEqual([]);
      }),
      { numRuns: 12, seed: 20260312 },
    );
  });
});
