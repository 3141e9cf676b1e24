// Text hygiene for the proposal: drops control and invisible formatting characters, normalises, and sorts
// code points into what the embedded fonts can draw. Pure string work; choosing a font is fonts.ts's job.

/** Drawn in place of text no embedded font can show (emoji, right-to-left scripts, unassigned code points). */
export const REPLACEMENT = '\u25A1';

/**
 * Text as the proposal prints it: NFC, line breaks as \n, tabs as spaces, no control characters,
 * no bidi overrides or zero-width marks (they would reorder or hide text in a PDF viewer), no lone surrogates.
 */
export function cleanText(input: string): string {
  const text = input
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/\t/g, ' ');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i]! + text[i + 1]!;
        i++;
      }
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    if (code === 10) {
      out += '\n';
      continue;
    }
    if (isInvisible(code)) continue;
    out += text[i]!;
  }
  return out;
}

/** cleanText for fields printed on one line (names, titles): line breaks become spaces, runs of spaces collapse. */
export function cleanLine(input: string): string {
  return cleanText(input).replace(/\s+/g, ' ').trim();
}

function isInvisible(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0xad || // soft hyphen: an invisible break hint, not text
    (code >= 0x200b && code <= 0x200f) || // zero-width space/joiners, LRM, RLM
    (code >= 0x202a && code <= 0x202e) || // bidi embeddings and overrides
    (code >= 0x2060 && code <= 0x206f) || // word joiner, invisible operators, bidi isolates
    code === 0xfeff ||
    (code >= 0xfff9 && code <= 0xfffb)
  );
}

/** Scripts written right to left; a PDF without bidi and shaping would print them backwards and unjoined. */
export function isRightToLeft(cp: number): boolean {
  return (
    (cp >= 0x0590 && cp <= 0x08ff) || // Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic Extended
    (cp >= 0xfb1d && cp <= 0xfdff) || // Hebrew and Arabic presentation forms A
    (cp >= 0xfe70 && cp <= 0xfeff) || // Arabic presentation forms B
    (cp >= 0x10800 && cp <= 0x10fff) || // historic right-to-left scripts
    (cp >= 0x1e800 && cp <= 0x1efff) // Mende Kikakui, Adlam, Arabic mathematical symbols
  );
}

/** Chinese, Japanese and Korean text: drawn with the CJK fallback font, and breakable between any two characters. */
export function isCjk(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x11ff) || // Hangul Jamo
    (cp >= 0x2e80 && cp <= 0x2fdf) || // CJK and Kangxi radicals
    (cp >= 0x2ff0 && cp <= 0x303f) || // ideographic description, CJK symbols and punctuation
    (cp >= 0x3040 && cp <= 0x31ff) || // kana, Bopomofo, Hangul compatibility Jamo, Kanbun, strokes
    (cp >= 0x3200 && cp <= 0x4dbf) || // enclosed CJK, compatibility, Extension A
    (cp >= 0x4e00 && cp <= 0x9fff) || // unified ideographs
    (cp >= 0xa960 && cp <= 0xa97f) || // Hangul Jamo Extended-A
    (cp >= 0xac00 && cp <= 0xd7ff) || // Hangul syllables and Jamo Extended-B
    (cp >= 0xf900 && cp <= 0xfaff) || // compatibility ideographs
    (cp >= 0xfe30 && cp <= 0xfe4f) || // CJK compatibility forms
    (cp >= 0xff00 && cp <= 0xffef) // half-width and full-width forms
  );
}

/** Thai script: drawn with the Thai face. */
export function isThai(cp: number): boolean {
  return cp >= 0x0e00 && cp <= 0x0e7f;
}

/** Marks that attach to the character before them: when that character is replaced they go with it. */
export function isAttached(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) || // combining marks for symbols, including the keycap
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors (emoji or text presentation)
    (cp >= 0xfe20 && cp <= 0xfe2f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) || // skin tone modifiers
    (cp >= 0xe0000 && cp <= 0xe0fff) // tags (flag sequences) and supplementary variation selectors
  );
}

/** True when some code point needs a font other than the primary one (so the fallback is worth loading). */
export function needsFallback(text: string, covered: (cp: number) => boolean): boolean {
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (cp > 0xffff || cp === 10 || isRightToLeft(cp)) continue;
    if (!covered(cp)) return true;
  }
  return false;
}
