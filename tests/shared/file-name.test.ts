// Export file names: within every file system's byte limit, cut between characters, nothing Windows or macOS refuses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { cutToBytes, EXPORT_NAME_MAX_BYTES, fileName, utf8Length } from '../../shared/file-name';
import { fuzzRuns } from '../fixtures/runs';

const graphemes = (text: string): string[] => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('fileName', () => {
  it('cuts long Cyrillic, CJK and emoji names to the byte limit, keeping the ending', () => {
    const cyrillic = fileName(`${'Щ'.repeat(120)} - ${'Ж'.repeat(120)}`, ' - proposal.pdf');
    expect(utf8Length(cyrillic)).toBeLessThanOrEqual(EXPORT_NAME_MAX_BYTES);
    expect(cyrillic).toMatch(/^Щ+ - proposal\.pdf$/);
    const cjk = fileName('株'.repeat(90), '.json');
    expect(utf8Length(cjk)).toBeLessThanOrEqual(EXPORT_NAME_MAX_BYTES);
    expect(cjk).toMatch(/^株+\.json$/);
    const family = '👨‍👩‍👧‍👦';
    const emoji = fileName(family.repeat(30), '.pdf');
    expect(utf8Length(emoji)).toBeLessThanOrEqual(EXPORT_NAME_MAX_BYTES);
    expect(graphemes(emoji.slice(0, -4)).every((g) => g === family)).toBe(true);
  });

  it('never splits a combining sequence or a flag', () => {
    const accented = 'q\u0301\u0323'.repeat(100);
    expect(graphemes(cutToBytes(accented, 50)).every((g) => g === 'q\u0301\u0323')).toBe(true);
    expect(cutToBytes('🇩🇪'.repeat(10), 10)).toBe('🇩🇪');
  });

  it('drops characters Windows or macOS refuse and avoids reserved device names', () => {
    expect(fileName('a/b\\c:d*e?f"g<h>i|j\u0000k', '.pdf')).toBe('abcdefghijk.pdf');
    expect(fileName('CON', '.json')).toBe('_CON.json');
    expect(fileName('lpt1', '')).toBe('_lpt1');
    expect(fileName('Console', '.json')).toBe('Console.json');
    expect(fileName('  ..hidden. ', '.pdf')).toBe('hidden.pdf');
    expect(fileName('???', ' - proposal.pdf', { fallback: 'Proposal' })).toBe('Proposal - proposal.pdf');
    expect(fileName('\ud800broken\udfff', '.pdf')).toBe('broken.pdf');
  });

  it('for any Unicode text: fits the limit, keeps the ending, nothing illegal or reserved', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.constantFrom('Щ', '株', '👨‍👩‍👧‍👦', 'e\u0301', '🇩🇪', 'CON', '.', ' ', '/', '\ud800'),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')),
        fc.constantFrom('.pdf', '.json', ' - proposal.pdf', ''),
        fc.integer({ min: 20, max: 255 }),
        (stem, ending, maxBytes) => {
          const name = fileName(stem, ending, { maxBytes });
          expect(utf8Length(name)).toBeLessThanOrEqual(maxBytes);
          expect(name.endsWith(ending)).toBe(true);
          expect([...name].some((c) => c.charCodeAt(0) < 32 || c === '\u007f' || '<>:"/\\|?*'.includes(c))).toBe(false);
          expect(name).not.toMatch(LONE_SURROGATE);
          expect(name).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
          expect(name.length).toBeGreaterThan(ending.length);
        },
      ),
      { numRuns: fuzzRuns(500) },
    );
  });

  it('for any Unicode text, a cut keeps whole grapheme clusters: the first ones of the text, as many as fit', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.array(fc.constantFrom('Щ', '株', '👨‍👩‍👧‍👦', 'é', '🇩🇪', 'a'), { maxLength: 100 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 300 }), (source, maxBytes) => {
        const cut = cutToBytes(source, maxBytes);
        expect(utf8Length(cut)).toBeLessThanOrEqual(Math.max(maxBytes, 0));
        const whole = graphemes(source);
        const kept = graphemes(cut);
        expect(kept).toEqual(whole.slice(0, kept.length));
        if (kept.length < whole.length) expect(utf8Length(cut + whole[kept.length]!)).toBeGreaterThan(maxBytes);
      }),
      { numRuns: fuzzRuns(500) },
    );
  });
});
