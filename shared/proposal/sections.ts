// Composition: a section's title and its blocks in order, flowing down the pages. Tables and figures have their own
// files (tables.ts, figures.ts); this file decides spacing and what is kept together.
import type { Composer } from './composer';
import { drawCallout, drawChart, drawGantt, drawSignature, ganttHeight, signatureHeight } from './figures';
import { fitLine } from './layout';
import type { Block, Section } from './model';
import { drawTable } from './tables';
import type { ElementOptions } from './tagging';
import { BULLET, CONTENT_W, INK, LEADING, LEFT, MUTED, PITCH, SECTION_MARK, SPACE, TYPE } from './theme';

export function drawSection(c: Composer, section: Section, first: boolean): void {
  if (section.newPage === true || first) c.newPage();
  else c.y += SPACE.sectionGap;
  const size = TYPE.sectionTitle;
  const leading = size * LEADING.sectionTitle;
  const lines = c.lines(section.title, 'bold', size, CONTENT_W);
  const whole = section.keepTogether === true ? section.blocks.reduce((sum, block) => sum + heightOf(c, block), 0) : 0;
  c.ensure(SPACE.sectionRule + lines.length * leading + SPACE.afterSectionTitle + Math.max(SPACE.keepWithTitle, whole));
  c.tags.open('Sect');
  c.outline.add(section.title, 1, c.y);
  c.fill(c.model.brand.accent, LEFT, c.y, SECTION_MARK.width, SECTION_MARK.height);
  c.y += SPACE.sectionRule;
  c.tags.tag('H2', () => c.flow(lines, LEFT, size, leading, c.model.brand.primary));
  c.y += SPACE.afterSectionTitle;
  for (const block of section.blocks) drawBlock(c, block);
  c.tags.close();
}

/** The height a block will take, for sections kept whole; only the kinds such sections hold are measured exactly. */
function heightOf(c: Composer, block: Block): number {
  switch (block.kind) {
    case 'paragraph': {
      const size = block.tone === 'lead' ? TYPE.lead : block.tone === 'muted' ? TYPE.small : TYPE.body;
      return c.lines(block.text, 'regular', size, CONTENT_W).length * size * LEADING.paragraph + SPACE.afterParagraph;
    }
    case 'signature':
      return signatureHeight(c, block.parties) + SPACE.afterCallout;
    case 'gantt':
      return ganttHeight(c, block.bars, block.caption) + SPACE.beforeChart + SPACE.afterChart;
    default:
      return 0;
  }
}

function drawBlock(c: Composer, block: Block): void {
  switch (block.kind) {
    case 'paragraph': {
      const [size, colour] = block.tone === 'lead' ? [TYPE.lead, INK] : block.tone === 'muted' ? [TYPE.small, MUTED] : [TYPE.body, INK];
      c.tags.tag('P', () => c.flow(c.lines(block.text, 'regular', size, CONTENT_W), LEFT, size, size * LEADING.paragraph, colour));
      c.y += SPACE.afterParagraph;
      return;
    }
    case 'subheading': {
      const lines = c.lines(block.text, 'bold', TYPE.subheading, CONTENT_W);
      c.y += SPACE.beforeSubheading;
      c.ensure(lines.length * PITCH.subheading + SPACE.keepWithSubheading);
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

function drawBullets(c: Composer, items: readonly { text: string; detail?: string }[], numbered: boolean): void {
  const indent = numbered ? BULLET.numberedIndent : BULLET.indent;
  const width = CONTENT_W - indent;
  items.forEach((item, i) => {
    const lines = c.lines(item.text, 'regular', TYPE.body, width);
    const detail = item.detail === undefined ? [] : c.lines(item.detail, 'regular', TYPE.caption, width);
    c.ensure(PITCH.bullet * Math.min(lines.length, 2));
    const marker = numbered ? `${i + 1}.` : '\u2022';
    const markerLine = fitLine(marker, numbered ? 'bold' : 'regular', TYPE.body, indent, c.fonts, c.replaced);
    c.tags.open('LI');
    c.tags.tag('Lbl', () => c.drawLine(markerLine, LEFT + (numbered ? 0 : BULLET.markerInset), c.y + BULLET.markerDrop, TYPE.body, c.model.brand.primary));
    c.tags.open('LBody');
    c.flow(lines, LEFT + indent, TYPE.body, PITCH.bullet, INK);
    if (detail.length > 0) c.flow(detail, LEFT + indent, TYPE.caption, PITCH.bulletDetail, MUTED);
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
