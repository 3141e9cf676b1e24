// The commercial part of the proposal, from the scope and its estimate: scope by phase, options and add-ons, the
// timeline, the investment, assumptions, terms and acceptance, and (internal edition) the estimate's working.
// Every figure is the estimate's (shared/scope/estimate.ts), only formatted here; nothing is recomputed.
import type { Framework, Requirements } from '../engine';
import { datePlan, endsAfter } from '../scope/calendar';
import { consistentTexts } from '../scope/default-texts';
import { printedDescription } from '../scope/descriptions';
import type { Estimate, TierEstimate } from '../scope/estimate';
import { daysFor } from '../scope/item-days';
import { apportion, roundTo } from '../scope/rounding';
import type { QuoteFigure, Scope } from '../scope/schema';
import { clientPrice, quotedExactPrice } from './client-price';
import type { Formatter } from './formatting';
import { frameworkName, joinAnd, plural } from './reasoning';
import type { Block, Section } from './types';

export interface Commercial {
  scope: Scope;
  estimate: Estimate;
  fmt: Formatter;
  /** The option the consultant recommends (the scope's recommendedTier, else the highest): the one the proposal prices. */
  tier: TierEstimate;
  showRange: boolean;
  /** The workshop's answers: which default texts and drafted descriptions still hold, the target date. */
  requirements: Requirements;
  /** The internal edition: warnings for the consultant (a plan that ends after the target date). */
  internal: boolean;
  /** The figure quoted as the price (the scope's `quote`): expected (PERT), P50 or P80. */
  quote?: QuoteFigure;
  /** The client edition's rounding step in minor units (shared/scope/rounding.ts); 0 or absent: exact. */
  rounding?: number;
}

/** A price as the client reads it: rounded to the edition's step (the arithmetic underneath stays exact). */
const shown = (c: Commercial, minor: number): string => c.fmt.money(roundTo(minor, c.rounding ?? 0));

/** The exact figure quoted for a tier: its expected total, or its simulated P50/P80 when the scope quotes one. */
function quotedExact(c: Commercial, t: TierEstimate): number {
  return quotedExactPrice(t, c.quote);
}

/** The quoted price of a tier, rounded as printed (the same figure the presented Scope view shows). */
export function quotedTotal(c: Commercial, t: TierEstimate): number {
  return clientPrice(t, c.quote, c.rounding ?? 0);
}

const daysText = (c: Commercial, days: number): string => `${c.fmt.days(days)} ${days === 1 ? 'day' : 'days'}`;
const weeksText = (c: Commercial, weeks: number): string => `${c.fmt.weeks(weeks)} ${weeks === 1 ? 'week' : 'weeks'}`;

/** One sentence on price and time for the executive summary. */
export function investmentSentence(c: Commercial): string {
  const t = c.tier;
  const range = c.showRange ? ` (between ${shown(c, t.low)} and ${shown(c, t.high)} depending on what we learn)` : '';
  const option = c.estimate.tiers.length > 1 ? ` for the ${t.name} option` : '';
  return `The investment${option} is ${c.fmt.money(quotedTotal(c, t))}${range}, about ${daysText(c, t.days)} of work delivered over ${weeksText(c, t.weeks)}.`;
}

/** What the recommended tier would cost under another framework, from the estimate's per-framework totals. */
export function alternativeCost(c: Commercial, framework: Framework): string {
  const t = c.tier;
  const step = c.rounding ?? 0;
  const price = roundTo(t.byFramework[framework], step);
  const days = t.daysByFramework[framework];
  const difference = price - roundTo(t.total, step);
  const compared = difference === 0 ? 'the same as' : difference > 0 ? `${c.fmt.money(difference)} more than` : `${c.fmt.money(-difference)} less than`;
  // The rewrite of a running application the work extends is part of that price: say so.
  const rewrite = c.scope.items.find((i) => i.id === 'rewrite' && daysFor(i, framework).likely > 0);
  const including = rewrite === undefined ? '' : `, including the rewrite of the application you run today`;
  return `With ${frameworkName(framework)}, the same scope would take about ${daysText(c, days)} and cost ${c.fmt.money(price)}${including}, ${compared} with ${frameworkName(c.estimate.framework)}.`;
}

