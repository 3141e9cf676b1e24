// Figures in the flow: the score chart (horizontal bars from a zero line), the callout box, the timeline (a plain
// Gantt chart of phases in weeks) and the signature block. Drawn through the
// composer; each measures its height first and moves whole to the next page when it does not fit.
import { addFormField, type FormFieldSpec } from './acceptance-form';
import type { Composer } from './composer';
import { fitLine } from './layout';
import {
  BASELINE,
  BODY_TOP,
  CALLOUT,
  CHART,
  CONTENT_W,
  GANTT,
  INK,
  LEFT,
  mix,
  MUTED,
  onColour,
  PITCH,
  RIGHT,
  RULE,
  SIGNATURE,
  SPACE,
  STROKE,
  TINT,
  TYPE,
  WHITE,
} from './theme';

export function drawChart(c: Composer, bars: readonly { label: string; value: number; display: string; highlight: boolean }[], caption: string): void {
  const { rowH, labelW, valueW } = CHART;
  const barX = LEFT + labelW;
  const barW = CONTENT_W - labelW - valueW;
  const captionLines = c.lines(caption, 'regular', TYPE.caption, CONTENT_W);
  const height = bars.length * rowH + 10 + captionLines.length * PITCH.caption;
  c.ensure(height + 10);
  c.y += SPACE.beforeChart;
  const min = Math.min(0, ...bars.map((b) => b.value));
  const max = Math.max(0, ...bars.map((b) => b.value));
  const scale = barW / (max - min || 1);
  const zero = barX + -min * scale;
  const top = c.y;
  const primary = c.model.brand.primary;
  const track = mix(RULE, WHITE, TINT.track);
  const other = mix(primary, WHITE, TINT.otherBar);
  bars.forEach((bar, i) => {
    const y = top + i * rowH;
    c.drawLine(fitLine(bar.label, 'bold', TYPE.label, labelW - 10, c.fonts, c.replaced), LEFT, y + CHART.textDrop, TYPE.label, INK);
    c.fill(track, barX, y + CHART.barInset, barW, CHART.barH);
    const length = Math.abs(bar.value) * scale;
    const from = bar.value >= 0 ? zero : zero - length;
    if (length > 0) c.fill(bar.highlight ? primary : other, from, y + CHART.barInset, length, CHART.barH);
    const value = fitLine(bar.display, 'bold', TYPE.label, valueW - 8, c.fonts, c.replaced);
    c.drawLine(value, RIGHT - value.width, y + CHART.textDrop, TYPE.label, bar.highlight ? primary : MUTED);
  });
  c.rule(INK, zero, top + 2, zero, top + bars.length * rowH, STROKE.axis);
  c.y = top + bars.length * rowH + SPACE.beforeChart;
  c.flow(captionLines, LEFT, TYPE.caption, PITCH.caption, MUTED);
  c.y += SPACE.afterChart;
}

export function drawCallout(c: Composer, label: string, title: string, lines: readonly string[]): void {
  const { pad, edge } = CALLOUT;
  const width = CONTENT_W - 2 * pad - edge;
  const labelLines = c.lines(label, 'regular', TYPE.caption, width);
  const titleLines = c.lines(title, 'bold', TYPE.calloutTitle, width);
  const bodyBlocks = lines.map((l) => c.lines(l, 'regular', TYPE.small, width));
  const bodyLines = bodyBlocks.flat();
  const height = pad + labelLines.length * PITCH.caption + titleLines.length * PITCH.calloutTitle + 4 + bodyLines.length * PITCH.calloutBody + pad - 4;
  if (height > c.bottom - BODY_TOP) {
    // Too tall for any page (only with absurd input): print it as plain text instead of a box.
    c.flow([...labelLines, ...titleLines, ...bodyLines], LEFT, TYPE.small, PITCH.calloutBody, INK);
    return;
  }
  c.ensure(height + 10);
  c.y += 2;
  const primary = c.model.brand.primary;
  c.fill(mix(primary, WHITE, TINT.callout), LEFT, c.y, CONTENT_W, height);
  c.fill(primary, LEFT, c.y, edge, height);
  let y = c.y + pad;
  const x = LEFT + edge + pad;
  c.tags.open('P');
  for (const line of labelLines) {
    c.drawLine(line, x, y + 7, TYPE.caption, MUTED);
    y += PITCH.caption;
  }
  c.tags.close();
  c.tags.open('P');
  for (const line of titleLines) {
    c.drawLine(line, x, y + 18, TYPE.calloutTitle, primary);
    y += PITCH.calloutTitle;
  }
  c.tags.close();
  y += 4;
  // One paragraph per line given (a line may wrap).
  for (const block of bodyBlocks) {
    c.tags.open('P');
    for (const line of block) {
      c.drawLine(line, x, y + 8, TYPE.small, INK);
      y += PITCH.calloutBody;
    }
    c.tags.close();
  }
  c.y += height + SPACE.afterCallout;
}

