// TrueType for PDF embedding: reads the few tables a PDF needs (metrics, character map, glyph locations)
// and writes a subset holding only the glyphs a document uses. Pure byte work; knows nothing about jsPDF.
// Glyph ids are kept unchanged in the subset, so the PDF maps its character ids to glyphs with /Identity.

export interface TrueTypeFont {
  readonly bytes: Uint8Array;
  readonly postScriptName: string;
  readonly unitsPerEm: number;
  /** Font bounding box in font units: xMin, yMin, xMax, yMax. */
  readonly bbox: readonly [number, number, number, number];
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  readonly italicAngle: number;
  readonly numGlyphs: number;
  /** Advance width of each glyph, in font units. */
  readonly advances: Uint16Array;
  /** Glyph id for each BMP code point (0 when the font has none). */
  readonly glyphOfBmp: Uint16Array;
  /** Start of each glyph in glyf (numGlyphs + 1 entries). */
  readonly glyphOffsets: Uint32Array;
  readonly tables: ReadonlyMap<string, { offset: number; length: number }>;
}

const REQUIRED = ['head', 'hhea', 'maxp', 'hmtx', 'loca', 'glyf', 'cmap'] as const;

function tag(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
}

function fail(why: string): never {
  throw new Error(`not a usable TrueType font: ${why}`);
}

