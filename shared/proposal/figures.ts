// Figures in the flow: the score chart (horizontal bars from a zero line) and the callout box. Drawn through the
// composer; each measures its height first and moves whole to the next page when it does not fit.
import type { Composer } from './composer';
import { fitLine } from './layout';
import { BODY_BOTTOM, BODY_TOP, CALLOUT, CHART, CONTENT_W, INK, LEFT, MUTED, PITCH, RIGHT, RULE, SPACE, STROKE, TINT, TYPE, WHITE, mix } from './theme';

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
  const bodyLines = lines.flatMap((l) => c.lines(l, 'regular', TYPE.small, width));
  const height = pad + labelLines.length * PITCH.caption + titleLines.length * PITCH.calloutTitle + 4 + bodyLines.length * PITCH.calloutBody + pad - 4;
  if (height > BODY_BOTTOM - BODY_TOP) {
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
  for (const line of labelLines) {
    c.drawLine(line, x, y + 7, TYPE.caption, MUTED);
    y += PITCH.caption;
  }
  for (const line of titleLines) {
    c.drawLine(line, x, y + 18, TYPE.calloutTitle, primary);
    y += PITCH.calloutTitle;
  }
  y += 4;
  for (const line of bodyLines) {
    c.drawLine(line, x, y + 8, TYPE.small, INK);
    y += PITCH.calloutBody;
  }
  c.y += height + SPACE.afterCallout;
}
