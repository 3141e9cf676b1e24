// renderProposal(model): lays the proposal model out on A4 pages with jsPDF and returns the PDF bytes.
// Every line is measured before it is drawn and every block checks the space left, so nothing leaves the page.
// Tables of product text go to jspdf-autotable (same faces, same metrics); tables that may hold user text keep the
// line layout, because autotable draws a cell in one font and the CJK fallback must be able to join in.
// Pure: no clock (the date comes from the model), no randomness (the file id is a digest of the model), no I/O.
import { jsPDF } from 'jspdf';
import { autoTable, type FontStyle } from 'jspdf-autotable';
import { AppError } from '../errors';
import { sha256Hex } from './digest';
import { embedFaces, FAMILY } from './embed';
import { cjkFace, primaryFaces, type FaceName, type FontSet } from './faces';
import { fitBlock, fitLine, layoutText, type Line, type ReplacedSet, type Style } from './layout';
import type { Block, ProposalModel, Rgb, Section } from './model';
import { cleanText, isRightToLeft, needsFallback } from './text';

export interface RenderedProposal {
  bytes: Uint8Array;
  pages: number;
  /** Characters no embedded font could draw, each shown as a visible replacement mark; empty when all text printed. */
  replaced: string[];
}

const PAGE_W = 595.28;
const PAGE_H = 841.89;
const LEFT = 56;
const CONTENT_W = PAGE_W - 2 * LEFT;
const RIGHT = LEFT + CONTENT_W;
const BODY_TOP = 92;
const BODY_BOTTOM = PAGE_H - 80;

/** Tables, drawn alike by jspdf-autotable and by the line layout: cell padding, type sizes, line height as a factor of the size. */
const CELL_PAD_X = 6;
const CELL_PAD_Y = 5;
const CELL_SIZE = 9.5;
const HEAD_SIZE = 9;
const CELL_LEADING = 1.4;

/**
 * The embedded family's styles are named after the faces ('regular', 'bold'); autotable types its fontStyle as the
 * standard fonts' names but passes it straight to jsPDF's setFont, which knows ours.
 */
const REGULAR = 'regular' as FontStyle;

const INK: Rgb = [31, 41, 51];
const MUTED: Rgb = [95, 107, 122];
const RULE: Rgb = [213, 219, 225];
const WHITE: Rgb = [255, 255, 255];

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [Math.round(a[0] + (b[0] - a[0]) * t), Math.round(a[1] + (b[1] - a[1]) * t), Math.round(a[2] + (b[2] - a[2]) * t)];
}

/** Text colour that reads on a background: white on dark brand colours, ink on light ones. */
function onColour(background: Rgb): Rgb {
  const [r, g, b] = background.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.45 ? INK : WHITE;
}

/** "D:20260312143000+01'00'" from the ISO timestamp as written, so the date does not depend on the machine's time zone. */
function pdfDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(iso);
  const year = m === null ? 2000 : Math.min(2037, Math.max(1970, Number(m[1])));
  if (m === null) return `D:${year}0101000000+00'00'`;
  const zone = m[7] === undefined || m[7] === 'Z' ? "+00'00'" : `${m[7].slice(0, 3)}'${m[7].slice(-2)}'`;
  const safeZone = /^[+-](0\d|1[0-4])'/.test(zone) && !/^-1[2-4]/.test(zone) ? zone : "+00'00'";
  return `D:${year}${m[2]}${m[3]}${m[4]}${m[5]}${m[6] ?? '00'}${safeZone}`;
}

/** Every string in the model, for deciding which faces to load. */
function allText(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) allText(v, out);
  else if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) for (const v of Object.values(value)) allText(v, out);
  return out;
}

/** The file id: the first half of a SHA-256 over the model (the logo by its own digest). */
function fileIdOf(model: ProposalModel): string {
  const logo = model.brand.logo;
  const text = JSON.stringify({ ...model, brand: { ...model.brand, logo: logo === null ? null : { ...logo, bytes: sha256Hex(logo.bytes) } } });
  return sha256Hex(text).slice(0, 32).toUpperCase();
}