/** The items of the recommended tier, grouped by phase in the estimate's phase order. */
export function scopeSection(c: Commercial): Section | null {
  // The rewrite line costs nothing under the framework the application already runs on: no deliverable then.
  const unpriced = (i: Scope['items'][number]): boolean => i.id === 'rewrite' && daysFor(i, c.estimate.framework).high === 0;
  const items = c.scope.items.filter((i) => (i.tier ?? 1) <= c.tier.tier && i.optional !== true && i.deferred !== true && !unpriced(i));
  if (items.length === 0) return null;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `What we will deliver${c.estimate.tiers.length > 1 ? ` in the ${c.tier.name} option` : ''}, phase by phase. Each phase ends with working software you can review.`,
    },
  ];
  for (const phase of c.tier.phases) {
    const inPhase = items.filter((i) => i.phase === phase.name);
    if (inPhase.length === 0) continue;
    blocks.push({ kind: 'subheading', text: `${phase.name} \u00B7 ${weeksText(c, phase.weeks)}` });
    blocks.push({
      kind: 'bullets',
      items: inPhase.map((i) => {
        // A drafted description prints only beside the title it was drafted for (shared/scope/descriptions.ts).
        const detail = printedDescription(i, c.requirements);
        return detail === undefined ? { text: i.title } : { text: i.title, detail };
      }),
    });
  }
  const deferred = c.estimate.deferred;
  if (deferred.length > 0) {
    blocks.push({ kind: 'subheading', text: 'Later, not in this proposal' });
    blocks.push({
      kind: 'paragraph',
      tone: 'muted',
      text: `${joinAnd(deferred.map((d) => d.title))}. We would scope and price these separately when you are ready.`,
    });
  }
  return { title: 'Scope and deliverables', blocks };
}

/** The tiers side by side (the recommended one marked) and the optional add-ons, each priced. */
export function optionsSection(c: Commercial): Section | null {
  const tiers = c.estimate.tiers;
  const blocks: Block[] = [];
  if (tiers.length > 1) {
    // The mark follows the name after a space, so a narrow column wraps before it, never inside a word.
    const mark = (t: TierEstimate): string => (t.tier === c.tier.tier ? `${t.name} \u2605` : t.name);
    const rows: string[][] = [
      ['Investment', ...tiers.map((t) => c.fmt.money(quotedTotal(c, t)))],
      ...(c.showRange ? [['Range', ...tiers.map((t) => `${shown(c, t.low)} \u2013 ${shown(c, t.high)}`)]] : []),
      ['Effort', ...tiers.map((t) => daysText(c, t.days))],
      ['Duration', ...tiers.map((t) => weeksText(c, t.weeks))],
      [
        'Deliverables',
        ...tiers.map((t) => plural(c.scope.items.filter((i) => (i.tier ?? 1) <= t.tier && i.optional !== true && i.deferred !== true).length, 'item', 'items')),
      ],
    ];
    blocks.push({
      kind: 'paragraph',
      text: `${tiers.length === 2 ? 'Two' : 'Three'} ways to start, each including everything in the one before it. We recommend ${c.tier.name} (marked \u2605).`,
    });
    blocks.push({
      kind: 'table',
      columns: [{ title: '', share: 0.22, bold: true }, ...tiers.map((t) => ({ title: mark(t), share: 0.78 / tiers.length, align: 'right' as const }))],
      rows,
      highlightColumn: 1 + tiers.findIndex((t) => t.tier === c.tier.tier),
    });
    for (const t of tiers.slice(1)) {
      const added = c.scope.items.filter((i) => (i.tier ?? 1) === t.tier && i.optional !== true && i.deferred !== true);
      if (added.length > 0) blocks.push({ kind: 'paragraph', tone: 'muted', text: `${t.name} adds: ${joinAnd(added.map((i) => i.title))}.` });
    }
  }
  if (c.estimate.addOns.length > 0) {
    // With one tier the section itself is "Optional add-ons": no second heading of the same name under it.
    if (tiers.length > 1) blocks.push({ kind: 'subheading', text: 'Optional add-ons' });
    blocks.push({ kind: 'paragraph', text: 'Priced separately; add any of them to the chosen option.' });
    blocks.push({
      kind: 'table',
      columns: [
        { title: 'Add-on', share: 0.56, bold: true },
        { title: 'Effort', share: 0.2, align: 'right' },
        { title: 'Price', share: 0.24, align: 'right' },
      ],
      rows: c.estimate.addOns.map((a) => [a.title, daysText(c, a.days), shown(c, a.price)]),
    });
  }
  return blocks.length === 0 ? null : { title: tiers.length > 1 ? 'Options' : 'Optional add-ons', blocks };
}

/**
 * The phases one after another on a scale of working weeks; with the scope's startDate, each phase's first and last
 * day too, and (internal edition) a warning when the plan ends after the client's target date.
 */