/** The timeline's height: the axis, one row per phase (taller when its label wraps), the caption. */
export function ganttHeight(c: Composer, bars: readonly { label: string }[], caption: string): number {
  const rows = bars.reduce((sum, b) => sum + Math.max(GANTT.rowH, c.lines(b.label, 'bold', TYPE.small, GANTT.labelW - 8).length * PITCH.caption + 8), 0);
  return GANTT.axisH + rows + 8 + c.lines(caption, 'regular', TYPE.caption, CONTENT_W).length * PITCH.caption;
}

/** Phases as bars on a week scale: one row per phase, each starting where the one before ended, ticks every week or so. */
export function drawGantt(
  c: Composer,
  bars: readonly { label: string; start: number; length: number; display: string }[],
  total: number,
  axisLabel: string,
  caption: string,
): void {
  const g = GANTT;
  const labels = bars.map((b) => c.lines(b.label, 'bold', TYPE.small, g.labelW - 8));
  const rowHeights = labels.map((l) => Math.max(g.rowH, l.length * PITCH.caption + 8));
  const captionLines = c.lines(caption, 'regular', TYPE.caption, CONTENT_W);
  c.ensure(ganttHeight(c, bars, caption) + SPACE.beforeChart);
  c.y += SPACE.beforeChart;
  const x0 = LEFT + g.labelW;
  const width = CONTENT_W - g.labelW;
  const scale = width / Math.max(total, 1);
  const step = Math.max(1, Math.ceil(total / g.maxTicks));
  const top = c.y;
  const bodyTop = top + g.axisH;
  const bodyH = rowHeights.reduce((a, b) => a + b, 0);
  const primary = c.model.brand.primary;
  const track = mix(RULE, WHITE, TINT.track);
  // The axis: week numbers over light vertical guides.
  for (let week = 0; week <= Math.ceil(total); week += step) {
    const x = x0 + week * scale;
    if (x > RIGHT + 0.01) break;
    c.rule(track, x, bodyTop, x, bodyTop + bodyH, STROKE.hairline);
    const tick = fitLine(week === 0 ? axisLabel : String(week), 'regular', TYPE.caption, 60, c.fonts, c.replaced);
    const tx = week === 0 ? x : Math.min(x - tick.width / 2, RIGHT - tick.width);
    c.drawLine(tick, tx, top + TYPE.caption, TYPE.caption, MUTED);
  }
  let y = bodyTop;
  bars.forEach((bar, i) => {
    const h = rowHeights[i]!;
    labels[i]!.forEach((line, k) =>
      c.drawLine(line, LEFT, y + (h - labels[i]!.length * PITCH.caption) / 2 + k * PITCH.caption + TYPE.small * BASELINE, TYPE.small, INK),
    );
    const bx = x0 + bar.start * scale;
    const bw = Math.max(2, bar.length * scale);
    const by = y + (h - g.barH) / 2;
    c.fill(i % 2 === 0 ? primary : mix(primary, WHITE, TINT.otherBar), bx, by, bw, g.barH);
    const value = fitLine(bar.display, 'regular', TYPE.caption, 80, c.fonts, c.replaced);
    // The length inside the bar when it fits, else after it, else (the last bar at the right edge) before it.
    const inside = value.width + 8 <= bw;
    const after = bx + bw + 4 + value.width <= RIGHT;
    const vx = inside ? bx + 4 : after ? bx + bw + 4 : bx - 4 - value.width;
    c.drawLine(
      value,
      vx,
      by + g.barH / 2 + TYPE.caption * 0.35,
      TYPE.caption,
      inside ? onColour(i % 2 === 0 ? primary : mix(primary, WHITE, TINT.otherBar)) : MUTED,
    );
    y += h;
  });
  c.rule(RULE, LEFT, y, RIGHT, y, STROKE.hairline);
  c.y = y + 8;
  c.flow(captionLines, LEFT, TYPE.caption, PITCH.caption, MUTED);
  c.y += SPACE.afterChart;
}