class Composer {
  readonly doc: jsPDF;
  readonly replaced: ReplacedSet = new Set();
  y = BODY_TOP;
  private face: FaceName | null = null;
  private size = 0;
  private colour = '';

  constructor(
    readonly model: ProposalModel,
    readonly fonts: FontSet,
  ) {
    this.doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true, putOnlyUsedFonts: true });
    const faces = [fonts.regular, fonts.bold, ...(fonts.cjk === null ? [] : [fonts.cjk])];
    embedFaces(this.doc, faces);
  }

  // ---- drawing primitives -------------------------------------------------------------------------------------

  private textColour(rgb: Rgb): void {
    const key = rgb.join(',');
    if (key !== this.colour) {
      this.doc.setTextColor(rgb[0], rgb[1], rgb[2]);
      this.colour = key;
    }
  }

  /** Draws a laid-out line with its left edge at x and its baseline at y. */
  drawLine(line: Line, x: number, y: number, size: number, colour: Rgb): void {
    this.textColour(colour);
    if (size !== this.size) {
      this.doc.setFontSize(size);
      this.size = size;
    }
    for (const run of line.runs) {
      if (run.face !== this.face) {
        this.doc.setFont(FAMILY, run.face);
        this.face = run.face;
      }
      if (run.embolden) {
        this.doc.setDrawColor(colour[0], colour[1], colour[2]);
        this.doc.setLineWidth(size * 0.03);
        this.doc.text(run.text, x, y, { renderingMode: 'fillThenStroke' });
      } else this.doc.text(run.text, x, y);
      x += run.width;
    }
  }

  fill(rgb: Rgb, x: number, y: number, w: number, h: number): void {
    this.doc.setFillColor(rgb[0], rgb[1], rgb[2]);
    this.doc.rect(x, y, w, h, 'F');
  }

  rule(rgb: Rgb, x1: number, y1: number, x2: number, y2: number, width = 0.6): void {
    this.doc.setDrawColor(rgb[0], rgb[1], rgb[2]);
    this.doc.setLineWidth(width);
    this.doc.line(x1, y1, x2, y2);
  }

  lines(text: string, style: Style, size: number, width: number): Line[] {
    return layoutText(text, style, size, width, this.fonts, this.replaced);
  }

  /** Places the logo inside a box, scaled to fit with its aspect kept; returns the width used. */
  logo(x: number, y: number, maxW: number, maxH: number): number {
    const logo = this.model.brand.logo;
    if (logo === null) return 0;
    const scale = Math.min(maxW / logo.width, maxH / logo.height);
    const w = logo.width * scale;
    const h = logo.height * scale;
    try {
      this.doc.addImage(logo.bytes, logo.format, x, y + (maxH - h) / 2, w, h, 'logo');
    } catch {
      throw new AppError('invalid_input', 'logo: the image could not be decoded; save it again as PNG or JPEG', 'logo');
    }
    return w;
  }

  // ---- flow -----------------------------------------------------------------------------------------------------

  newPage(): void {
    this.doc.addPage();
    this.y = BODY_TOP;
  }

  /** Moves to a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.y + height > BODY_BOTTOM && this.y > BODY_TOP) this.newPage();
  }

  /** Lines flowing down the page, breaking to the next page between lines. */
  flow(lines: readonly Line[], x: number, size: number, leading: number, colour: Rgb): void {
    for (const line of lines) {
      this.ensure(leading);
      this.drawLine(line, x, this.y + size * 0.8, size, colour);
      this.y += leading;
    }
  }

  section(section: Section, first: boolean): void {
    if (section.newPage === true || first) this.newPage();
    else this.y += 20;
    const size = 17;
    const lines = this.lines(section.title, 'bold', size, CONTENT_W);
    this.ensure(lines.length * size * 1.25 + 60);
    this.fill(this.model.brand.accent, LEFT, this.y, 28, 3);
    this.y += 10;
    this.flow(lines, LEFT, size, size * 1.25, this.model.brand.primary);
    this.y += 8;
    for (const block of section.blocks) this.block(block);
  }

  block(block: Block): void {
    switch (block.kind) {
      case 'paragraph': {
        const [size, colour] = block.tone === 'lead' ? [11.5, INK] : block.tone === 'muted' ? [9.5, MUTED] : [10, INK];
        this.flow(this.lines(block.text, 'regular', size, CONTENT_W), LEFT, size, size * 1.45, colour);
        this.y += 8;
        return;
      }
      case 'subheading': {
        const lines = this.lines(block.text, 'bold', 11.5, CONTENT_W);
        this.y += 6;
        this.ensure(lines.length * 15 + 40);
        this.flow(lines, LEFT, 11.5, 15, INK);
        this.y += 5;
        return;
      }
      case 'bullets':
        this.bullets(block.items, block.numbered === true);
        return;
      case 'table':
        this.table(block);
        return;
      case 'chart':
        this.chart(block.bars, block.caption);
        return;
      case 'callout':
        this.callout(block.label, block.title, block.lines);
        return;
    }
  }

  bullets(items: readonly { text: string; detail?: string }[], numbered: boolean): void {
    const indent = numbered ? 20 : 16;
    const width = CONTENT_W - indent;
    items.forEach((item, i) => {
      const lines = this.lines(item.text, 'regular', 10, width);
      const detail = item.detail === undefined ? [] : this.lines(item.detail, 'regular', 8.5, width);
      this.ensure(14.5 * Math.min(lines.length, 2));
      const marker = numbered ? `${i + 1}.` : '\u2022';
      this.drawLine(fitLine(marker, numbered ? 'bold' : 'regular', 10, indent, this.fonts, this.replaced), LEFT + (numbered ? 0 : 3), this.y + 8, 10, this.model.brand.primary);
      this.flow(lines, LEFT + indent, 10, 14.5, INK);
      if (detail.length > 0) this.flow(detail, LEFT + indent, 8.5, 12, MUTED);
      this.y += 5;
    });
    this.y += 4;
  }

  table(block: Extract<Block, { kind: 'table' }>): void {
    if (block.productText === true && this.primaryDraws(block)) this.autoTable(block.columns, block.rows);
    else this.lineTable(block.columns, block.rows);
  }

  /**
   * True when DejaVu alone draws every heading and cell in the style its column uses: no CJK fallback, no replacement,
   * nothing cleanText would drop. Product text always passes; the check keeps a surprise from becoming wrong glyphs.
   */
  private primaryDraws(block: Extract<Block, { kind: 'table' }>): boolean {
    const covers = (text: string, style: Style): boolean => {
      if (cleanText(text) !== text) return false;
      const glyphs = this.fonts[style].font.glyphOfBmp;
      for (const char of text) {
        const cp = char.codePointAt(0)!;
        if (cp === 10 || cp > 0xffff || isRightToLeft(cp) || glyphs[cp] === 0) return false;
      }
      return true;
    };
    return (
      block.columns.every((c) => covers(c.title, 'bold')) &&
      block.rows.every((row) => block.columns.every((c, i) => covers(row[i] ?? '', c.bold === true ? 'bold' : 'regular')))
    );
  }

  /**
   * A table of product text, drawn by jspdf-autotable in the embedded family: columns at their shares of the content
   * width, the header repeated on every page, rows kept whole, page breaks at the body box (clear of the running
   * header and footer that finish() draws on every page after the cover).
   */
  private autoTable(columns: readonly { title: string; share: number; bold?: boolean }[], rows: readonly string[][]): void {
    const total = columns.reduce((sum, c) => sum + c.share, 0);
    const widths = columns.map((c) => (CONTENT_W * c.share) / total);
    const styles = columns.map((c) => (c.bold === true ? 'bold' : 'regular'));
    const primary = this.model.brand.primary;
    const zebra = mix(primary, WHITE, 0.94);
    // Autotable spaces the lines of a cell by the document's line height factor; set for the table, restored after.
    const factor = this.doc.getLineHeightFactor();
    this.doc.setLineHeightFactor(CELL_LEADING);
    // Autotable moves a row that does not fit to the next page, but not the header above it: keep the two together.
    const headH = this.autoRowHeight(columns.map((c) => c.title), columns.map(() => 'bold'), HEAD_SIZE, widths);
    const firstH = rows.length > 0 ? this.autoRowHeight(rows[0]!, styles, CELL_SIZE, widths) : 0;
    this.ensure(headH + firstH);
    autoTable(this.doc, {
      startY: this.y,
      margin: { top: BODY_TOP, right: PAGE_W - RIGHT, bottom: PAGE_H - BODY_BOTTOM, left: LEFT },
      theme: 'plain',
      showHead: 'everyPage',
      rowPageBreak: 'avoid',
      styles: {
        font: FAMILY,
        fontStyle: REGULAR,
        fontSize: CELL_SIZE,
        textColor: [...INK],
        cellPadding: { top: CELL_PAD_Y, bottom: CELL_PAD_Y, left: CELL_PAD_X, right: CELL_PAD_X },
        overflow: 'linebreak',
        valign: 'top',
        halign: 'left',
        lineWidth: 0,
        fillColor: false,
        // jsPDF's defaults, as for every other text in the document: the input is drawn in the order written.
        textOptions: {},
      },
      headStyles: { fontStyle: 'bold', fontSize: HEAD_SIZE, textColor: [...onColour(primary)], fillColor: [...primary] },
      bodyStyles: { lineWidth: { bottom: 0.5 }, lineColor: [...RULE] },
      columnStyles: Object.fromEntries(widths.map((w, i) => [i, { cellWidth: w, fontStyle: styles[i] === 'bold' ? 'bold' : REGULAR }])),
      head: [columns.map((c, i) => ({ content: c.title, styles: { cellWidth: widths[i]! } }))],
      body: rows.map((row) => columns.map((_, i) => row[i] ?? '')),
      didParseCell: (data) => {
        if (data.section === 'body' && data.row.index % 2 === 1) data.cell.styles.fillColor = [...zebra];
      },
    });
    this.doc.setLineHeightFactor(factor);
    this.y = (this.doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 12;
    // Autotable set fonts, sizes and colours behind the drawing primitives' backs.
    this.face = null;
    this.size = 0;
    this.colour = '';
  }

  /** The height autotable gives a row: it wraps each cell with jsPDF's splitTextToSize at the text width plus one point. */
  private autoRowHeight(texts: readonly string[], styles: readonly Style[], size: number, widths: readonly number[]): number {
    let lines = 1;
    texts.forEach((text, i) => {
      this.doc.setFont(FAMILY, styles[i]!);
      this.face = null;
      const split = this.doc.splitTextToSize(text, widths[i]! - 2 * CELL_PAD_X + 1 / this.doc.internal.scaleFactor, { fontSize: size }) as string[];
      lines = Math.max(lines, split.length);
    });
    return lines * size * this.doc.getLineHeightFactor() + 2 * CELL_PAD_Y;
  }

  /** A table that may hold user text: every cell laid out with the line layout (CJK fallback, replacements), rows split between lines. */
  lineTable(columns: readonly { title: string; share: number; bold?: boolean }[], rows: readonly string[][]): void {
    const total = columns.reduce((sum, c) => sum + c.share, 0);
    const widths = columns.map((c) => (CONTENT_W * c.share) / total);
    const padX = CELL_PAD_X;
    const padY = CELL_PAD_Y;
    const size = CELL_SIZE;
    const leading = size * CELL_LEADING;
    const headLeading = HEAD_SIZE * CELL_LEADING;
    const headerLines = columns.map((c, i) => this.lines(c.title, 'bold', HEAD_SIZE, widths[i]! - 2 * padX));
    const headerH = Math.max(...headerLines.map((l) => l.length)) * headLeading + 2 * padY;
    const primary = this.model.brand.primary;
    const header = (): void => {
      this.fill(primary, LEFT, this.y, CONTENT_W, headerH);
      let x = LEFT;
      headerLines.forEach((lines, i) => {
        lines.forEach((line, k) => this.drawLine(line, x + padX, this.y + padY + k * headLeading + HEAD_SIZE * 0.8, HEAD_SIZE, onColour(primary)));
        x += widths[i]!;
      });
      this.y += headerH;
    };
    this.ensure(headerH + leading + 2 * padY);
    header();
    const zebra = mix(primary, WHITE, 0.94);
    rows.forEach((row, r) => {
      const cells = columns.map((c, i) => this.lines(row[i] ?? '', c.bold === true ? 'bold' : 'regular', size, widths[i]! - 2 * padX));
      const count = Math.max(1, ...cells.map((l) => l.length));
      let done = 0;
      while (done < count) {
        const fit = Math.floor((BODY_BOTTOM - this.y - 2 * padY) / leading);
        if (fit < Math.min(count - done, 2)) {
          this.newPage();
          header();
          continue;
        }
        const take = Math.min(fit, count - done);
        const h = take * leading + 2 * padY;
        if (r % 2 === 1) this.fill(zebra, LEFT, this.y, CONTENT_W, h);
        let x = LEFT;
        cells.forEach((lines, i) => {
          for (let k = done; k < Math.min(lines.length, done + take); k++) {
            this.drawLine(lines[k]!, x + padX, this.y + padY + (k - done) * leading + size * 0.8, size, INK);
          }
          x += widths[i]!;
        });
        this.y += h;
        this.rule(RULE, LEFT, this.y, RIGHT, this.y, 0.5);
        done += take;
      }
    });
    this.y += 12;
  }

  chart(bars: readonly { label: string; value: number; display: string; highlight: boolean }[], caption: string): void {
    const rowH = 28;
    const labelW = 86;
    const valueW = 44;
    const barX = LEFT + labelW;
    const barW = CONTENT_W - labelW - valueW;
    const captionLines = this.lines(caption, 'regular', 8.5, CONTENT_W);
    const height = bars.length * rowH + 10 + captionLines.length * 12;
    this.ensure(height + 10);
    this.y += 6;
    const min = Math.min(0, ...bars.map((b) => b.value));
    const max = Math.max(0, ...bars.map((b) => b.value));
    const scale = barW / (max - min || 1);
    const zero = barX + -min * scale;
    const top = this.y;
    const track = mix(RULE, WHITE, 0.55);
    const other = mix(this.model.brand.primary, WHITE, 0.6);
    bars.forEach((bar, i) => {
      const y = top + i * rowH;
      this.drawLine(fitLine(bar.label, 'bold', 10, labelW - 10, this.fonts, this.replaced), LEFT, y + 17, 10, INK);
      this.fill(track, barX, y + 6, barW, 16);
      const length = Math.abs(bar.value) * scale;
      const from = bar.value >= 0 ? zero : zero - length;
      if (length > 0) this.fill(bar.highlight ? this.model.brand.primary : other, from, y + 6, length, 16);
      const value = fitLine(bar.display, 'bold', 10, valueW - 8, this.fonts, this.replaced);
      this.drawLine(value, RIGHT - value.width, y + 17, 10, bar.highlight ? this.model.brand.primary : MUTED);
    });
    this.rule(INK, zero, top + 2, zero, top + bars.length * rowH, 0.8);
    this.y = top + bars.length * rowH + 6;
    this.flow(captionLines, LEFT, 8.5, 12, MUTED);
    this.y += 8;
  }

  callout(label: string, title: string, lines: readonly string[]): void {
    const pad = 14;
    const width = CONTENT_W - 2 * pad - 4;
    const labelLines = this.lines(label, 'regular', 8.5, width);
    const titleLines = this.lines(title, 'bold', 20, width);
    const bodyLines = lines.flatMap((l) => this.lines(l, 'regular', 9.5, width));
    const height = pad + labelLines.length * 12 + titleLines.length * 24 + 4 + bodyLines.length * 13.5 + pad - 4;
    if (height > BODY_BOTTOM - BODY_TOP) {
      // Too tall for any page (only with absurd input): print it as plain text instead of a box.
      this.flow([...labelLines, ...titleLines, ...bodyLines], LEFT, 9.5, 13.5, INK);
      return;
    }
    this.ensure(height + 10);
    this.y += 2;
    const primary = this.model.brand.primary;
    this.fill(mix(primary, WHITE, 0.92), LEFT, this.y, CONTENT_W, height);
    this.fill(primary, LEFT, this.y, 4, height);
    let y = this.y + pad;
    const x = LEFT + 4 + pad;
    for (const line of labelLines) {
      this.drawLine(line, x, y + 7, 8.5, MUTED);
      y += 12;
    }
    for (const line of titleLines) {
      this.drawLine(line, x, y + 18, 20, primary);
      y += 24;
    }
    y += 4;
    for (const line of bodyLines) {
      this.drawLine(line, x, y + 8, 9.5, INK);
      y += 13.5;
    }
    this.y += height + 12;
  }

  // ---- cover, header and footer ------------------------------------------------------------------------------

  cover(): void {
    const { cover, brand } = this.model;
    const onBand = onColour(brand.primary);
    const soft = mix(onBand, brand.primary, 0.3);
    const title = fitBlock(cover.title, 'bold', [30, 26, 22, 19, 16], CONTENT_W, 4, this.fonts, this.replaced);
    const titleLeading = title.size * 1.2;
    const titleTop = 196;
    const band = Math.max(330, titleTop + title.lines.length * titleLeading + 44);
    this.fill(brand.primary, 0, 0, PAGE_W, band);
    this.fill(brand.accent, 0, band, PAGE_W, 6);

    if (brand.logo !== null) {
      const box = { w: 150, h: 50 };
      const logo = brand.logo;
      const scale = Math.min(box.w / logo.width, box.h / logo.height);
      this.fill(WHITE, LEFT - 10, 40, logo.width * scale + 20, box.h + 16);
      this.logo(LEFT, 48, box.w, box.h);
    } else {
      const name = fitBlock(brand.companyName, 'bold', [18, 15, 12], CONTENT_W, 2, this.fonts, this.replaced);
      name.lines.forEach((line, i) => this.drawLine(line, LEFT, 72 + i * name.size * 1.25, name.size, onBand));
    }
    const kicker = fitLine(cover.kicker, 'regular', 11, CONTENT_W, this.fonts, this.replaced);
    this.drawLine(kicker, LEFT, 170, 11, soft);
    title.lines.forEach((line, i) => this.drawLine(line, LEFT, titleTop + title.size * 0.85 + i * titleLeading, title.size, onBand));

    let y = band + 50;
    this.drawLine(fitLine(cover.clientLabel, 'regular', 10, CONTENT_W, this.fonts, this.replaced), LEFT, y, 10, MUTED);
    y += 10;
    const client = fitBlock(cover.client, 'bold', [22, 19, 16, 14], CONTENT_W, 3, this.fonts, this.replaced);
    client.lines.forEach((line, i) => this.drawLine(line, LEFT, y + client.size * 0.95 + i * client.size * 1.25, client.size, INK));
    y += client.lines.length * client.size * 1.25 + 30;

    const closingY = PAGE_H - 52;
    const columnW = (CONTENT_W - 24) / 2;
    const facts = cover.facts;
    for (let i = 0; i < facts.length; i += 2) {
      const pair = facts.slice(i, i + 2).map((fact) => ({
        label: fitLine(fact.label, 'regular', 8.5, columnW, this.fonts, this.replaced),
        value: fitBlock(fact.value, 'regular', [11, 10], columnW, 2, this.fonts, this.replaced),
      }));
      const height = 14 + Math.max(...pair.map((p) => p.value.lines.length * p.value.size * 1.3)) + 14;
      if (y + height > closingY - 24) break;
      this.rule(RULE, LEFT, y - 6, RIGHT, y - 6, 0.5);
      pair.forEach((p, k) => {
        const x = LEFT + k * (columnW + 24);
        this.drawLine(p.label, x, y + 8, 8.5, MUTED);
        p.value.lines.forEach((line, n) => this.drawLine(line, x, y + 14 + p.value.size + n * p.value.size * 1.3, p.value.size, INK));
      });
      y += height;
    }
    this.rule(RULE, LEFT, closingY - 16, RIGHT, closingY - 16, 0.5);
    this.drawLine(fitLine(cover.closing, 'regular', 8.5, CONTENT_W, this.fonts, this.replaced), LEFT, closingY, 8.5, MUTED);
  }

  furniture(page: number, pages: number): void {
    const { brand } = this.model;
    let used = this.logo(LEFT, 26, 110, 28);
    if (used === 0) {
      const name = fitLine(brand.companyName, 'bold', 10, CONTENT_W * 0.5, this.fonts, this.replaced);
      this.drawLine(name, LEFT, 45, 10, brand.primary);
      used = name.width;
    }
    const header = fitLine(this.model.header, 'regular', 8.5, CONTENT_W - used - 24, this.fonts, this.replaced);
    this.drawLine(header, RIGHT - header.width, 45, 8.5, MUTED);
    this.rule(RULE, LEFT, 62, RIGHT, 62, 0.5);
    this.fill(brand.accent, LEFT, 61, 36, 2);

    const footerTop = PAGE_H - 60;
    this.rule(RULE, LEFT, footerTop, RIGHT, footerTop, 0.5);
    const label = fitLine(this.model.pageLabel.replace('{page}', String(page)).replace('{pages}', String(pages)), 'regular', 8, 90, this.fonts, this.replaced);
    this.drawLine(label, RIGHT - label.width, footerTop + 16, 8, MUTED);
    brand.footer.slice(0, 2).forEach((text, i) => {
      const line = fitLine(text, i === 0 ? 'bold' : 'regular', i === 0 ? 8 : 7.5, CONTENT_W - 100, this.fonts, this.replaced);
      this.drawLine(line, LEFT, footerTop + 16 + i * 12, i === 0 ? 8 : 7.5, i === 0 ? INK : MUTED);
    });
  }

  finish(): RenderedProposal {
    const pages = this.doc.getNumberOfPages();
    for (let page = 2; page <= pages; page++) {
      this.doc.setPage(page);
      this.furniture(page, pages);
    }
    const { document } = this.model;
    this.doc.setDocumentProperties({ title: document.title, subject: document.subject, author: document.author, keywords: document.keywords, creator: 'Scopewise' });
    this.doc.setCreationDate(pdfDate(document.issuedAt));
    this.doc.setFileId(fileIdOf(this.model));
    const bytes = new Uint8Array(this.doc.output('arraybuffer'));
    return { bytes, pages, replaced: [...this.replaced].sort() };
  }
}

/** The fonts a model needs: DejaVu Sans always, the CJK face only when some text is outside DejaVu's coverage. */
export async function loadFonts(model: ProposalModel): Promise<FontSet> {
  const { regular, bold } = primaryFaces();
  const text = allText(model, []).join('\n');
  const cjk = needsFallback(text, (cp) => regular.font.glyphOfBmp[cp] !== 0) ? await cjkFace() : null;
  return { regular, bold, cjk };
}

/** Renders with fonts already loaded (see loadFonts): synchronous, for callers that batch. */
export function renderProposalWith(model: ProposalModel, fonts: FontSet): RenderedProposal {
  const composer = new Composer(model, fonts);
  composer.cover();
  model.sections.forEach((section, i) => composer.section(section, i === 0));
  return composer.finish();
}

/** The proposal as PDF bytes, with the page count and the characters that had to be replaced. */
export async function renderProposal(model: ProposalModel): Promise<RenderedProposal> {
  return renderProposalWith(model, await loadFonts(model));
}