export function timelineSection(c: Commercial): Section | null {
  const phases = c.tier.phases.filter((p) => p.weeks > 0);
  if (phases.length === 0) return null;
  let start = 0;
  const bars = phases.map((p) => {
    const bar = { label: p.name, start, length: p.weeks, display: weeksText(c, p.weeks) };
    start += p.weeks;
    return bar;
  });
  const team = plural(c.estimate.teamSize, 'developer', 'developers');
  // The weeks come from the development days; management, testing and contingency run alongside, not after.
  const alongside = c.tier.days - c.tier.buildDays;
  const effort = `${daysText(c, c.tier.buildDays)} of development${alongside > 0 ? ` (and ${daysText(c, alongside)} of management, testing and contingency alongside)` : ''}`;
  const blocks: Block[] = [];
  const startDate = c.scope.startDate;
  if (startDate === undefined) {
    blocks.push({
      kind: 'paragraph',
      text: `About ${weeksText(c, c.tier.weeks)} of working time from the start, with ${team} sharing ${effort}. Each phase ends with a review, so you see progress every few weeks.`,
    });
  } else {
    const plan = datePlan(startDate, phases);
    blocks.push({
      kind: 'paragraph',
      text: `Work starts on ${c.fmt.date(plan.start)} and the last phase ends on ${c.fmt.date(plan.end)}: ${weeksText(c, plan.weeks)} of working time, with ${team} sharing ${effort}. Each phase ends with a review.`,
    });
    blocks.push({
      kind: 'table',
      columns: [
        { title: 'Phase', share: 0.4, bold: true },
        { title: 'From', share: 0.22 },
        { title: 'To', share: 0.22 },
        { title: 'Working weeks', share: 0.16, align: 'right' },
      ],
      rows: plan.phases.map((p) => [p.name, c.fmt.date(p.start), c.fmt.date(p.end), c.fmt.weeks(p.weeks)]),
    });
    const target = c.requirements.targetDate;
    if (c.internal && endsAfter(plan, target)) {
      blocks.push({
        kind: 'paragraph',
        tone: 'muted',
        text: `Internal: the plan ends on ${c.fmt.date(plan.end)}, after the client\u2019s target date of ${c.fmt.date(target!)}. Agree a later date, a smaller option or a larger team before sending.`,
      });
    }
  }
  blocks.push({ kind: 'gantt', bars, total: start, axisLabel: 'Week', caption: 'Working weeks from the start of work; each bar is one phase.' });
  return { title: 'Timeline', keepTogether: true, blocks };
}

/** The price of the recommended tier: per phase, then PM, QA, contingency and the total. */
export function investmentSection(c: Commercial): Section {
  const t = c.tier;
  const s = c.scope;
  const rows: string[][] = t.phases.map((p) => [p.name, daysText(c, p.days)]);
  rows.push([`Project management (${c.fmt.days(s.pmPercent)}%)`, daysText(c, t.pmDays)]);
  rows.push([`Quality assurance (${c.fmt.days(s.qaPercent)}%)`, daysText(c, t.qaDays)]);
  rows.push([`Contingency (${c.fmt.days(s.contingencyPercent)}%)`, daysText(c, t.contingencyDays)]);
  const parts = [...t.phases.map((p) => p.price), t.pm, t.qa, t.contingency];
  // Quoting P50 or P80, the difference from the expected total is its own line, so the parts add up to the quote.
  const quote = c.quote ?? 'expected';
  const allowance = quotedExact(c, t) - t.total;
  if (quote !== 'expected' && allowance !== 0) {
    const p = t.percentiles![quote];
    rows.push([
      `Range allowance (${quote.toUpperCase()}: ${quote === 'p80' ? '80' : '50'}% of outcomes within it)`,
      daysText(c, Math.round((p.days - t.days) * 100) / 100),
    ]);
    parts.push(allowance);
  }
  const total = quotedTotal(c, t);
  // Rounded for the client, the parts are apportioned so they still add up to the printed total.
  apportion(parts, total, c.rounding ?? 0).forEach((price, i) => rows[i]!.push(c.fmt.money(price)));
  const quotedDays = quote === 'expected' || t.percentiles === undefined ? t.days : t.percentiles[quote].days;
  rows.push(['Total', daysText(c, quotedDays), c.fmt.money(total)]);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `${c.estimate.tiers.length > 1 ? `The ${t.name} option, ` : ''}priced phase by phase. Prices are in ${s.currency} and exclude taxes.`,
    },
    {
      kind: 'table',
      columns: [
        { title: 'Item', share: 0.56, bold: true },
        { title: 'Effort', share: 0.2, align: 'right' },
        { title: 'Price', share: 0.24, align: 'right' },
      ],
      rows,
      emphasis: [rows.length - 1],
    },
  ];
  if (c.showRange) {
    blocks.push({
      kind: 'paragraph',
      tone: 'muted',
      text: `Estimates carry uncertainty: with every item at its best case the total would be ${shown(c, t.low)}, at its worst ${shown(c, t.high)}. We quote ${quote === 'expected' ? 'the expected figure' : `the figure ${quote === 'p80' ? '80' : '50'}% of outcomes stay within`} and tell you early if it moves.`,
    });
  }
  return { title: 'Investment', blocks };
}

