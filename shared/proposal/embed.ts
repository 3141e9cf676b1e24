// Puts the proposal's parsed faces into a jsPDF document and writes them out as subset CID fonts.
// jsPDF would re-parse a 750 KB TrueType for every document and embed whole tables; this module hands it the
// cached face instead, and at output time writes a Type0/CIDFontType2 font holding only the glyphs used.
import { jsPDF } from 'jspdf';

import type { FontFace } from './faces';
import { THAI_FORM_ORIGINALS } from './thai-forms';
import { subsetTrueType } from './truetype';

/** The jsPDF font family the proposal registers; styles are the face names. */
export const FAMILY = 'ProposalSans';

/**
 * The object jsPDF keeps as a font's `metadata`. jsPDF's text code reads `cmap`, `characterToGlyph`,
 * `widthOfGlyph`, `widthOfString`, `Unicode`, `glyIdsUsed` and `toUnicode` from it while encoding text
 * (and records every glyph it draws in `glyIdsUsed`). It is deliberately not jsPDF's own TTFFont, so
 * jsPDF's font writer skips it and ours below writes it.
 */
class EmbeddedFont {
  readonly cmap: { unicode: { codeMap: Record<number, number> } };
  Unicode = { widths: new SeenGlyphs(), encoding: {}, kerning: {} };
  glyIdsUsed: number[] = [0];
  toUnicode: Record<number, number> = {};
  constructor(readonly face: FontFace) {
    this.cmap = { unicode: { codeMap: codeMapOf(face) } };
  }
  characterToGlyph(code: number): number {
    return code > 0xffff ? 0 : this.face.font.glyphOfBmp[code]!;
  }
  widthOfGlyph(glyph: number): number {
    return this.face.widths[glyph] ?? 0;
  }
  widthOfString(text: string, size: number, charSpace: number): number {
    let width = 0;
    for (let i = 0; i < text.length; i++) width += this.widthOfGlyph(this.characterToGlyph(text.charCodeAt(i))) + charSpace * (1000 / size);
    return (width * size) / 1000;
  }
}

/**
 * Stands in for jsPDF's per-font widths list, which it only uses to ask "seen this glyph yet?" with a linear
 * indexOf for every character drawn (our /W comes from the face). A set answers in constant time.
 */
class SeenGlyphs {
  private readonly seen = new Set<number>();
  indexOf(glyph: number): number {
    return this.seen.has(glyph) ? 0 : -1;
  }
  push(...items: unknown[]): number {
    for (const item of items) if (typeof item === 'number') this.seen.add(item);
    return this.seen.size;
  }
}

const codeMaps = new WeakMap<FontFace, Record<number, number>>();

/** jsPDF checks `cmap.unicode.codeMap[code]` before drawing a character; built once per face and shared read-only. */
function codeMapOf(face: FontFace): Record<number, number> {
  let map = codeMaps.get(face);
  if (map === undefined) {
    map = {};
    const glyphs = face.font.glyphOfBmp;
    for (let cp = 0; cp < glyphs.length; cp++) if (glyphs[cp] !== 0) map[cp] = glyphs[cp]!;
    codeMaps.set(face, map);
  }
  return map;
}

interface PutFontArgs {
  font: { metadata: unknown; objectNumber: number; isAlreadyPutted: boolean };
  out: (line: string) => void;
  newObject: () => number;
  putStream: (options: { data: string; addLength1?: boolean; objectId: number }) => void;
}

interface TTFFontHolder {
  TTFFont: { open: (data: unknown) => unknown };
}

/** Four bytes that jsPDF's TrueType loader recognises as a binary font file before handing it to TTFFont.open. */
const TRUETYPE_SIGNATURE = '\u0000\u0001\u0000\u0000';

