// Where lines flowing down the pages break: the widow and orphan rule, as one pure decision over the lines' heights.
// The composer (composer.ts) draws; this file only counts. No jsPDF, no fonts.

/** A line as the break decision sees it: which run it belongs to (a bullet's text, its detail) and its height. */
export interface FlowLine {
  run: number;
  leading: number;
  /** An empty line (between a text's paragraphs): it takes room but is no line a reader counts. */
  blank?: boolean;
}

/**
 * How many of `lines`, from `from` on, go on this page, given `room` points left on it. All of them when they fit;
 * otherwise the most that break inside a run (never between two: a detail stays with its text) leaving at least two
 * of that run's lines on each side, blank lines not counted; 0 when no break can (the lines move to the next page). So
 * three lines or fewer always move whole, and a run of three lines or fewer is never split.
 */
export function linesBeforeBreak(lines: readonly FlowLine[], from: number, room: number): number {
  const remaining = lines.length - from;
  let fit = 0;
  let used = 0;
  while (fit < remaining && used + lines[from + fit]!.leading <= room + 1e-6) used += lines[from + fit++]!.leading;
  if (fit >= remaining) return remaining;
  for (let take = Math.min(fit, remaining - 1); take >= 1; take--) {
    const before = lines[from + take - 1]!;
    const after = lines[from + take]!;
    // Never between two runs: a bullet's detail starts on the page that holds the end of its text.
    if (before.run !== after.run) continue;
    const run = before.run;
    let own = 0;
    for (let k = from; k < from + take; k++) if (lines[k]!.run === run && lines[k]!.blank !== true) own++;
    let rest = 0;
    for (let k = from + take; k < lines.length; k++) if (lines[k]!.run === run && lines[k]!.blank !== true) rest++;
    if (own >= 2 && rest >= 2) return take;
  }
  return 0;
}

/**
 * The height of the fewest lines a page must hold for `lines` to start on it: the shortest beginning that
 * linesBeforeBreak would accept as a break, or all of them. What a heading above must keep with it, so the heading
 * never stays behind when the lines move to the next page.
 */
export function minimumStart(lines: readonly FlowLine[]): number {
  let used = 0;
  for (let take = 1; take <= lines.length; take++) {
    used += lines[take - 1]!.leading;
    if (take === lines.length || linesBeforeBreak(lines, 0, used) === take) return used;
  }
  return 0;
}
