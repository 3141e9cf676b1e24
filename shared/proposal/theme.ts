// The proposal's look as named values: the A4 page and its boxes, the typographic scale, leading, spacing and colours.
// Every size the renderer draws with comes from here; no drawing code, no jsPDF.
import type { Rgb } from './types';

/** A4 in points, the margins, and the top of the body box (its bottom depends on the footer: Composer.bottom). */
export const PAGE = { width: 595.28, height: 841.89 } as const;
export const LEFT = 56;
export const CONTENT_W = PAGE.width - 2 * LEFT;
export const RIGHT = LEFT + CONTENT_W;
export const BODY_TOP = 92;

/** The typographic scale, in points: one name per role. */
export const TYPE = {
  coverTitle: [30, 26, 22, 19, 16],
  coverClient: [22, 19, 16, 14],
  coverBrand: [18, 15, 12],
  coverFact: [11, 10],
  calloutTitle: 20,
  sectionTitle: 17,
  subheading: 11.5,
  lead: 11.5,
  kicker: 11,
  body: 10,
  label: 10,
  small: 9.5,
  cell: 9.5,
  cellHead: 9,
  caption: 8.5,
  footerName: 8,
  pageLabel: 8,
  footer: 7.5,
} as const;

/** Line spacing as a factor of the type size, per role. */
export const LEADING = {
  sectionTitle: 1.25,
  paragraph: 1.45,
  cell: 1.4,
  coverTitle: 1.2,
  coverClient: 1.25,
  coverFact: 1.3,
  brand: 1.25,
} as const;

/** Fixed line pitches (points) where a block keeps a steady rhythm whatever its size. */
export const PITCH = { subheading: 15, bullet: 14.5, bulletDetail: 12, caption: 12, calloutTitle: 24, calloutBody: 13.5, footer: 12 } as const;

/** Where a line's baseline sits below its top, as a factor of the size. */
export const BASELINE = 0.8;

/** Vertical spacing between blocks, in points. */
export const SPACE = {
  sectionGap: 20,
  sectionRule: 10,
  afterSectionTitle: 8,
  keepWithTitle: 60,
  afterParagraph: 8,
  beforeSubheading: 6,
  keepWithSubheading: 40,
  afterSubheading: 5,
  betweenBullets: 5,
  afterBullets: 4,
  afterTable: 12,
  beforeChart: 6,
  afterChart: 8,
  afterCallout: 12,
} as const;

/** Smaller sizes a table cell or heading steps down to, in order, before a word would have to be split. */
export const SHRINK = { cell: [9.5, 8.5, 7.5], cellHead: [9, 8, 7] } as const;

/** Table cells, drawn alike by jspdf-autotable and by the line layout. */
export const CELL = { padX: 6, padY: 5, rule: 0.5, strongRule: 1 } as const;

/** Stroke widths, in points. */
export const STROKE = { hairline: 0.5, rule: 0.6, axis: 0.8, emboldenFactor: 0.03 } as const;

/** The score chart. */
export const CHART = { rowH: 28, labelW: 86, valueW: 44, barInset: 6, barH: 16, textDrop: 17 } as const;

/** The timeline: label column, row and bar heights, the axis band and how many week ticks at most. */
export const GANTT = { labelW: 130, rowH: 24, barH: 14, axisH: 16, maxTicks: 16 } as const;

/** The acceptance block: gap between the parties' columns, height of one signature field and its label's offset, and
 * the height of a fillable text field sitting on a line. */
export const SIGNATURE = { gap: 28, fieldH: 40, labelGap: 14, formFieldH: 16 } as const;

/** The callout box. */
export const CALLOUT = { pad: 14, edge: 4 } as const;

/** Bullets: indent of the text after the marker. */
export const BULLET = { indent: 16, numberedIndent: 20, markerInset: 3, markerDrop: 8 } as const;

/** The accent bar above a section title. */
export const SECTION_MARK = { width: 28, height: 3 } as const;

/** The cover's geometry. */
export const COVER = {
  minBand: 330,
  titleTop: 196,
  bandBelowTitle: 44,
  accentBand: 6,
  kickerY: 170,
  brandY: 72,
  logoBox: { x: LEFT, y: 48, w: 150, h: 50, pad: 10, padTop: 8 },
  clientGap: 50,
  /** Between the client's name and its contact person. */
  personGap: 8,
  factGap: 24,
  closingFromBottom: 52,
} as const;

/** Header and footer on every page after the cover. */
export const FURNITURE = {
  logoY: 26,
  logoW: 110,
  logoH: 28,
  baseline: 45,
  ruleY: 62,
  accentW: 36,
  /** The footer's rule at least this far from the page's bottom edge; more when its rows need it. */
  footerFromBottom: 60,
  footerDrop: 16,
  /** Space below the footer's last baseline. */
  footerBelow: 30,
  /** Space between the body's last line and the footer rule. */
  bodyGap: 20,
  pageLabelW: 90,
} as const;

export const INK: Rgb = [31, 41, 51];
export const MUTED: Rgb = [95, 107, 122];
export const RULE: Rgb = [213, 219, 225];
export const WHITE: Rgb = [255, 255, 255];

/** Tints of the brand colour, as a share of white mixed in. */
export const TINT = { zebra: 0.94, callout: 0.92, otherBar: 0.6, track: 0.55, coverSoft: 0.3 } as const;

export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [Math.round(a[0] + (b[0] - a[0]) * t), Math.round(a[1] + (b[1] - a[1]) * t), Math.round(a[2] + (b[2] - a[2]) * t)];
}

/** Text colour that reads on a background: white on dark brand colours, ink on light ones. */
export function onColour(background: Rgb): Rgb {
  const [r, g, b] = background.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.45 ? INK : WHITE;
}
