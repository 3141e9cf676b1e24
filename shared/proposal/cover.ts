// The cover page and the page furniture (running header with logo, footer with contact details and page numbers).
// Drawn through the composer; sizes and places come from theme.ts.
import type { Composer } from './composer';
import { fitBlock, fitLine, type Line, type Run, shape, type Style } from './layout';
import { CONTENT_W, COVER, FURNITURE, INK, LEADING, LEFT, mix, MUTED, onColour, PAGE, PITCH, RIGHT, RULE, STROKE, TINT, TYPE, WHITE } from './theme';

export function drawCover(c: Composer): void {
  const { cover, brand } = c.model;
  const onBand = onColour(brand.primary);
  const soft = mix(onBand, brand.primary, TINT.coverSoft);
  const title = fitBlock(cover.title, 'bold', TYPE.coverTitle, CONTENT_W, 4, c.fonts, c.replaced);
  const titleLeading = title.size * LEADING.coverTitle;
  const band = Math.max(COVER.minBand, COVER.titleTop + title.lines.length * titleLeading + COVER.bandBelowTitle);
  c.fill(brand.primary, 0, 0, PAGE.width, band);
  c.fill(brand.accent, 0, band, PAGE.width, COVER.accentBand);

  if (brand.logo !== null) {
    const box = COVER.logoBox;
    const logo = brand.logo;
    const scale = Math.min(box.w / logo.width, box.h / logo.height);
    c.fill(WHITE, box.x - box.pad, box.y - box.padTop, logo.width * scale + 2 * box.pad, box.h + 2 * box.padTop);
    c.tags.tag('Figure', () => c.logo(box.x, box.y, box.w, box.h), { alt: brand.companyName });
  } else {
    const name = fitBlock(brand.companyName, 'bold', TYPE.coverBrand, CONTENT_W, 2, c.fonts, c.replaced);
    c.tags.tag('P', () => name.lines.forEach((line, i) => c.drawLine(line, LEFT, COVER.brandY + i * name.size * LEADING.brand, name.size, onBand)));
  }
  const kicker = fitLine(cover.kicker, 'regular', TYPE.kicker, CONTENT_W, c.fonts, c.replaced);
  c.drawLine(kicker, LEFT, COVER.kickerY, TYPE.kicker, soft);
  c.tags.tag('H1', () => title.lines.forEach((line, i) => c.drawLine(line, LEFT, COVER.titleTop + title.size * 0.85 + i * titleLeading, title.size, onBand)));

  let y = band + COVER.clientGap;
  c.drawLine(fitLine(cover.clientLabel, 'regular', TYPE.label, CONTENT_W, c.fonts, c.replaced), LEFT, y, TYPE.label, MUTED);
  y += 10;
  const client = fitBlock(cover.client, 'bold', TYPE.coverClient, CONTENT_W, 3, c.fonts, c.replaced);
  c.tags.tag('P', () =>
    client.lines.forEach((line, i) => c.drawLine(line, LEFT, y + client.size * 0.95 + i * client.size * LEADING.coverClient, client.size, INK)),
  );
  y += client.lines.length * client.size * LEADING.coverClient;
  // The client's contact person, role and e-mail (the e-mail a live link: composer.ts lists it among the targets).
  const person = (cover.person ?? []).map((line) => fitBlock(line, 'regular', TYPE.coverFact, CONTENT_W, 2, c.fonts, c.replaced));
  if (person.length > 0) {
    y += COVER.personGap;
    c.tags.tag('P', () => {
      for (const block of person) {
        for (const line of block.lines) {
          c.drawLine(line, LEFT, y + block.size, block.size, INK);
          y += block.size * LEADING.coverFact;
        }
      }
    });
  }
  y += 30;

  const closing = packItems(c, c.model.cover.closing.split('\n'), 'regular', TYPE.caption, CONTENT_W);
  const closingY = PAGE.height - COVER.closingFromBottom - (closing.length - 1) * PITCH.footer;
  const columnW = (CONTENT_W - COVER.factGap) / 2;
  const facts = cover.facts;
  for (let i = 0; i < facts.length; i += 2) {
    const pair = facts.slice(i, i + 2).map((fact) => ({
      label: fitLine(fact.label, 'regular', TYPE.caption, columnW, c.fonts, c.replaced),
      value: fitBlock(fact.value, 'regular', TYPE.coverFact, columnW, 2, c.fonts, c.replaced),
    }));
    const height = 14 + Math.max(...pair.map((p) => p.value.lines.length * p.value.size * LEADING.coverFact)) + 14;
    if (y + height > closingY - 24) break;
    c.rule(RULE, LEFT, y - 6, RIGHT, y - 6, STROKE.hairline);
    pair.forEach((p, k) => {
      const x = LEFT + k * (columnW + COVER.factGap);
      // One paragraph per fact, its label then its value, read left to right as drawn.
      c.tags.open('P');
      c.drawLine(p.label, x, y + 8, TYPE.caption, MUTED);
      p.value.lines.forEach((line, n) => c.drawLine(line, x, y + 14 + p.value.size + n * p.value.size * LEADING.coverFact, p.value.size, INK));
      c.tags.close();
    });
    y += height;
  }
  c.rule(RULE, LEFT, closingY - 16, RIGHT, closingY - 16, STROKE.hairline);
  c.tags.tag('P', () => closing.forEach((line, i) => c.drawLine(line, LEFT, closingY + i * PITCH.footer, TYPE.caption, MUTED)));
}

