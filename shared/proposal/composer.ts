// The page composer: one jsPDF document, a cursor down the body box, the drawing primitives and the page flow.
// Blocks, tables, the cover and the furniture draw through it (sections.ts, tables.ts, cover.ts); no content here.
import { jsPDF } from 'jspdf';

import { AppError } from '../errors';
import { embedFaces, FAMILY } from './embed';
import type { FaceName, FontSet } from './faces';
import { layoutText, layoutWhole, type Line, type ReplacedSet, type Style } from './layout';
import { contactLinks, personLinks } from './links';
import { Outline } from './outline';
import { type FlowLine, linesBeforeBreak, minimumStart } from './page-break';
import { DEFAULT_LANGUAGE, Tagging } from './tagging';
import { BASELINE, BODY_TOP, FURNITURE, PAGE, PITCH, STROKE } from './theme';
import type { ProposalModel, Rgb } from './types';

export class Composer {
  readonly doc: jsPDF;
  readonly replaced: ReplacedSet = new Set();
  /** The structure tree (tagged PDF) every drawing primitive marks its content in; see tagging.ts. */
  readonly tags: Tagging;
  readonly outline: Outline;
  y = BODY_TOP;
  /** The footer's rows (company first, then contact details packed into lines), laid out once for every page. */
  footer: Line[] = [];
  /** Where the footer starts and the body ends: the footer grows upwards when the contact details need more rows. */
  footerTop: number = PAGE.height - FURNITURE.footerFromBottom;
  bottom: number = PAGE.height - FURNITURE.footerFromBottom - FURNITURE.bodyGap;
  private face: FaceName | null = null;
  private size = 0;
  private colour = '';

