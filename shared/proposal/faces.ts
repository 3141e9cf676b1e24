// The proposal's typefaces: DejaVu Sans (regular, bold) for Latin, Greek and Cyrillic, Arundina Sans for Thai and
// WenQuanYi Micro Hei for CJK. The caller hands over the files' bytes (FontSource); they are parsed once and kept.
// No jsPDF and no I/O here.
import { AppError } from '../errors';
import { parseTrueType, type TrueTypeFont } from './truetype';

export type FaceName = 'regular' | 'bold' | 'thai' | 'cjk';

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
  /** Loaded only when the text needs it (Thai script). */
  thai: FontFace | null;
  /** Loaded only when the text needs it (it is 4 MB of glyphs). */
  cjk: FontFace | null;
}

function makeFace(name: FaceName, bytes: Uint8Array): FontFace {
  let font: TrueTypeFont;
  try {
    font = parseTrueType(bytes);
  } catch (error) {
    throw new AppError('internal', `font ${FONT_FILES[name]}: not a TrueType font the proposal can embed (${(error as Error).message})`, 'font');
  }
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

/** The font files the proposal can embed, as the caller stores them (shared/proposal/fonts/README.md). */
export const FONT_FILES = {
  regular: 'dejavu-sans.ttf',
  bold: 'dejavu-sans-bold.ttf',
  thai: 'arundina-sans.ttf',
  cjk: 'wqy-microhei.ttf',
} as const satisfies Record<FaceName, string>;

export type FontFile = (typeof FONT_FILES)[FaceName];

/**
 * Where the faces' bytes come from: the caller reads the files (Node: the file system; a browser: fetched assets),
 * so this package stays free of I/O. `read` is called at most once per file and source; the parsed face is kept.
 */
export interface FontSource {
  read(file: FontFile): Uint8Array | Promise<Uint8Array>;
}

const parsed = new WeakMap<FontSource, Map<FaceName, Promise<FontFace>>>();

/** One face from a source, read and parsed on first use and then reused, because parsing is most of a Unicode PDF's cost. */
export function faceFrom(source: FontSource, name: FaceName): Promise<FontFace> {
  let faces = parsed.get(source);
  if (faces === undefined) {
    faces = new Map();
    parsed.set(source, faces);
  }
  let face = faces.get(name);
  if (face === undefined) {
    face = Promise.resolve(source.read(FONT_FILES[name])).then((bytes) => makeFace(name, bytes));
    faces.set(name, face);
  }
  return face;
}
