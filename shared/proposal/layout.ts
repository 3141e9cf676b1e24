// Line layout for the proposal: picks a face for every character (primary, CJK fallback, or a visible replacement),
// measures with the faces' own widths and breaks text into lines that fit a width. Pure; drawing is render.ts's job.
import { type FaceName, type FontFace, type FontSet, glyphOf } from './faces';
import { cleanText, isAttached, isCjk, isRightToLeft, REPLACEMENT } from './text';

export type Style = 'regular' | 'bold';

/** One drawable character (or a replacement standing for several), with its advance in thousandths of an em. */
interface Glyph {
  text: string;
  face: FaceName;
  /** Bold text in a face without a bold cut (CJK): drawn with an outline stroke to stand out like the bold around it. */
  embolden: boolean;
  advance: number;
  space: boolean;
  /** A line may break after this glyph even without a space (CJK, hyphens, slashes). */
  breakAfter: boolean;
  /** A line may break before this glyph (CJK). */
  breakBefore: boolean;
}

export interface Run {
  face: FaceName;
  embolden: boolean;
  text: string;
  /** Width in points at the size the line was laid out for. */
  width: number;
}

export interface Line {
  runs: Run[];
  width: number;
}

/** Characters the faces cannot draw, collected across a document for the export report. */
export type ReplacedSet = Set<string>;

const BREAK_AFTER = new Set(['-', '/', '\u2013', '\u2014', '\u2010']);

function faceOf(fonts: FontSet, name: FaceName): FontFace {
  return name === 'cjk' ? fonts.cjk! : name === 'thai' ? fonts.thai! : fonts[name];
}

/** Characters to glyphs: primary face when it has the character, then CJK, else one replacement per unbroken run of unknowns. */
export function shape(input: string, style: Style, fonts: FontSet, replaced: ReplacedSet): Glyph[] {
  const primary = fonts[style];
  const glyphs: Glyph[] = [];
  let lastReplaced = false;
  for (const char of cleanText(input).replace(/\n/g, ' ')) {
    const cp = char.codePointAt(0)!;
    if (lastReplaced && isAttached(cp)) {
      replaced.add(char);
      continue;
    }
    let face: FaceName | null = null;
    if (cp <= 0xffff && !isRightToLeft(cp)) {
      if (primary.font.glyphOfBmp[cp] !== 0) face = style;
      else if (style === 'bold' && fonts.regular.font.glyphOfBmp[cp] !== 0) face = 'regular';
      else if (fonts.thai !== null && fonts.thai.font.glyphOfBmp[cp] !== 0) face = 'thai';
      else if (fonts.cjk !== null && fonts.cjk.font.glyphOfBmp[cp] !== 0) face = 'cjk';
    }
    if (face === null) {
      replaced.add(char);
      if (!lastReplaced) glyphs.push(glyph(REPLACEMENT, style, primary, false));
      lastReplaced = true;
      continue;
    }
    lastReplaced = false;
    const g = glyph(char, face, faceOf(fonts, face), cp === 0x20);
    g.embolden = style === 'bold' && (face === 'cjk' || face === 'thai');
    if (isCjk(cp)) {
      g.breakAfter = true;
      g.breakBefore = true;
    } else if (BREAK_AFTER.has(char)) g.breakAfter = true;
    glyphs.push(g);
  }
  // A hyphen before a digit joins the parts of one number (SW-2026-0042, 973-814-2525): never a break point there.
  glyphs.forEach((g, i) => {
    if (g.breakAfter && g.text === '-' && /\d/.test(glyphs[i + 1]?.text ?? '')) g.breakAfter = false;
  });
  return glyphs;
}

function glyph(text: string, face: FaceName, font: FontFace, space: boolean): Glyph {
  return { text, face, embolden: false, advance: font.widths[glyphOf(font, text.codePointAt(0)!)]!, space, breakAfter: false, breakBefore: false };
}

function toLine(glyphs: readonly Glyph[], from: number, to: number, size: number): Line {
  const runs: Run[] = [];
  let width = 0;
  while (from < to && glyphs[from]!.space) from++;
  while (to > from && glyphs[to - 1]!.space) to--;
  for (let i = from; i < to; i++) {
    const g = glyphs[i]!;
    const w = (g.advance * size) / 1000;
    const last = runs[runs.length - 1];
    if (last !== undefined && last.face === g.face && last.embolden === g.embolden) {
      last.text += g.text;
      last.width += w;
    } else runs.push({ face: g.face, embolden: g.embolden, text: g.text, width: w });
    width += w;
  }
  return { runs, width };
}

