// The proposal's typefaces: DejaVu Sans (regular, bold) for Latin, Greek and Cyrillic, and WenQuanYi Micro Hei for CJK,
// decoded and parsed once per process and kept, because parsing is most of the cost of a Unicode PDF. No jsPDF here.
import { decodeBase64 } from './base64';
import { DEJAVU_SANS_BASE64 } from './fonts/dejavu-sans';
import { DEJAVU_SANS_BOLD_BASE64 } from './fonts/dejavu-sans-bold';
import { parseTrueType, type TrueTypeFont } from './truetype';

export type FaceName = 'regular' | 'bold' | 'cjk';

export interface FontFace {
  readonly name: FaceName;
  readonly font: TrueTypeFont;
  /** Advance of each glyph in thousandths of an em, rounded: the same numbers go into the PDF's /W array. */
  readonly widths: Uint16Array;
  /** PDF font metrics in thousandths of an em. */
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  readonly bbox: readonly [number, number, number, number];
}

export interface FontSet {
  regular: FontFace;
  bold: FontFace;
  /** Loaded only when the text needs it (it is 4 MB of glyphs). */
  cjk: FontFace | null;
}

function makeFace(name: FaceName, base64: string): FontFace {
  const bytes = decodeBase64(base64);
  if (bytes === null) throw new Error(`embedded font ${name} is not valid base64`);
  const font = parseTrueType(bytes);
  const scale = 1000 / font.unitsPerEm;
  const widths = new Uint16Array(font.numGlyphs);
  for (let g = 0; g < font.numGlyphs; g++) widths[g] = Math.round(font.advances[g]! * scale);
  const [xMin, yMin, xMax, yMax] = font.bbox;
  return {
    name,
    font,
    widths,
    ascent: Math.round(font.ascent * scale),
    descent: Math.round(font.descent * scale),
    capHeight: Math.round(font.capHeight * scale),
    bbox: [Math.round(xMin * scale), Math.round(yMin * scale), Math.round(xMax * scale), Math.round(yMax * scale)],
  };
}

/** The glyph a face draws for a code point, or 0 when it has none (astral code points never have one here). */
export function glyphOf(face: FontFace, cp: number): number {
  return cp > 0xffff ? 0 : face.font.glyphOfBmp[cp]!;
}

/** Width of a code point in thousandths of an em. */
export function widthOf(face: FontFace, cp: number): number {
  return face.widths[glyphOf(face, cp)]!;
}

let primary: { regular: FontFace; bold: FontFace } | null = null;
let cjk: Promise<FontFace> | null = null;

/** DejaVu Sans regular and bold, parsed on first use and then reused for every document. */
export function primaryFaces(): { regular: FontFace; bold: FontFace } {
  primary ??= { regular: makeFace('regular', DEJAVU_SANS_BASE64), bold: makeFace('bold', DEJAVU_SANS_BOLD_BASE64) };
  return primary;
}

/** The CJK face, imported on demand so that documents without CJK text never load its 5 MB module. */
export function cjkFace(): Promise<FontFace> {
  cjk ??= import('./fonts/wqy-microhei').then((module) => makeFace('cjk', module.WQY_MICROHEI_BASE64));
  return cjk;
}