/** Signature boxes side by side, a labelled line per field; the whole block moves to the next page if it does not fit. */
type Party = { heading: string; organisation: string; signatory?: string; fields: string[]; form?: (FormFieldSpec | null)[] };

function signatureLayout(c: Composer, parties: readonly Party[]) {
  const s = SIGNATURE;
  const count = Math.max(1, parties.length);
  const columnW = (CONTENT_W - (count - 1) * s.gap) / count;
  const headings = parties.map((p) => c.lines(p.heading, 'bold', TYPE.subheading, columnW));
  // The organisation, then who signs for it when known.
  const orgs = parties.map((p) => [p.organisation, p.signatory ?? ''].filter((s) => s !== '').flatMap((text) => c.lines(text, 'regular', TYPE.small, columnW)));
  const headH = Math.max(...headings.map((h) => h.length)) * PITCH.subheading + Math.max(...orgs.map((o) => o.length)) * PITCH.calloutBody + 6;
  const fields = Math.max(...parties.map((p) => p.fields.length));
  return { columnW, headings, orgs, headH, height: headH + fields * s.fieldH };
}

export function signatureHeight(c: Composer, parties: readonly Party[]): number {
  return signatureLayout(c, parties).height;
}

export function drawSignature(c: Composer, parties: readonly Party[]): void {
  const s = SIGNATURE;
  const { columnW, headings, orgs, headH, height } = signatureLayout(c, parties);
  c.ensure(height + SPACE.afterCallout);
  const top = c.y;
  // Read party by party: its heading (an H3 under the section's H2), its organisation, then each line's label and field.
  parties.forEach((party, i) => {
    c.tags.open('Div');
    const x = LEFT + i * (columnW + s.gap);
    let y = top;
    c.tags.tag('H3', () => {
      for (const line of headings[i]!) {
        c.drawLine(line, x, y + TYPE.subheading * BASELINE, TYPE.subheading, c.model.brand.primary);
        y += PITCH.subheading;
      }
    });
    for (const line of orgs[i]!) {
      c.drawLine(line, x, y + TYPE.small * BASELINE, TYPE.small, MUTED);
      y += PITCH.calloutBody;
    }
    y = top + headH;
    party.fields.forEach((field, k) => {
      const lineY = y + s.fieldH - s.labelGap;
      c.rule(INK, x, lineY, x + columnW, lineY, STROKE.hairline);
      c.drawLine(fitLine(field, 'regular', TYPE.caption, columnW, c.fonts, c.replaced), x, lineY + TYPE.caption + 1, TYPE.caption, MUTED);
      // The fillable field sits on the line: text fields one line high, the signature the whole slot above the line.
      const form = party.form?.[k];
      if (form !== undefined && form !== null) {
        const h = form.kind === 'signature' ? s.fieldH - s.labelGap : SIGNATURE.formFieldH;
        c.tags.formField(field, (structParent) => addFormField(c.doc, form, { x, y: lineY - h, w: columnW, h }, structParent));
      }
      y += s.fieldH;
    });
    c.tags.close();
  });
  c.y = top + height + SPACE.afterCallout;
}