/**
 * Assumptions, exclusions and what we need from the client; null when the scope lists none. A default line the scope
 * or the answers contradict is left out (consistentTexts); the consultant's own lines print as written.
 */
export function assumptionsSection(scope: Scope, requirements: Requirements): Section | null {
  const texts = consistentTexts(scope, requirements);
  const blocks: Block[] = [];
  const list = (title: string, texts: readonly string[]): void => {
    const items = texts.map((t) => t.trim()).filter((t) => t !== '');
    if (items.length > 0) blocks.push({ kind: 'subheading', text: title }, { kind: 'bullets', items: items.map((text) => ({ text })) });
  };
  list('Assumptions', texts.assumptions);
  list('Not included', texts.exclusions);
  list('What we need from you', texts.clientResponsibilities);
  return blocks.length === 0 ? null : { title: 'Assumptions and responsibilities', blocks };
}

/** Internal edition: every item's three-point days, E, rate and price, and each tier's range. */
export function workingSection(c: Commercial): Section | null {
  const lines = c.estimate.lines;
  if (lines.length === 0) return null;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      tone: 'muted',
      text: `Internal: not for the client. Priced for ${frameworkName(c.estimate.framework)}; E = (low + 4 \u00D7 likely + high) / 6, line price = E \u00D7 day rate, rounded once.`,
    },
    {
      kind: 'table',
      columns: [
        { title: 'Item', share: 0.3, bold: true },
        { title: 'Phase / tier', share: 0.17 },
        { title: 'Low \u00B7 likely \u00B7 high', share: 0.17, align: 'right' },
        { title: 'E (days)', share: 0.1, align: 'right' },
        { title: 'Price', share: 0.26, align: 'right' },
      ],
      rows: lines.map((l) => [
        l.status === 'included' ? l.title : `${l.title} (${l.status})`,
        // The tier by its number (the tier table below names them): a long tier name would not fit the narrow column.
        `${l.phase} / ${l.tier}`,
        `${c.fmt.days(l.low)} \u00B7 ${c.fmt.days(l.likely)} \u00B7 ${c.fmt.days(l.high)}`,
        c.fmt.days(l.expectedDays),
        c.fmt.money(l.price),
      ]),
    },
    {
      kind: 'table',
      columns: [
        { title: 'Tier', share: 0.25, bold: true },
        { title: 'Low', share: 0.25, align: 'right' },
        { title: 'Expected', share: 0.25, align: 'right' },
        { title: 'High', share: 0.25, align: 'right' },
      ],
      rows: c.estimate.tiers.map((t) => [`${t.tier} ${t.name}`, c.fmt.money(t.low), c.fmt.money(t.total), c.fmt.money(t.high)]),
    },
  ];
  if (c.estimate.tiers.some((t) => t.percentiles !== undefined)) blocks.push(...rangeBlocks(c));
  return { title: 'Estimate working (internal)', blocks };
}

/** Internal edition: the simulated P50/P80/P90 of every tier, the figure the client edition quotes, and the record. */
function rangeBlocks(c: Commercial): Block[] {
  const cell = (p: { days: number; total: number }): string => `${c.fmt.money(p.total)} \u00B7 ${daysText(c, p.days)}`;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      tone: 'muted',
      text: `Simulated range (shared/scope/README.md, "The range"); the client edition quotes ${c.quote === 'p50' ? 'the P50' : c.quote === 'p80' ? 'the P80' : 'the expected figure'}.`,
    },
    {
      kind: 'table',
      columns: [
        { title: 'Tier', share: 0.25, bold: true },
        { title: 'P50', share: 0.25, align: 'right' },
        { title: 'P80', share: 0.25, align: 'right' },
        { title: 'P90', share: 0.25, align: 'right' },
      ],
      rows: c.estimate.tiers
        .filter((t) => t.percentiles !== undefined)
        .map((t) => [t.name, cell(t.percentiles!.p50), cell(t.percentiles!.p80), cell(t.percentiles!.p90)]),
    },
  ];
  const record = c.estimate.calibration;
  if (record !== undefined) {
    blocks.push({
      kind: 'paragraph',
      text: `Our record: ${record.projects} delivered projects took ${c.fmt.days(record.ratio)} \u00D7 their estimate (median). Calibrated by it, P50 ${cell(record.p50)}, P80 ${cell(record.p80)}.`,
    });
  }
  return blocks;
}
