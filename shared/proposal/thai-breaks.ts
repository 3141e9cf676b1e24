// Where Thai text may break between lines: Thai is written without spaces between words, so the word boundaries come
// from Intl.Segmenter's Thai dictionary, never from a home-made word list. Pure; the line breaker (layout.ts) uses
// the offsets, and keeps combining marks (tone marks, vowels above and below) with the character they sit on.
import { isThai } from './text';

let segmenter: Intl.Segmenter | null = null;

/** Punctuation a line must not end with (opening brackets and quotes) or start with (closing ones, stops, commas). */
const OPENING = /^[\p{Ps}\p{Pi}]$/u;
const CLOSING = /^[\p{Pe}\p{Pf}.,:;!?%\u0E2F\u0E46]$/u;

/** Tone marks, vowel signs above and below, and every other combining mark (Unicode category M). */
export function isCombiningMark(char: string): boolean {
  return /^\p{M}$/u.test(char);
}

/** Texts already segmented, with their word ends: bounded, emptied whole when full. */
const NONE: ReadonlySet<number> = new Set();
const KNOWN_MAX = 4096;
const known = new Map<string, ReadonlySet<number>>();

/**
 * The string offsets at which a Thai word ends and another word (not a space) follows: the places a line may break
 * inside a run of Thai text. Empty for text with no Thai, which is not segmented at all.
 */
export function thaiBreaks(text: string): ReadonlySet<number> {
  if (!/[\u0E00-\u0E7F]/.test(text)) return NONE;
  // A text is shaped several times (measured, kept together, drawn): segmenting it once is enough.
  let ends = known.get(text);
  if (ends === undefined) {
    ends = segmentEnds(text);
    if (known.size >= KNOWN_MAX) known.clear();
    known.set(text, ends);
  }
  return ends;
}

function segmentEnds(text: string): ReadonlySet<number> {
  const ends = new Set<number>();
  segmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
  for (const { segment, index } of segmenter.segment(text)) {
    const end = index + segment.length;
    if (end >= text.length) continue;
    const before = text.codePointAt(end - 1)!;
    const after = text.codePointAt(end)!;
    // Between two words with no space: at least one of them Thai (a space already gives a break of its own); never
    // after an opening bracket or quote, nor before closing punctuation.
    if (after === 0x20 || before === 0x20 || isCombiningMark(String.fromCodePoint(after))) continue;
    if (OPENING.test(String.fromCodePoint(before)) || CLOSING.test(String.fromCodePoint(after))) continue;
    if (isThai(before) || isThai(after)) ends.add(end);
  }
  return ends;
}