  constructor(
    readonly model: ProposalModel,
    readonly fonts: FontSet,
  ) {
    this.doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true, putOnlyUsedFonts: true });
    const faces = [fonts.regular, fonts.bold, ...(fonts.thai === null ? [] : [fonts.thai]), ...(fonts.cjk === null ? [] : [fonts.cjk])];
    embedFaces(this.doc, faces);
    this.tags = new Tagging(this.doc, model.language ?? DEFAULT_LANGUAGE, [...contactLinks(model.brand.footer), ...personLinks(model.cover.person ?? [])]);
    this.outline = new Outline(this.doc);
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
    this.tags.beginLine();
    for (const run of line.runs) {
      if (run.face !== this.face) {
        this.doc.setFont(FAMILY, run.face);
        this.face = run.face;
      }
      if (run.embolden) {
        this.doc.setDrawColor(colour[0], colour[1], colour[2]);
        this.doc.setLineWidth(size * STROKE.emboldenFactor);
      }
      for (const piece of this.tags.pieces(run, size, this.fonts)) {
        if (piece.target !== null) this.tags.beginLink(piece.target, x, y, piece.width, size);
        else this.tags.resume();
        if (run.embolden) this.doc.text(piece.text, x, y, { renderingMode: 'fillThenStroke' });
        else this.doc.text(piece.text, x, y);
        if (piece.target !== null) this.tags.endLink();
        x += piece.width;
      }
    }
    this.tags.end();
  }

  fill(rgb: Rgb, x: number, y: number, w: number, h: number): void {
    this.doc.setFillColor(rgb[0], rgb[1], rgb[2]);
    this.tags.beginDrawing();
    this.doc.rect(x, y, w, h, 'F');
    this.tags.end();
  }

  rule(rgb: Rgb, x1: number, y1: number, x2: number, y2: number, width: number = STROKE.rule): void {
    this.doc.setDrawColor(rgb[0], rgb[1], rgb[2]);
    this.doc.setLineWidth(width);
    this.tags.beginDrawing();
    this.doc.line(x1, y1, x2, y2);
    this.tags.end();
  }

  /** Laid-out text by style, size, width and text: measuring a block before drawing it (keep-with-next) costs no second layout. */
  private readonly laidOut = new Map<string, Line[]>();

  lines(text: string, style: Style, size: number, width: number): Line[] {
    const key = `${style}\u0000${size}\u0000${width}\u0000${text}`;
    let lines = this.laidOut.get(key);
    if (lines === undefined) {
      lines = layoutText(text, style, size, width, this.fonts, this.replaced);
      this.laidOut.set(key, lines);
    }
    return lines;
  }

  private readonly laidOutWhole = new Map<string, { size: number; lines: Line[] }>();

  /** Lines at the first of `sizes` that keeps every word whole (layoutWhole), laid out once per document. */
  wholeLines(text: string, style: Style, sizes: readonly number[], width: number): { size: number; lines: Line[] } {
    const key = `${style}\u0000${sizes.join(',')}\u0000${width}\u0000${text}`;
    let laid = this.laidOutWhole.get(key);
    if (laid === undefined) {
      laid = layoutWhole(text, style, sizes, width, this.fonts, this.replaced);
      this.laidOutWhole.set(key, laid);
    }
    return laid;
  }

  /** Places the logo inside a box, scaled to fit with its aspect kept; returns the width used. */
  logo(x: number, y: number, maxW: number, maxH: number): number {
    const logo = this.model.brand.logo;
    if (logo === null) return 0;
    const scale = Math.min(maxW / logo.width, maxH / logo.height);
    const w = logo.width * scale;
    const h = logo.height * scale;
    this.tags.beginDrawing();
    try {
      this.doc.addImage(logo.bytes, logo.format, x, y + (maxH - h) / 2, w, h, 'logo');
    } catch {
      throw new AppError('invalid_input', 'logo: the image could not be decoded; save it again as PNG or JPEG', 'logo');
    } finally {
      this.tags.end();
    }
    return w;
  }

  /** Forgets the font, size and colour last set: call after a library (autotable) drew behind the primitives' backs. */
  forgetState(): void {
    this.face = null;
    this.size = 0;
    this.colour = '';
  }

  /** Makes room for a footer of these rows on every page. */
  setFooter(rows: Line[]): void {
    this.footer = rows;
    const height = FURNITURE.footerDrop + Math.max(0, rows.length - 1) * PITCH.footer + FURNITURE.footerBelow;
    this.footerTop = Math.min(PAGE.height - FURNITURE.footerFromBottom, PAGE.height - height);
    this.bottom = this.footerTop - FURNITURE.bodyGap;
  }

  // ---- flow -----------------------------------------------------------------------------------------------------

  newPage(): void {
    this.doc.addPage();
    this.y = BODY_TOP;
  }

  /** Moves to a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > BODY_TOP) this.newPage();
  }

  /** How many lines of `leading` still fit on this page. */
  linesLeft(leading: number): number {
    return Math.max(0, Math.floor((this.bottom - this.y + 1e-6) / leading));
  }

  /**
   * Lines flowing down the page, breaking to the next page between lines, never leaving one line of a paragraph alone:
   * at least two lines end a page and at least two start the next (a paragraph of three or fewer moves whole).
   */
  flow(lines: readonly Line[], x: number, size: number, leading: number, colour: Rgb): void {
    this.flowRuns([{ lines, x, size, leading, colour }]);
  }

  /**
   * Moves to a new page when the runs' first lines could not stay on this one (page-break.ts), so whatever is drawn
   * beside them first (a bullet's marker) lands on the page where they start.
   */
  /** The height these runs need on a page to start there (page-break.ts minimumStart): what a heading above keeps with it. */
  startHeight(runs: readonly FlowRun[]): number {
    return minimumStart(flowLines(runs));
  }

  startRuns(runs: readonly FlowRun[]): void {
    const lines = flowLines(runs);
    if (lines.length > 0 && linesBeforeBreak(lines, 0, this.bottom - this.y) === 0 && this.y > BODY_TOP) this.newPage();
  }

  /**
   * Runs of lines, each with its own size and leading (a bullet's text, then its detail), flowing down the pages as
   * one paragraph: the break falls inside a run, keeping two of its lines on each side, never between runs (page-break.ts).
   */
  flowRuns(runs: readonly FlowRun[]): void {
    const lines = flowLines(runs);
    const drawn = runs.flatMap((run) => run.lines.map((line) => ({ line, run })));
    let i = 0;
    while (i < lines.length) {
      let take = linesBeforeBreak(lines, i, this.bottom - this.y);
      if (take === 0) {
        if (this.y > BODY_TOP) {
          this.newPage();
          continue;
        }
        // Not even a fresh page holds two lines: as many as fit, at least one.
        take = Math.max(1, Math.min(lines.length - i, this.linesLeft(lines[i]!.leading)));
      }
      for (const { line, run } of drawn.slice(i, i + take)) {
        this.drawLine(line, run.x, this.y + run.size * BASELINE, run.size, run.colour);
        this.y += run.leading;
      }
      i += take;
    }
  }
}

/** Lines of one size, leading and colour, drawn from `x`: a paragraph, or one part of a bullet. */
export interface FlowRun {
  lines: readonly Line[];
  x: number;
  size: number;
  leading: number;
  colour: Rgb;
}

function flowLines(runs: readonly FlowRun[]): FlowLine[] {
  return runs.flatMap((run, index) => run.lines.map((line) => ({ run: index, leading: run.leading, blank: line.runs.every((r) => r.text.trim() === '') })));
}
