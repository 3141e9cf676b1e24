// Composition: a section's title and its blocks in order, flowing down the pages. Tables and figures have their own
// files (tables.ts, figures.ts); this file decides spacing and what is kept together.
import type { Composer, FlowRun } from './composer';
import { drawCallout, drawChart, drawGantt, drawSignature, ganttHeight, signatureHeight } from './figures';
import { fitLine } from './layout';
import { drawTable, tableHeight } from './tables';
import type { ElementOptions } from './tagging';
import { BULLET, CHART, CONTENT_W, INK, LEADING, LEFT, MUTED, PITCH, SECTION_MARK, SPACE, TYPE } from './theme';
import type { Block, Section } from './types';

export function drawSection(c: Composer, section: Section, first: boolean): void {
  if (section.newPage === true || first) c.newPage();
  else c.y += SPACE.sectionGap;
  const size = TYPE.sectionTitle;
  const leading = size * LEADING.sectionTitle;
  const lines = c.lines(section.title, 'bold', size, CONTENT_W);
  // A section kept whole needs all its height; any other keeps its title with its opening (leadHeight).
  const whole = section.keepTogether === true ? section.blocks.reduce((sum, block) => sum + heightOf(c, block), 0) : leadHeight(c, section.blocks, 0);
  c.ensure(SPACE.sectionRule + lines.length * leading + SPACE.afterSectionTitle + Math.max(SPACE.keepWithTitle, whole));
  c.tags.open('Sect');
  c.outline.add(section.title, 1, c.y);
  c.fill(c.model.brand.accent, LEFT, c.y, SECTION_MARK.width, SECTION_MARK.height);
  c.y += SPACE.sectionRule;
  c.tags.tag('H2', () => c.flow(lines, LEFT, size, leading, c.model.brand.primary));
  c.y += SPACE.afterSectionTitle;
  section.blocks.forEach((block, i) => drawBlock(c, block, section.blocks, i));
  c.tags.close();
}

const paragraphSize = (tone: 'body' | 'muted' | 'lead' | undefined): number => (tone === 'lead' ? TYPE.lead : tone === 'muted' ? TYPE.small : TYPE.body);

/**
 * What must follow a heading on the same page, from block `from` on: a short introduction whole (a longer one's first
 * two lines) and, when the introduction leads into a table, list or figure, that block's beginning too; a subheading
 * brings its own opening. So a heading never ends a page, nor a heading and its introduction with the table below.
 */
function leadHeight(c: Composer, blocks: readonly Block[], from: number): number {
  const block = blocks[from];
  if (block === undefined) return 0;
  switch (block.kind) {
    case 'paragraph': {
      const size = paragraphSize(block.tone);
      const count = c.lines(block.text, 'regular', size, CONTENT_W).length;
      const own = Math.min(count, count <= 3 ? count : 2) * size * LEADING.paragraph + SPACE.afterParagraph;
      const next = blocks[from + 1];
      return count <= 3 && next !== undefined && next.kind !== 'paragraph' ? own + leadHeight(c, blocks, from + 1) : own;
    }
    case 'subheading':
      // The same room drawBlock asks for before a subheading, so the two measures never disagree.
      return (
        SPACE.beforeSubheading +
        c.lines(block.text, 'bold', TYPE.subheading, CONTENT_W).length * PITCH.subheading +
        SPACE.afterSubheading +
        Math.max(SPACE.keepWithSubheading, leadHeight(c, blocks, from + 1))
      );
    case 'bullets': {
      // The first item as drawBullets lays it out: its text and detail break as one, so it may need more than two lines.
      const first = block.items[0];
      return first === undefined ? 0 : c.startHeight(bulletRuns(c, first, block.numbered === true)) + SPACE.betweenBullets;
    }
    case 'table':
      // The header with its first rows: the table then flows on, its header repeated on every page.
      return tableHeight(c, block, Math.min(block.rows.length, block.rows.length <= 4 ? block.rows.length : 2));
    default:
      return heightOf(c, block);
  }
}

/** The height a block will take, for sections kept whole and for what must stay with a heading. */
function heightOf(c: Composer, block: Block): number {
  switch (block.kind) {
    case 'paragraph': {
      const size = paragraphSize(block.tone);
      return c.lines(block.text, 'regular', size, CONTENT_W).length * size * LEADING.paragraph + SPACE.afterParagraph;
    }
    case 'subheading':
      return SPACE.beforeSubheading + c.lines(block.text, 'bold', TYPE.subheading, CONTENT_W).length * PITCH.subheading + SPACE.afterSubheading;
    case 'bullets':
      return (
        block.items.reduce(
          (sum, item) =>
            sum +
            c.lines(item.text, 'regular', TYPE.body, CONTENT_W - BULLET.indent).length * PITCH.bullet +
            (item.detail === undefined ? 0 : c.lines(item.detail, 'regular', TYPE.caption, CONTENT_W - BULLET.indent).length * PITCH.bulletDetail) +
            SPACE.betweenBullets,
          0,
        ) + SPACE.afterBullets
      );
    case 'table':
      return tableHeight(c, block);
    case 'signature':
      return signatureHeight(c, block.parties) + SPACE.afterCallout;
    case 'gantt':
      return ganttHeight(c, block.bars, block.caption) + SPACE.beforeChart + SPACE.afterChart;
    case 'chart':
      return (
        block.bars.length * CHART.rowH +
        10 +
        c.lines(block.caption, 'regular', TYPE.caption, CONTENT_W).length * PITCH.caption +
        SPACE.beforeChart +
        SPACE.afterChart
      );
    case 'callout':
      return 60 + block.lines.length * PITCH.calloutBody;
  }
}