/** Greedy line breaking at spaces and other break points; a word longer than the line is split between characters. */
export function breakGlyphs(glyphs: readonly Glyph[], maxWidth: number, size: number): Line[] {
  const lines: Line[] = [];
  const limit = (maxWidth * 1000) / size;
  let start = -1; // first glyph of the current line, -1 while the line is empty
  let width = 0; // width of the current line without trailing spaces
  let pending = 0; // width of the spaces since the last segment
  let i = 0;
  while (i < glyphs.length) {
    if (glyphs[i]!.space) {
      if (start >= 0) pending += glyphs[i]!.advance;
      i++;
      continue;
    }
    // The next unbreakable segment [i, j): glyphs up to a space or a break point.
    let j = i;
    let segment = 0;
    while (j < glyphs.length && !glyphs[j]!.space && (j === i || !glyphs[j]!.breakBefore)) {
      segment += glyphs[j]!.advance;
      j++;
      if (glyphs[j - 1]!.breakAfter) break;
    }
    if (start >= 0) {
      if (width + pending + segment <= limit) {
        width += pending + segment;
        pending = 0;
        i = j;
      } else {
        lines.push(toLine(glyphs, start, i, size));
        start = -1;
        width = 0;
        pending = 0;
      }
      continue;
    }
    if (segment <= limit) {
      start = i;
      width = segment;
      i = j;
      continue;
    }
    // A word wider than the whole line: as many characters as fit (at least one), the rest on the next lines.
    let k = i;
    let w = 0;
    while (k < j && (k === i || w + glyphs[k]!.advance <= limit)) w += glyphs[k++]!.advance;
    lines.push(toLine(glyphs, i, k, size));
    i = k;
  }
  if (start >= 0) lines.push(toLine(glyphs, start, glyphs.length, size));
  return lines;
}

/** The widest piece of shaped text no line break may split (a word, or a run up to a break point), in thousandths of an em. */
function widestRun(glyphs: readonly Glyph[]): number {
  let widest = 0;
  let run = 0;
  for (const g of glyphs) {
    if (g.space || g.breakBefore) {
      widest = Math.max(widest, run);
      run = 0;
    }
    if (!g.space) run += g.advance;
    if (g.breakAfter) {
      widest = Math.max(widest, run);
      run = 0;
    }
  }
  return Math.max(widest, run);
}

/** The width in points of the widest piece of the text no line break may split. */
export function widestWord(text: string, style: Style, size: number, fonts: FontSet, replaced: ReplacedSet): number {
  return (widestRun(shape(text, style, fonts, replaced)) * size) / 1000;
}

/**
 * Text in lines of at most maxWidth at the first of `sizes` at which no word has to be split between characters (a
 * narrow table column); at the last size when none does, splitting only what still cannot fit. Shapes the text once.
 */
export function layoutWhole(
  text: string,
  style: Style,
  sizes: readonly number[],
  maxWidth: number,
  fonts: FontSet,
  replaced: ReplacedSet,
): { size: number; lines: Line[] } {
  const paragraphs = cleanText(text)
    .split('\n')
    .map((p) => shape(p, style, fonts, replaced));
  const widest = Math.max(0, ...paragraphs.map(widestRun));
  const size = sizes.find((s) => (widest * s) / 1000 <= maxWidth) ?? sizes[sizes.length - 1]!;
  const lines: Line[] = [];
  for (const glyphs of paragraphs) {
    const broken = breakGlyphs(glyphs, maxWidth, size);
    if (broken.length === 0) lines.push({ runs: [], width: 0 });
    else lines.push(...broken);
  }
  return { size, lines };
}

/** Text laid out in lines of at most maxWidth points; explicit line breaks are kept, empty lines included. */
export function layoutText(text: string, style: Style, size: number, maxWidth: number, fonts: FontSet, replaced: ReplacedSet): Line[] {
  const lines: Line[] = [];
  for (const paragraph of cleanText(text).split('\n')) {
    const broken = breakGlyphs(shape(paragraph, style, fonts, replaced), maxWidth, size);
    if (broken.length === 0) lines.push({ runs: [], width: 0 });
    else lines.push(...broken);
  }
  return lines;
}

/** One line that fits maxWidth, cut with an ellipsis when the text is longer (or always, with `cut`). */
export function fitLine(text: string, style: Style, size: number, maxWidth: number, fonts: FontSet, replaced: ReplacedSet, cut = false): Line {
  const glyphs = shape(text, style, fonts, replaced);
  const limit = (maxWidth * 1000) / size;
  let total = 0;
  for (const g of glyphs) total += g.advance;
  if (total <= limit && !cut) return toLine(glyphs, 0, glyphs.length, size);
  const ellipsis = glyph('\u2026', style, fonts[style], false);
  let end = 0;
  let width = ellipsis.advance;
  while (end < glyphs.length && width + glyphs[end]!.advance <= limit) width += glyphs[end++]!.advance;
  while (end > 0 && glyphs[end - 1]!.space) end--;
  return toLine([...glyphs.slice(0, end), ellipsis], 0, end + 1, size);
}

/**
 * Text for a prominent place (a cover title): the largest of the sizes at which it fits in maxLines,
 * or the smallest size with the text cut by an ellipsis at the end of the last line.
 */
export function fitBlock(
  text: string,
  style: Style,
  sizes: readonly number[],
  maxWidth: number,
  maxLines: number,
  fonts: FontSet,
  replaced: ReplacedSet,
): { size: number; lines: Line[] } {
  const glyphs = shape(text, style, fonts, replaced);
  let lines: Line[] = [];
  for (const size of sizes) {
    lines = breakGlyphs(glyphs, maxWidth, size);
    if (lines.length <= maxLines) return { size, lines };
  }
  const size = sizes[sizes.length - 1]!;
  lines = lines.slice(0, maxLines);
  const last = lines[lines.length - 1]!;
  lines[lines.length - 1] = fitLine(last.runs.map((r) => r.text).join(''), style, size, maxWidth, fonts, replaced, true);
  return { size, lines };
}
