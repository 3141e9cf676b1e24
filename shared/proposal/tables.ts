// Tables: product text goes to jspdf-autotable (same faces, same metrics); tables that may hold user text keep the
// line layout, because autotable draws a cell in one font and the CJK fallback must be able to join in.
import { autoTable, type FontStyle } from 'jspdf-autotable';

import type { Composer } from './composer';
import { FAMILY } from './embed';
import type { Line, Style } from './layout';
import type { StructElement } from './tagging';
import { cleanText, isRightToLeft } from './text';
import { BASELINE, BODY_TOP, CELL, CONTENT_W, INK, LEADING, LEFT, mix, onColour, PAGE, RIGHT, RULE, SHRINK, SPACE, TINT, TYPE, WHITE } from './theme';
import type { Block } from './types';

type TableBlock = Extract<Block, { kind: 'table' }>;
type Column = TableBlock['columns'][number];

/**
 * The embedded family's styles are named after the faces ('regular', 'bold'); autotable types its fontStyle as the
 * standard fonts' names but passes it straight to jsPDF's setFont, which knows ours.
 */
const REGULAR = 'regular' as FontStyle;

function drawnByAutoTable(c: Composer, block: TableBlock): boolean {
  const plain = block.emphasis === undefined && block.highlightColumn === undefined && block.columns.every((col) => col.align !== 'right');
  return block.productText === true && plain && primaryDraws(c, block);
}

export function drawTable(c: Composer, block: TableBlock): void {
  if (drawnByAutoTable(c, block)) drawAutoTable(c, block.columns, block.rows);
  else drawLineTable(c, block);
}

/**
 * The height of the header and the first `rows` rows (all of them when omitted), as drawn on one page: what a block
 * kept with the table before it, or a table kept whole, must find room for.
 */
export function tableHeight(c: Composer, block: TableBlock, rows: number = block.rows.length): number {
  const widths = widthsOf(block.columns);
  const taken = block.rows.slice(0, rows);
  if (drawnByAutoTable(c, block)) {
    const factor = c.doc.getLineHeightFactor();
    c.doc.setLineHeightFactor(LEADING.cell);
    const styles: Style[] = block.columns.map((col) => (col.bold === true ? 'bold' : 'regular'));
    const head = autoRowHeight(
      c,
      block.columns.map((col) => col.title),
      block.columns.map(() => 'bold'),
      TYPE.cellHead,
      widths,
    );
    const body = taken.reduce((sum, row) => sum + autoRowHeight(c, row, styles, TYPE.cell, widths), 0);
    c.doc.setLineHeightFactor(factor);
    return head + body + SPACE.afterTable;
  }
  const { head, cells } = lineTableCells(c, block, widths);
  const leading = TYPE.cell * LEADING.cell;
  const body = cells.slice(0, rows).reduce((sum, row) => sum + Math.max(1, ...row.map((cell) => cell.lines.length)) * leading + 2 * CELL.padY, 0);
  return head + body + SPACE.afterTable;
}

type Cell = { size: number; lines: Line[] };

/**
 * The line table's header height and every cell's lines, each at the largest size that keeps its words whole (a long
 * tier name in a narrow column steps down rather than breaking "Recommended" between letters).
 */
function lineTableCells(c: Composer, block: TableBlock, widths: readonly number[]): { head: number; headerCells: Cell[]; cells: Cell[][] } {
  const emphasis = new Set(block.emphasis ?? []);
  const headerCells = block.columns.map((col, i) => c.wholeLines(col.title, 'bold', SHRINK.cellHead, widths[i]! - 2 * CELL.padX));
  const head = Math.max(...headerCells.map((h) => h.lines.length * h.size * LEADING.cell)) + 2 * CELL.padY;
  const cells = block.rows.map((row, r) =>
    block.columns.map((col, i) =>
      c.wholeLines(row[i] ?? '', emphasis.has(r) || col.bold === true ? 'bold' : 'regular', SHRINK.cell, widths[i]! - 2 * CELL.padX),
    ),
  );
  return { head, headerCells, cells };
}

/**
 * True when DejaVu alone draws every heading and cell in the style its column uses: no CJK fallback, no replacement,
 * nothing cleanText would drop. Product text always passes; the check keeps a surprise from becoming wrong glyphs.
 */
function primaryDraws(c: Composer, block: TableBlock): boolean {
  const covers = (text: string, style: Style): boolean => {
    if (cleanText(text) !== text) return false;
    const glyphs = c.fonts[style].font.glyphOfBmp;
    for (const char of text) {
      const cp = char.codePointAt(0)!;
      if (cp === 10 || cp > 0xffff || isRightToLeft(cp) || glyphs[cp] === 0) return false;
    }
    return true;
  };
  return (
    block.columns.every((col) => covers(col.title, 'bold')) &&
    block.rows.every((row) => block.columns.every((col, i) => covers(row[i] ?? '', col.bold === true ? 'bold' : 'regular')))
  );
}