/** Registers the faces with the document (style = face name) and the writer that embeds them at output. */
export function embedFaces(doc: jsPDF, faces: readonly FontFace[]): void {
  const holder = jsPDF.API as unknown as TTFFontHolder;
  for (const face of faces) {
    const metadata = new EmbeddedFont(face);
    const open = holder.TTFFont.open;
    // jsPDF's addFont always parses the file it finds in its virtual file system. For the duration of this
    // synchronous call its parser answers with the face parsed once at start-up instead.
    holder.TTFFont.open = () => metadata;
    try {
      doc.addFileToVFS(`${FAMILY}-${face.name}.ttf`, TRUETYPE_SIGNATURE);
      doc.addFont(`${FAMILY}-${face.name}.ttf`, FAMILY, face.name, 'Identity-H');
    } finally {
      holder.TTFFont.open = open;
    }
    const registered = (doc.internal as unknown as { getFont: (name: string, style: string) => { metadata: unknown } }).getFont(FAMILY, face.name);
    if (registered.metadata !== metadata) throw new Error('jsPDF did not take the embedded font; its font loading has changed');
  }
  doc.internal.events.subscribe('putFont', (args: PutFontArgs) => {
    if (args.font.metadata instanceof EmbeddedFont) writeFont(args, args.font.metadata);
  });
}

/** Bytes as a binary string, the form jsPDF streams take; `apply` on typed-array chunks is ten times faster than spreading. */
function binaryString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]);
  return out;
}

const hex4 = (n: number): string => n.toString(16).padStart(4, '0');

/** Six capital letters naming the subset, derived from the glyphs in it so that equal documents stay equal. */
function subsetTag(glyphs: readonly number[]): string {
  let hash = 0x811c9dc5;
  for (const g of glyphs) {
    hash ^= g;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26) + i * 7919;
  }
  return tag;
}

function toUnicodeCMap(glyphs: readonly number[], toUnicode: Record<number, number>): string {
  const lines = [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
  ];
  const mapped = glyphs.filter((g) => toUnicode[g] !== undefined);
  for (let i = 0; i < mapped.length; i += 100) {
    const chunk = mapped.slice(i, i + 100);
    lines.push(`${chunk.length} beginbfchar`);
    // A positioned Thai mark (thai-forms.ts) is read as the mark it stands for.
    for (const g of chunk) lines.push(`<${hex4(g)}> <${hex4(THAI_FORM_ORIGINALS.get(toUnicode[g]!) ?? toUnicode[g]!)}>`);
    lines.push('endbfchar');
  }
  lines.push('endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end');
  return lines.join('\n');
}

/** The /W array, with consecutive glyph ids grouped. */
function widthArray(glyphs: readonly number[], widths: Uint16Array): string {
  const parts: string[] = [];
  let i = 0;
  while (i < glyphs.length) {
    const start = glyphs[i]!;
    const run = [widths[start]!];
    while (i + 1 < glyphs.length && glyphs[i + 1] === glyphs[i]! + 1) run.push(widths[glyphs[++i]!]!);
    parts.push(`${start} [${run.join(' ')}]`);
    i++;
  }
  return `[${parts.join(' ')}]`;
}

function writeFont({ font, out, newObject, putStream }: PutFontArgs, metadata: EmbeddedFont): void {
  const face = metadata.face;
  const glyphs = [...new Set(metadata.glyIdsUsed)].sort((a, b) => a - b);
  const name = `${subsetTag(glyphs)}+${face.font.postScriptName}`;

  const program = newObject();
  putStream({ data: binaryString(subsetTrueType(face.font, glyphs)), addLength1: true, objectId: program });
  out('endobj');
  const cmap = newObject();
  putStream({ data: toUnicodeCMap(glyphs, metadata.toUnicode), objectId: cmap });
  out('endobj');
  const descriptor = newObject();
  out(
    `<< /Type /FontDescriptor /FontName /${name} /Flags 32 /FontBBox [${face.bbox.join(' ')}] /ItalicAngle ${face.font.italicAngle} ` +
      `/Ascent ${face.ascent} /Descent ${face.descent} /CapHeight ${face.capHeight} /StemV ${face.name === 'bold' ? 120 : 80} /FontFile2 ${program} 0 R >>`,
  );
  out('endobj');
  const descendant = newObject();
  out(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> ` +
      `/FontDescriptor ${descriptor} 0 R /DW ${face.widths[0]} /W ${widthArray(glyphs, face.widths)} /CIDToGIDMap /Identity >>`,
  );
  out('endobj');
  font.objectNumber = newObject();
  out(`<< /Type /Font /Subtype /Type0 /BaseFont /${name} /Encoding /Identity-H /DescendantFonts [${descendant} 0 R] /ToUnicode ${cmap} 0 R >>`);
  out('endobj');
  font.isAlreadyPutted = true;
}
