// Text hygiene and line layout, without a PDF: what is dropped, what is replaced, and that lines always fit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FontSet } from '../../shared/proposal/faces';
import { breakGlyphs, fitBlock, fitLine, layoutText, shape } from '../../shared/proposal/layout';
import { cleanLine, cleanText, REPLACEMENT } from '../../shared/proposal/text';
import { nodeFaces } from './node-render';

const latinOnly = await nodeFaces([]);

const lineText = (line: { runs: { text: string }[] }): string => line.runs.map((r) => r.text).join('');

async function fonts(): Promise<FontSet> {
  return nodeFaces(['cjk']);
}

describe('cleanText', () => {
  it('drops control characters, bidi overrides and invisible marks, and normalises line breaks and tabs', () => {
    expect(cleanText('a\u0000b\u0007c\u001bd\u007fe\u0085f')).toBe('abcde\nf');
    expect(cleanText('x\u202ey\u2066z\u200bw\ufeffv\u00adu')).toBe('xyzwvu');
    expect(cleanText('one\r\ntwo\rthree\u2028four\tfive')).toBe('one\ntwo\nthree\nfour five');
    expect(cleanText('lone \ud800 surrogate \udc00 pair 😀')).toBe('lone  surrogate  pair 😀');
    expect(cleanText('e\u0301')).toBe('é');
  });

  it('cleanLine puts a field on one line', () => {
    expect(cleanLine('  Acme\n\n  Corp\t ltd  ')).toBe('Acme Corp ltd');
  });
});

describe('shape', () => {
  it('uses DejaVu for Latin, Greek and Cyrillic and the CJK face only for CJK', async () => {
    const set = await fonts();
    const glyphs = shape('Zoë Ωμέγα Привет 東京 서울', 'regular', set, new Set());
    expect(new Set(glyphs.filter((g) => /[東京서울]/.test(g.text)).map((g) => g.face))).toEqual(new Set(['cjk']));
    expect(new Set(glyphs.filter((g) => !/[東京서울]/.test(g.text)).map((g) => g.face))).toEqual(new Set(['regular']));
  });

  it('replaces emoji sequences and right-to-left words with one visible mark each, and reports them', async () => {
    const replaced = new Set<string>();
    const glyphs = shape('a 👨‍👩‍👧 b 👍🏽 c שלום d مرحبا e 🇩🇪', 'regular', await fonts(), replaced);
    expect(glyphs.map((g) => g.text).join('')).toBe(`a ${REPLACEMENT} b ${REPLACEMENT} c ${REPLACEMENT} d ${REPLACEMENT} e ${REPLACEMENT}`);
    for (const char of ['👨', '👩', '👧', '👍', '🏽', 'ש', 'م', '🇩']) expect(replaced).toContain(char);
  });

  it('falls back to the CJK face only when it is loaded, else replaces', () => {
    const replaced = new Set<string>();
    const glyphs = shape('東京', 'bold', latinOnly, replaced);
    expect(glyphs.map((g) => g.text).join('')).toBe(REPLACEMENT);
    expect([...replaced]).toEqual(['東', '京']);
  });
});

describe('line breaking', () => {
  const alphabet = fc.constantFrom('a', 'W', 'i', ' ', ' ', '-', '/', 'Ω', 'ж', '語', '한', '😀', 'ش', 'm'.repeat(30), '\u0301');

  it('never makes a line wider than the width, and loses no character (property)', async () => {
    const set = await fonts();
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 400 }), fc.integer({ min: 60, max: 480 }), fc.constantFrom(8, 10, 17, 30), (parts, width, size) => {
        const text = parts.join('');
        const replaced = new Set<string>();
        const glyphs = shape(text, 'regular', set, replaced);
        const lines = breakGlyphs(glyphs, width, size);
        for (const line of lines) {
          // Only a single glyph wider than the whole line could exceed it; at least two em fit here.
          expect(line.width).toBeLessThanOrEqual(width + 1e-9);
        }
        const printed = lines.map(lineText).join('').replace(/\s/g, '');
        expect(printed).toBe(
          glyphs
            .map((g) => g.text)
            .join('')
            .replace(/\s/g, ''),
        );
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('breaks at spaces when it can, and inside a word only when the word is longer than the line', () => {
    const set = latinOnly;
    const lines = layoutText('alpha beta gamma delta', 'regular', 10, 70, set, new Set()).map(lineText);
    expect(lines).toEqual(['alpha beta', 'gamma delta']);
    const long = layoutText(`short ${'x'.repeat(100)} end`, 'regular', 10, 100, set, new Set()).map(lineText);
    expect(long[0]).toBe('short');
    expect(long.slice(1, -1).every((l) => /^x+$/.test(l))).toBe(true);
    expect(long.join('').replace(/ /g, '')).toBe(`short${'x'.repeat(100)}end`);
  });

  it('keeps explicit line breaks and empty lines', () => {
    const lines = layoutText('one\n\nthree', 'regular', 10, 400, latinOnly, new Set()).map(lineText);
    expect(lines).toEqual(['one', '', 'three']);
  });

  it('breaks between CJK characters, which have no spaces', async () => {
    const lines = layoutText('東京都千代田区丸の内一丁目'.repeat(5), 'regular', 12, 100, await fonts(), new Set());
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(100);
  });

  it('cuts a line with an ellipsis, and shrinks a block before cutting it', () => {
    const set = latinOnly;
    const cut = fitLine('A very long project title that cannot fit', 'bold', 10, 80, set, new Set());
    expect(cut.width).toBeLessThanOrEqual(80);
    expect(lineText(cut).endsWith('…')).toBe(true);
    expect(lineText(fitLine('Short', 'bold', 10, 80, set, new Set()))).toBe('Short');
    const block = fitBlock('word '.repeat(40), 'bold', [30, 20, 12], 200, 3, set, new Set());
    expect(block.size).toBe(12);
    expect(block.lines).toHaveLength(3);
    expect(lineText(block.lines[2]!).endsWith('…')).toBe(true);
    expect(fitBlock('Two words', 'bold', [30, 20], 200, 3, set, new Set()).size).toBe(30);
  });
});