function widthsOf(columns: readonly Column[]): number[] {
  const total = columns.reduce((sum, col) => sum + col.share, 0);
  return columns.map((col) => (CONTENT_W * col.share) / total);
}

/**
 * A table of product text, drawn by jspdf-autotable in the embedded family: columns at their shares of the content
 * width, the header repeated on every page, rows kept whole, page breaks at the body box (clear of the running
 * header and footer drawn on every page after the cover).
 */
function drawAutoTable(c: Composer, columns: readonly Column[], rows: readonly string[][]): void {
  const { doc } = c;
  const widths = widthsOf(columns);
  const styles: Style[] = columns.map((col) => (col.bold === true ? 'bold' : 'regular'));
  const primary = c.model.brand.primary;
  const zebra = mix(primary, WHITE, TINT.zebra);
  // Autotable spaces the lines of a cell by the document's line height factor; set for the table, restored after.
  const factor = doc.getLineHeightFactor();
  doc.setLineHeightFactor(LEADING.cell);
  // Autotable moves a row that does not fit to the next page, but not the header above it: keep the two together.
  const headH = autoRowHeight(
    c,
    columns.map((col) => col.title),
    columns.map(() => 'bold'),
    TYPE.cellHead,
    widths,
  );
  const firstH = rows.length > 0 ? autoRowHeight(c, rows[0]!, styles, TYPE.cell, widths) : 0;
  c.ensure(headH + firstH);
  const cells = autoTableCells(c);
  autoTable(doc, {
    startY: c.y,
    margin: { top: BODY_TOP, right: PAGE.width - RIGHT, bottom: PAGE.height - c.bottom, left: LEFT },
    theme: 'plain',
    showHead: 'everyPage',
    rowPageBreak: 'avoid',
    styles: {
      font: FAMILY,
      fontStyle: REGULAR,
      fontSize: TYPE.cell,
      textColor: [...INK],
      cellPadding: { top: CELL.padY, bottom: CELL.padY, left: CELL.padX, right: CELL.padX },
      overflow: 'linebreak',
      valign: 'top',
      halign: 'left',
      lineWidth: 0,
      fillColor: false,
      // jsPDF's defaults, as for every other text in the document: the input is drawn in the order written.
      textOptions: {},
    },
    headStyles: { fontStyle: 'bold', fontSize: TYPE.cellHead, textColor: [...onColour(primary)], fillColor: [...primary] },
    bodyStyles: { lineWidth: { bottom: CELL.rule }, lineColor: [...RULE] },
    columnStyles: Object.fromEntries(widths.map((w, i) => [i, { cellWidth: w, fontStyle: styles[i] === 'bold' ? 'bold' : REGULAR }])),
    head: [columns.map((col, i) => ({ content: col.title, styles: { cellWidth: widths[i]! } }))],
    body: rows.map((row) => columns.map((_, i) => row[i] ?? '')),
    didParseCell: (data) => {
      if (data.section === 'body' && data.row.index % 2 === 1) data.cell.styles.fillColor = [...zebra];
    },
    // Each cell drawn inside its TH or TD; the header repeated on a later page is an artifact.
    willDrawCell: (data) => cells.begin(data.section === 'head', data.row.index, data.column.index),
    didDrawCell: () => c.tags.end(),
  });
  doc.setLineHeightFactor(factor);
  c.y = (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + SPACE.afterTable;
  c.forgetState();
}

/** A TH has its scope: the column below it. */
const HEADER_SCOPE = '<< /O /Table /Scope /Column >>';

/** Tags for the cells autotable draws: one TR per row, a TH or TD per cell, marked content opened before each cell. */
function autoTableCells(c: Composer): { begin: (head: boolean, row: number, column: number) => void } {
  const rows = new Map<string, StructElement>();
  const cells = new Map<string, StructElement>();
  return {
    begin: (head, row, column) => {
      const key = `${head ? 'h' : 'b'}${row}`;
      const seen = cells.get(`${key}:${column}`);
      if (seen !== undefined) {
        c.tags.artifact(() => c.tags.beginText());
        return;
      }
      let tr = rows.get(key);
      if (tr === undefined) {
        tr = c.tags.child('TR');
        rows.set(key, tr);
      }
      const cell = c.tags.child(head ? 'TH' : 'TD', tr, head ? { attributes: HEADER_SCOPE } : {});
      cells.set(`${key}:${column}`, cell);
      c.tags.within(cell, () => c.tags.beginText());
    },
  };
}

/** The height autotable gives a row: it wraps each cell with jsPDF's splitTextToSize at the text width plus one point. */
function autoRowHeight(c: Composer, texts: readonly string[], styles: readonly Style[], size: number, widths: readonly number[]): number {
  const { doc } = c;
  let lines = 1;
  texts.forEach((text, i) => {
    doc.setFont(FAMILY, styles[i]);
    c.forgetState();
    const split = doc.splitTextToSize(text, widths[i]! - 2 * CELL.padX + 1 / doc.internal.scaleFactor, { fontSize: size }) as string[];
    lines = Math.max(lines, split.length);
  });
  return lines * size * doc.getLineHeightFactor() + 2 * CELL.padY;
}

/**
 * A table that may hold user text: every cell laid out with the line layout (CJK fallback, replacements), rows split
 * between lines. Amount columns align right; emphasised rows (a total) print bold under a stronger rule; a highlighted
 * column (the recommended option) is tinted.
 */
function drawLineTable(c: Composer, block: TableBlock): void {
  const { columns, rows } = block;
  const widths = widthsOf(columns);
  const lefts = widths.map((_, i) => LEFT + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const { padX, padY } = CELL;
  const size = TYPE.cell;
  const leading = size * LEADING.cell;
  const emphasis = new Set(block.emphasis ?? []);
  const highlight = block.highlightColumn;
  const { head: headerH, headerCells, cells: allCells } = lineTableCells(c, block, widths);
  const primary = c.model.brand.primary;
  const accent = c.model.brand.accent;
  const xOf = (i: number, width: number): number => (columns[i]!.align === 'right' ? lefts[i]! + widths[i]! - padX - width : lefts[i]! + padX);
  // The header's cells are tagged where first drawn; repeated at the top of a later page, they are artifacts.
  const headRow = c.tags.child('TR');
  const headCells = columns.map(() => c.tags.child('TH', headRow, { attributes: HEADER_SCOPE }));
  let headDrawn = false;
  const header = (): void => {
    if (headDrawn) c.tags.artifact(drawHeader);
    else drawHeader();
    headDrawn = true;
  };
  const drawHeader = (): void => {
    c.fill(primary, LEFT, c.y, CONTENT_W, headerH);
    if (highlight !== undefined && widths[highlight] !== undefined) c.fill(accent, lefts[highlight]!, c.y, widths[highlight], headerH);
    headerCells.forEach((cell, i) => {
      const colour = i === highlight ? onColour(accent) : onColour(primary);
      const pitch = cell.size * LEADING.cell;
      c.tags.within(headCells[i]!, () =>
        cell.lines.forEach((line, k) => c.drawLine(line, xOf(i, line.width), c.y + padY + k * pitch + cell.size * BASELINE, cell.size, colour)),
      );
    });
    c.y += headerH;
  };
  c.ensure(headerH + leading + 2 * padY);
  header();
  const zebra = mix(primary, WHITE, TINT.zebra);
  const tint = mix(accent, WHITE, TINT.zebra);
  const heightOf = (r: number): number => Math.max(1, ...allCells[r]!.map((cell) => cell.lines.length)) * leading + 2 * padY;
  const pageRoom = c.bottom - BODY_TOP - headerH;
  let rowsOnPage = 0;
  rows.forEach((_, r) => {
    const strong = emphasis.has(r);
    const cells = allCells[r]!;
    const count = Math.max(1, ...cells.map((cell) => cell.lines.length));
    // A closing total never opens a page alone: when it would not fit below this row, this row goes over with it.
    const total = r + 1 === rows.length - 1 && emphasis.has(r + 1);
    const pair = total ? heightOf(r) + heightOf(r + 1) : 0;
    if (total && rowsOnPage > 0 && c.y + pair > c.bottom && pair <= pageRoom) {
      c.newPage();
      header();
      rowsOnPage = 0;
    }
    const tr = c.tags.child('TR');
    const tagged = columns.map(() => c.tags.child('TD', tr));
    let done = 0;
    while (done < count) {
      const fit = Math.floor((c.bottom - c.y - 2 * padY) / leading);
      if (fit < Math.min(count - done, 2)) {
        c.newPage();
        header();
        rowsOnPage = 0;
        continue;
      }
      const take = Math.min(fit, count - done);
      const h = take * leading + 2 * padY;
      if (r % 2 === 1 && !strong) c.fill(zebra, LEFT, c.y, CONTENT_W, h);
      if (highlight !== undefined && widths[highlight] !== undefined) c.fill(tint, lefts[highlight]!, c.y, widths[highlight], h);
      if (strong) c.rule(INK, LEFT, c.y, RIGHT, c.y, CELL.strongRule);
      cells.forEach(({ lines, size: cellSize }, i) => {
        c.tags.within(tagged[i]!, () => {
          for (let k = done; k < Math.min(lines.length, done + take); k++) {
            const line = lines[k]!;
            c.drawLine(line, xOf(i, line.width), c.y + padY + (k - done) * leading + cellSize * BASELINE, cellSize, INK);
          }
        });
      });
      c.y += h;
      c.rule(RULE, LEFT, c.y, RIGHT, c.y, CELL.rule);
      done += take;
    }
    rowsOnPage++;
  });
  c.y += SPACE.afterTable;
}