export function drawFurniture(c: Composer, page: number, pages: number): void {
  const { brand } = c.model;
  const f = FURNITURE;
  let used = c.logo(LEFT, f.logoY, f.logoW, f.logoH);
  if (used === 0) {
    const name = fitLine(brand.companyName, 'bold', TYPE.label, CONTENT_W * 0.5, c.fonts, c.replaced);
    c.drawLine(name, LEFT, f.baseline, TYPE.label, brand.primary);
    used = name.width;
  }
  const header = fitLine(c.model.header, 'regular', TYPE.caption, CONTENT_W - used - 24, c.fonts, c.replaced);
  c.drawLine(header, RIGHT - header.width, f.baseline, TYPE.caption, MUTED);
  c.rule(RULE, LEFT, f.ruleY, RIGHT, f.ruleY, STROKE.hairline);
  c.fill(brand.accent, LEFT, f.ruleY - 1, f.accentW, 2);

  const footerTop = c.footerTop;
  c.rule(RULE, LEFT, footerTop, RIGHT, footerTop, STROKE.hairline);
  const labelText = c.model.pageLabel.replace('{page}', String(page)).replace('{pages}', String(pages));
  const label = fitLine(labelText, 'regular', TYPE.pageLabel, f.pageLabelW, c.fonts, c.replaced);
  c.drawLine(label, RIGHT - label.width, footerTop + f.footerDrop, TYPE.pageLabel, MUTED);
  c.footer.forEach((line, i) => {
    c.drawLine(line, LEFT, footerTop + f.footerDrop + i * PITCH.footer, i === 0 ? TYPE.footerName : TYPE.footer, i === 0 ? INK : MUTED);
  });
}

const SEPARATOR = '  \u00B7  ';

/**
 * Items (contact details, address lines) packed into as few lines as the width allows, joined by a middle dot and
 * broken only between items; an item wider than a whole line wraps onto lines of its own. Nothing is cut.
 */
export function packItems(c: Composer, items: readonly string[], style: Style, size: number, width: number): Line[] {
  const glyphs = shape(SEPARATOR, style, c.fonts, c.replaced);
  const separator: Run = { face: style, embolden: false, text: SEPARATOR, width: (glyphs.reduce((sum, g) => sum + g.advance, 0) * size) / 1000 };
  const rows: Line[] = [];
  let row: Line | null = null;
  for (const item of items) {
    if (item.trim() === '') continue;
    for (const part of c.lines(item, style, size, width)) {
      if (row !== null && row.width + separator.width + part.width <= width) {
        row = { runs: [...row.runs, separator, ...part.runs], width: row.width + separator.width + part.width };
        rows[rows.length - 1] = row;
      } else {
        row = part;
        rows.push(row);
      }
    }
  }
  return rows;
}

/** The footer's rows for every page: the company in bold, then the contact details packed beside each other. */
export function layoutFooter(c: Composer): Line[] {
  const [company, ...details] = c.model.brand.footer;
  const first = company === undefined ? [] : [fitLine(company, 'bold', TYPE.footerName, CONTENT_W - FURNITURE.pageLabelW - 12, c.fonts, c.replaced)];
  return [...first, ...packItems(c, details, 'regular', TYPE.footer, CONTENT_W)];
}
