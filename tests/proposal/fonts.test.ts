// The embedded fonts: the files match their recorded digests, cover the scripts they are for, carry their
// licences, and subset into valid TrueType files that keep glyph ids and glyph data unchanged.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_FILES } from '../../shared/proposal/faces';
import { parseTrueType, subsetTrueType, type TrueTypeFont } from '../../shared/proposal/truetype';

const fontsDir = new URL('../../shared/proposal/fonts/', import.meta.url);
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function load(file: string): { bytes: Uint8Array; font: TrueTypeFont } {
  const bytes = new Uint8Array(readFileSync(new URL(file, fontsDir)));
  return { bytes, font: parseTrueType(bytes) };
}

const dejavu = load(FONT_FILES.regular);
const dejavuBold = load(FONT_FILES.bold);

function missing(font: TrueTypeFont, from: number, to: number, skip: (cp: number) => boolean = () => false): string[] {
  const out: string[] = [];
  for (let cp = from; cp <= to; cp++) if (!skip(cp) && font.glyphOfBmp[cp] === 0) out.push(`U+${cp.toString(16).toUpperCase()}`);
  return out;
}

/** Reads a TrueType table directory and checks what a font loader checks: checksums, the head adjustment, loca order. */
function tablesOf(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, Uint8Array>();
  let total = 0;
  for (let i = 0; i < bytes.length; i += 4) total = (total + view.getUint32(i)) >>> 0;
  expect(total).toBe(0xb1b0afba);
  for (let i = 0; i < view.getUint16(4); i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(...bytes.subarray(at, at + 4));
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    expect(offset % 4).toBe(0);
    if (tag !== 'head') {
      let sum = 0;
      for (let k = 0; k < length; k += 4)
        sum =
          (sum + ((bytes[offset + k]! << 24) | ((bytes[offset + k + 1] ?? 0) << 16) | ((bytes[offset + k + 2] ?? 0) << 8) | (bytes[offset + k + 3] ?? 0))) >>>
          0;
      expect(sum, `${tag} checksum`).toBe(view.getUint32(at + 4));
    }
    tables.set(tag, bytes.subarray(offset, offset + length));
  }
  return tables;
}

describe('embedded fonts', () => {
  it('are exactly the files their SHA256SUMS record, one for each face', () => {
    const sums = readFileSync(new URL('SHA256SUMS', fontsDir), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/));
    expect(sums.map(([, file]) => file).sort()).toEqual(Object.values(FONT_FILES).sort());
    for (const [digest, file] of sums) expect(sha256(load(file!).bytes), file).toBe(digest);
  });

  it('cover Latin, Greek and Cyrillic in regular and bold, and CJK in the fallback', () => {
    for (const { font } of [dejavu, dejavuBold]) {
      expect(missing(font, 0x20, 0x7e)).toEqual([]);
      expect(missing(font, 0xa0, 0x17f)).toEqual([]);
      expect(missing(font, 0x391, 0x3c9, (cp) => cp === 0x3a2)).toEqual([]);
      expect(missing(font, 0x400, 0x45f)).toEqual([]);
      expect(missing(font, 0x2013, 0x2014)).toEqual([]);
      for (const char of '“”‘’…•·−□€') expect(font.glyphOfBmp[char.codePointAt(0)!], char).not.toBe(0);
    }
    const cjk = load(FONT_FILES.cjk).font;
    for (const char of '中文日本語漢字かなカナ한국어。、「」') expect(cjk.glyphOfBmp[char.codePointAt(0)!], char).not.toBe(0);
  });

  it('cover the Thai block in the Thai face', () => {
    const thai = load(FONT_FILES.thai).font;
    expect(missing(thai, 0x0e01, 0x0e3a)).toEqual([]);
    expect(missing(thai, 0x0e3f, 0x0e5b)).toEqual([]);
  });

  it('ship their licences beside the files', () => {
    const dejavuLicence = readFileSync(new URL('LICENSE-DejaVu.txt', fontsDir), 'utf8');
    expect(dejavuLicence).toContain('Bitstream Vera Fonts Copyright');
    expect(dejavuLicence).toContain('Arev Fonts Copyright');
    const wqyLicence = readFileSync(new URL('LICENSE-WenQuanYi.txt', fontsDir), 'utf8');
    expect(wqyLicence).toContain('Apache License');
    expect(wqyLicence).toContain('WenQuanYi');
    const arundina = readFileSync(new URL('LICENSE-Arundina.txt', fontsDir), 'utf8');
    expect(arundina).toContain('Bitstream Vera is a trademark');
    expect(arundina).toContain('Software Industry Promotion Agency');
    expect(existsSync(new URL('README.md', fontsDir))).toBe(true);
  });

  it('subset into a valid TrueType file with the used glyphs (and composite parts) unchanged and the rest empty', () => {
    const { font, bytes } = dejavu;
    const used = [...'Zoë Ωμέγα Привет “ok” …'].map((c) => font.glyphOfBmp[c.codePointAt(0)!]!);
    const subset = subsetTrueType(font, used);
    expect(subset.length).toBeLessThan(bytes.length / 10);
    const tables = tablesOf(subset);
    for (const name of ['head', 'hhea', 'maxp', 'hmtx', 'loca', 'glyf', 'post', 'cvt ', 'fpgm', 'prep']) expect(tables.has(name), name).toBe(true);
    const head = new DataView(tables.get('head')!.buffer, tables.get('head')!.byteOffset);
    const short = head.getInt16(50) === 0;
    const loca = tables.get('loca')!;
    const locaView = new DataView(loca.buffer, loca.byteOffset, loca.byteLength);
    const count = new DataView(tables.get('maxp')!.buffer, tables.get('maxp')!.byteOffset).getUint16(4);
    const offsetOf = (g: number): number => (short ? locaView.getUint16(g * 2) * 2 : locaView.getUint32(g * 4));
    const glyf = tables.get('glyf')!;
    const sourceGlyf = font.tables.get('glyf')!.offset;
    let nonEmpty = 0;
    for (let g = 0; g < count; g++) {
      expect(offsetOf(g + 1)).toBeGreaterThanOrEqual(offsetOf(g));
      const length = font.glyphOffsets[g + 1]! - font.glyphOffsets[g]!;
      const data = glyf.subarray(offsetOf(g), offsetOf(g) + length);
      if (offsetOf(g + 1) > offsetOf(g)) {
        nonEmpty++;
        expect(Buffer.from(data).equals(Buffer.from(bytes.subarray(sourceGlyf + font.glyphOffsets[g]!, sourceGlyf + font.glyphOffsets[g + 1]!)))).toBe(true);
      }
    }
    for (const g of used) if (font.glyphOffsets[g + 1]! > font.glyphOffsets[g]!) expect(offsetOf(g + 1)).toBeGreaterThan(offsetOf(g));
    // "ë" and "έ" are composites in DejaVu: their base letters and accents come along.
    expect(nonEmpty).toBeGreaterThan(new Set(used).size - 2);
  });
});