function drawBlock(c: Composer, block: Block, blocks: readonly Block[], index: number): void {
  switch (block.kind) {
    case 'paragraph': {
      // A short paragraph that introduces a table, list or figure moves with its beginning.
      const next = blocks[index + 1];
      if (next !== undefined && next.kind !== 'paragraph' && next.kind !== 'subheading') c.ensure(leadHeight(c, blocks, index));
      const [size, colour] = block.tone === 'lead' ? [TYPE.lead, INK] : block.tone === 'muted' ? [TYPE.small, MUTED] : [TYPE.body, INK];
      c.tags.tag('P', () => c.flow(c.lines(block.text, 'regular', size, CONTENT_W), LEFT, size, size * LEADING.paragraph, colour));
      c.y += SPACE.afterParagraph;
      return;
    }
    case 'subheading': {
      const lines = c.lines(block.text, 'bold', TYPE.subheading, CONTENT_W);
      c.y += SPACE.beforeSubheading;
      c.ensure(leadHeight(c, blocks, index) - SPACE.beforeSubheading);
      c.outline.add(block.text, 2, c.y);
      c.tags.tag('H3', () => c.flow(lines, LEFT, TYPE.subheading, PITCH.subheading, INK));
      c.y += SPACE.afterSubheading;
      return;
    }
    case 'bullets':
      c.tags.tag('L', () => drawBullets(c, block.items, block.numbered === true), listOptions(block.numbered === true));
      return;
    case 'table':
      c.tags.tag('Table', () => drawTable(c, block));
      return;
    case 'chart':
      c.tags.tag('Figure', () => drawChart(c, block.bars, block.caption), figureOptions(block));
      return;
    case 'callout':
      c.tags.tag('Div', () => drawCallout(c, block.label, block.title, block.lines));
      return;
    case 'gantt':
      c.tags.tag('Figure', () => drawGantt(c, block.bars, block.total, block.axisLabel, block.caption), figureOptions(block));
      return;
    case 'signature':
      c.tags.tag('Div', () => drawSignature(c, block.parties));
      return;
  }
}

/**
 * A bullet item's lines as they flow: its text and its detail break as one paragraph, inside the text or inside the
 * detail, two lines of it on each side, never between them; otherwise the item moves whole.
 */
function bulletRuns(c: Composer, item: { text: string; detail?: string }, numbered: boolean): FlowRun[] {
  const indent = numbered ? BULLET.numberedIndent : BULLET.indent;
  const width = CONTENT_W - indent;
  const lines = c.lines(item.text, 'regular', TYPE.body, width);
  const detail = item.detail === undefined ? [] : c.lines(item.detail, 'regular', TYPE.caption, width);
  return [
    { lines, x: LEFT + indent, size: TYPE.body, leading: PITCH.bullet, colour: INK },
    ...(detail.length > 0 ? [{ lines: detail, x: LEFT + indent, size: TYPE.caption, leading: PITCH.bulletDetail, colour: MUTED }] : []),
  ];
}

function drawBullets(c: Composer, items: readonly { text: string; detail?: string }[], numbered: boolean): void {
  const indent = numbered ? BULLET.numberedIndent : BULLET.indent;
  items.forEach((item, i) => {
    const runs = bulletRuns(c, item, numbered);
    c.startRuns(runs);
    const marker = numbered ? `${i + 1}.` : '\u2022';
    const markerLine = fitLine(marker, numbered ? 'bold' : 'regular', TYPE.body, indent, c.fonts, c.replaced);
    c.tags.open('LI');
    c.tags.tag('Lbl', () => c.drawLine(markerLine, LEFT + (numbered ? 0 : BULLET.markerInset), c.y + BULLET.markerDrop, TYPE.body, c.model.brand.primary));
    c.tags.open('LBody');
    c.flowRuns(runs);
    c.tags.close();
    c.tags.close();
    c.y += SPACE.betweenBullets;
  });
  c.y += SPACE.afterBullets;
}

/** A list's numbering for assistive technology: decimal numbers or bullets (discs), as drawn. */
function listOptions(numbered: boolean): ElementOptions {
  return { attributes: `<< /O /List /ListNumbering /${numbered ? 'Decimal' : 'Disc'} >>` };
}

/** A chart read aloud: its caption, then each bar's label and value, in the order drawn. */
function figureOptions(block: Extract<Block, { kind: 'chart' | 'gantt' }>): ElementOptions {
  return { alt: `${block.caption} ${block.bars.map((bar) => `${bar.label}: ${bar.display}.`).join(' ')}` };
}