function readCmap(view: DataView, start: number, glyphOfBmp: Uint16Array, numGlyphs: number): void {
  const count = view.getUint16(start + 2);
  // Preference: full Unicode (format 12), then the BMP map (format 4); Windows platform first.
  let best = -1;
  let bestRank = 0;
  for (let i = 0; i < count; i++) {
    const platform = view.getUint16(start + 4 + i * 8);
    const encoding = view.getUint16(start + 6 + i * 8);
    const offset = start + view.getUint32(start + 8 + i * 8);
    const format = view.getUint16(offset);
    let rank = 0;
    if (format === 12 && (platform === 3 || platform === 0)) rank = 4;
    else if (format === 4 && platform === 3 && encoding === 1) rank = 3;
    else if (format === 4 && platform === 0) rank = 2;
    if (rank > bestRank) {
      bestRank = rank;
      best = offset;
    }
  }
  if (best < 0) fail('no Unicode character map');
  const format = view.getUint16(best);
  if (format === 12) {
    const groups = view.getUint32(best + 12);
    for (let g = 0; g < groups; g++) {
      const at = best + 16 + g * 12;
      const first = view.getUint32(at);
      const last = Math.min(view.getUint32(at + 4), 0xffff);
      const glyph = view.getUint32(at + 8);
      for (let cp = first; cp <= last; cp++) {
        const id = glyph + (cp - first);
        if (id < numGlyphs) glyphOfBmp[cp] = id;
      }
    }
    return;
  }
  const segments = view.getUint16(best + 6) / 2;
  const ends = best + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = view.getUint16(ends + s * 2);
    const first = view.getUint16(starts + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const rangeAt = rangeOffsets + s * 2;
    const range = view.getUint16(rangeAt);
    for (let cp = first; cp <= end && cp !== 0xffff; cp++) {
      let id: number;
      if (range === 0) id = (cp + delta) & 0xffff;
      else {
        const raw = view.getUint16(rangeAt + range + (cp - first) * 2);
        id = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (id < numGlyphs) glyphOfBmp[cp] = id;
    }
  }
}

function readPostScriptName(view: DataView, bytes: Uint8Array, start: number): string {
  const count = view.getUint16(start + 2);
  const strings = start + view.getUint16(start + 4);
  for (let i = 0; i < count; i++) {
    const at = start + 6 + i * 12;
    if (view.getUint16(at + 6) !== 6) continue;
    const platform = view.getUint16(at);
    const length = view.getUint16(at + 8);
    const offset = strings + view.getUint16(at + 10);
    let name = '';
    if (platform === 3 || platform === 0) for (let j = 0; j + 1 < length; j += 2) name += String.fromCharCode(view.getUint16(offset + j));
    else for (let j = 0; j < length; j++) name += String.fromCharCode(bytes[offset + j]!);
    // A PDF name may only hold printable ASCII without delimiters.
    const clean = name.replace(/[^A-Za-z0-9_.-]/g, '');
    if (clean !== '') return clean;
  }
  return 'Font';
}

/** Parses the tables a PDF needs (from the first face of a collection). Throws on anything that is not a glyf-based TrueType font. */
export function parseTrueType(bytes: Uint8Array): TrueTypeFont {
  if (bytes.length < 12) fail('too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // A collection (.ttc) lists its faces; table offsets stay relative to the start of the file either way.
  const directory = tag(bytes, 0) === 'ttcf' ? view.getUint32(12) : 0;
  if (directory + 12 > bytes.length) fail('too short');
  const version = view.getUint32(directory);
  if (version !== 0x00010000 && version !== 0x74727565 /* 'true' */) fail('not TrueType outlines');
  const numTables = view.getUint16(directory + 4);
  const tables = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < numTables; i++) {
    const at = directory + 12 + i * 16;
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    if (offset + length > bytes.length) fail('a table runs past the end of the file');
    tables.set(tag(bytes, at), { offset, length });
  }
  for (const name of REQUIRED) if (!tables.has(name)) fail(`missing ${name} table`);
  const head = tables.get('head')!.offset;
  const hhea = tables.get('hhea')!.offset;
  const unitsPerEm = view.getUint16(head + 18);
  const bbox = [view.getInt16(head + 36), view.getInt16(head + 38), view.getInt16(head + 40), view.getInt16(head + 42)] as const;
  const longLoca = view.getInt16(head + 50) === 1;
  const numGlyphs = view.getUint16(tables.get('maxp')!.offset + 4);
  const numberOfHMetrics = view.getUint16(hhea + 34);

  const hmtx = tables.get('hmtx')!.offset;
  const advances = new Uint16Array(numGlyphs);
  let last = 0;
  for (let g = 0; g < numGlyphs; g++) {
    if (g < numberOfHMetrics) last = view.getUint16(hmtx + g * 4);
    advances[g] = last;
  }

  const loca = tables.get('loca')!.offset;
  const glyphOffsets = new Uint32Array(numGlyphs + 1);
  for (let g = 0; g <= numGlyphs; g++) glyphOffsets[g] = longLoca ? view.getUint32(loca + g * 4) : view.getUint16(loca + g * 2) * 2;

  const glyphOfBmp = new Uint16Array(0x10000);
  readCmap(view, tables.get('cmap')!.offset, glyphOfBmp, numGlyphs);

  let ascent = view.getInt16(hhea + 4);
  let descent = view.getInt16(hhea + 6);
  let capHeight = ascent;
  const os2 = tables.get('OS/2');
  if (os2 !== undefined) {
    ascent = view.getInt16(os2.offset + 68);
    descent = view.getInt16(os2.offset + 70);
    if (view.getUint16(os2.offset) >= 2 && os2.length >= 90) capHeight = view.getInt16(os2.offset + 88);
  }
  const post = tables.get('post');
  const italicAngle = post === undefined ? 0 : view.getInt32(post.offset + 4) / 65536;
  const name = tables.get('name');
  return {
    bytes,
    postScriptName: name === undefined ? 'Font' : readPostScriptName(view, bytes, name.offset),
    unitsPerEm,
    bbox,
    ascent,
    descent,
    capHeight,
    italicAngle,
    numGlyphs,
    advances,
    glyphOfBmp,
    glyphOffsets,
    tables,
  };
}

/** The used glyphs plus every glyph a composite glyph among them is built from. */
function glyphClosure(font: TrueTypeFont, used: Iterable<number>): number[] {
  const view = new DataView(font.bytes.buffer, font.bytes.byteOffset, font.bytes.byteLength);
  const glyf = font.tables.get('glyf')!.offset;
  const keep = new Set<number>();
  const queue: number[] = [];
  const add = (id: number): void => {
    if (id < 0 || id >= font.numGlyphs || keep.has(id)) return;
    keep.add(id);
    queue.push(id);
  };
  add(0);
  for (const id of used) add(id);
  while (queue.length > 0) {
    const id = queue.pop()!;
    const start = font.glyphOffsets[id]!;
    if (font.glyphOffsets[id + 1]! <= start) continue;
    let at = glyf + start;
    if (view.getInt16(at) >= 0) continue;
    at += 10;
    for (;;) {
      const flags = view.getUint16(at);
      const component = view.getUint16(at + 2);
      add(component);
      at += 4 + (flags & 0x0001 ? 4 : 2);
      if (flags & 0x0008) at += 2;
      else if (flags & 0x0040) at += 4;
      else if (flags & 0x0080) at += 8;
      if (!(flags & 0x0020)) break;
    }
  }
  return [...keep].sort((a, b) => a - b);
}

function checksum(bytes: Uint8Array, start: number, length: number): number {
  let sum = 0;
  const end = start + length;
  let i = start;
  for (; i + 3 < end; i += 4) sum = (sum + ((bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!)) >>> 0;
  if (i < end) {
    let tail = 0;
    for (let k = 0; k < 4; k++) tail = (tail << 8) | (i + k < end ? bytes[i + k]! : 0);
    sum = (sum + (tail >>> 0)) >>> 0;
  }
  return sum;
}

const pad4 = (n: number): number => (n + 3) & ~3;

/**
 * A TrueType font holding only the given glyphs (and the parts of composite glyphs), with glyph ids unchanged.
 * Keeps the hinting programs the glyphs may call; drops character maps and names, which a PDF CID font does not use.
 */
export function subsetTrueType(font: TrueTypeFont, used: Iterable<number>): Uint8Array {
  const source = font.bytes;
  const view = new DataView(source.buffer, source.byteOffset, source.byteLength);
  const keep = glyphClosure(font, used);
  const count = keep[keep.length - 1]! + 1;
  const glyfStart = font.tables.get('glyf')!.offset;

  let glyfLength = 0;
  for (const id of keep) glyfLength += pad4(font.glyphOffsets[id + 1]! - font.glyphOffsets[id]!);
  const glyf = new Uint8Array(glyfLength);
  // Short offsets (half the size) whenever the glyph data allows it; every glyph is 4-byte aligned, so offsets are even.
  const shortLoca = glyfLength < 0x20000;
  const loca = new Uint8Array((count + 1) * (shortLoca ? 2 : 4));
  const locaView = new DataView(loca.buffer);
  const setLoca = (id: number, offset: number): void => {
    if (shortLoca) locaView.setUint16(id * 2, offset / 2);
    else locaView.setUint32(id * 4, offset);
  };
  const hmtx = new Uint8Array(count * 4);
  const hmtxView = new DataView(hmtx.buffer);
  const hhea = font.tables.get('hhea')!;
  const numberOfHMetrics = view.getUint16(hhea.offset + 34);
  const hmtxStart = font.tables.get('hmtx')!.offset;
  let written = 0;
  let k = 0;
  for (let id = 0; id < count; id++) {
    setLoca(id, written);
    if (keep[k] !== id) continue;
    k++;
    const start = font.glyphOffsets[id]!;
    const length = font.glyphOffsets[id + 1]! - start;
    glyf.set(source.subarray(glyfStart + start, glyfStart + start + length), written);
    written += pad4(length);
    const lsb = id < numberOfHMetrics ? view.getInt16(hmtxStart + id * 4 + 2) : view.getInt16(hmtxStart + numberOfHMetrics * 4 + (id - numberOfHMetrics) * 2);
    hmtxView.setUint16(id * 4, font.advances[id]!);
    hmtxView.setInt16(id * 4 + 2, lsb);
  }
  setLoca(count, written);

  const copy = (name: string): Uint8Array | null => {
    const table = font.tables.get(name);
    return table === undefined ? null : source.slice(table.offset, table.offset + table.length);
  };
  const head = copy('head')!;
  new DataView(head.buffer).setInt16(50, shortLoca ? 0 : 1);
  const hheaBytes = copy('hhea')!;
  new DataView(hheaBytes.buffer).setUint16(34, count);
  const maxp = copy('maxp')!;
  new DataView(maxp.buffer).setUint16(4, count);
  const postSource = copy('post');
  const post = new Uint8Array(32);
  if (postSource !== null) post.set(postSource.subarray(0, Math.min(32, postSource.length)));
  new DataView(post.buffer).setUint32(0, 0x00030000);

  const out: (readonly [string, Uint8Array])[] = [
    ['head', head],
    ['hhea', hheaBytes],
    ['maxp', maxp],
    ['hmtx', hmtx],
    ['loca', loca],
    ['glyf', glyf],
    ['post', post],
  ];
  for (const name of ['cvt ', 'fpgm', 'prep']) {
    const table = copy(name);
    if (table !== null) out.push([name, table]);
  }
  return writeTrueType(out);
}

/** A TrueType file from whole tables: sorted directory, padding, table checksums and the head checksum adjustment. */
export function writeTrueType(tables: readonly (readonly [string, Uint8Array])[]): Uint8Array {
  const out = [...tables].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const numTables = out.length;
  let size = 12 + numTables * 16;
  for (const [, data] of out) size += pad4(data.length);
  const file = new Uint8Array(size);
  const fileView = new DataView(file.buffer);
  const power = 2 ** Math.floor(Math.log2(numTables));
  fileView.setUint32(0, 0x00010000);
  fileView.setUint16(4, numTables);
  fileView.setUint16(6, power * 16);
  fileView.setUint16(8, Math.log2(power));
  fileView.setUint16(10, numTables * 16 - power * 16);
  let offset = 12 + numTables * 16;
  let headOffset = -1;
  out.forEach(([name, data], i) => {
    const entry = 12 + i * 16;
    for (let c = 0; c < 4; c++) file[entry + c] = name.charCodeAt(c);
    file.set(data, offset);
    if (name === 'head') {
      headOffset = offset;
      fileView.setUint32(offset + 8, 0);
    }
    fileView.setUint32(entry + 4, checksum(file, offset, data.length));
    fileView.setUint32(entry + 8, offset);
    fileView.setUint32(entry + 12, data.length);
    offset += pad4(data.length);
  });
  if (headOffset >= 0) fileView.setUint32(headOffset + 8, (0xb1b0afba - checksum(file, 0, file.length)) >>> 0);
  return file;
}
