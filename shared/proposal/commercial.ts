// The commercial part of the proposal, from the scope and its estimate: scope by phase, options and add-ons, the
// timeline, the investment, assumptions, terms and acceptance, and (internal edition) the estimate's working.
// Every figure is the estimate's (shared/scope/estimate.ts), only formatted here; nothing is recomputed.
import type { Framework, Requirements } from '../engine';
import type { ProposalLanguage } from '../i18n/language';
import * as m from '../i18n/paraglide/messages';
import { datePlan, endsAfter } from '../scope/calendar';
import { consistentTexts } from '../scope/default-texts';
import { printedDescription } from '../scope/descriptions';
import type { Estimate, TierEstimate } from '../scope/estimate';
import { daysFor } from '../scope/item-days';
import { apportion, roundTo } from '../scope/rounding';
import type { QuoteFigure, Scope } from '../scope/schema';
import { clientPrice, quotedExactPrice } from './client-price';
import type { Formatter } from './formatting';
import { countText, daysText as daysIn, listAnd, roughDaysText, weeksText as weeksIn } from './phrases';
import { frameworkName } from './reasoning';
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
  /** The language every sentence is written in; English when absent. */
  language?: ProposalLanguage;
}

/** The message options for the commercial's language. */
/**
 * The shares of the tables that price items by effort (the investment, the add-ons): the effort column holds a
 * figure and its unit on one line in every language ("1.234,56 Personentage", "1 234,5 jornadas"), the price
 * column a total in the millions.
 */
const EFFORT_TABLE = { item: 0.46, effort: 0.3, price: 0.24 } as const;

const at = (c: Commercial): { locale: ProposalLanguage } => ({ locale: c.language ?? 'en' });

/** "20 %", "20%": a percentage as the proposal's locale writes it (the number stays the formatter's). */
export function percentText(c: Commercial, value: number): string {
  return m.proposal_percent({ value: c.fmt.days(value) }, at(c));
}

/** A work item's status beside its title in the internal working (optional, deferred...). */
function lineStatus(c: Commercial, status: string): string {
  const words: Record<string, (inputs: Record<string, never>, options: { locale: ProposalLanguage }) => string> = {
    optional: m.proposal_line_status_optional,
    deferred: m.proposal_line_status_deferred,
  };
  return words[status]?.({}, at(c)) ?? status;
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

const daysText = (c: Commercial, days: number): string => daysIn(c.fmt, days, c.language ?? 'en');
const weeksText = (c: Commercial, weeks: number): string => weeksIn(c.fmt, weeks, c.language ?? 'en');
/** Days a sentence or a comparison states roughly ("about 222 days"), not a table's row that adds up. */
const roughDays = (c: Commercial, days: number): string => roughDaysText(c.fmt, days, c.language ?? 'en');

/** One sentence on price and time for the executive summary. */
export function investmentSentence(c: Commercial): string {
  const t = c.tier;
  const inputs = {
    option: t.name,
    price: c.fmt.money(quotedTotal(c, t)),
    low: shown(c, t.low),
    high: shown(c, t.high),
    days: roughDays(c, t.days),
    weeks: weeksText(c, t.weeks),
  };
  const several = c.estimate.tiers.length > 1;
  if (c.showRange) return (several ? m.proposal_investment_sentence_option_range : m.proposal_investment_sentence_range)(inputs, at(c));
  return (several ? m.proposal_investment_sentence_option : m.proposal_investment_sentence)(inputs, at(c));
}

/** What the recommended tier would cost under another framework, from the estimate's per-framework totals. */
export function alternativeCost(c: Commercial, framework: Framework): string {
  const t = c.tier;
  const step = c.rounding ?? 0;
  const price = roundTo(t.byFramework[framework], step);
  const days = t.daysByFramework[framework];
  const difference = price - roundTo(t.total, step);
  // The rewrite of a running application the work extends is part of that price: say so.
  const rewrite = c.scope.items.find((i) => i.id === 'rewrite' && daysFor(i, framework).likely > 0);
  const inputs = {
    framework: frameworkName(framework),
    days: roughDays(c, days),
    price: c.fmt.money(price),
    difference: c.fmt.money(Math.abs(difference)),
    recommended: frameworkName(c.estimate.framework),
  };
  const sentence =
    difference === 0
      ? rewrite === undefined
        ? m.proposal_alternative_cost_same
        : m.proposal_alternative_cost_same_rewrite
      : difference > 0
        ? rewrite === undefined
          ? m.proposal_alternative_cost_more
          : m.proposal_alternative_cost_more_rewrite
        : rewrite === undefined
          ? m.proposal_alternative_cost_less
          : m.proposal_alternative_cost_less_rewrite;
  return sentence(inputs, at(c));
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
      text: c.estimate.tiers.length > 1 ? m.proposal_scope_intro_option({ option: c.tier.name }, at(c)) : m.proposal_scope_intro({}, at(c)),
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
        const detail = printedDescription(i, c.requirements, c.language);
        return detail === undefined ? { text: i.title } : { text: i.title, detail };
      }),
    });
  }
  const deferred = c.estimate.deferred;
  if (deferred.length > 0) {
    blocks.push({ kind: 'subheading', text: m.proposal_scope_later({}, at(c)) });
    blocks.push({
      kind: 'paragraph',
      tone: 'muted',
      text: m.proposal_scope_later_text(
        {
          items: listAnd(
            deferred.map((d) => d.title),
            c.language ?? 'en',
          ),
        },
        at(c),
      ),
    });
  }
  return { title: m.proposal_scope_title({}, at(c)), blocks };
}

/** The tiers side by side (the recommended one marked) and the optional add-ons, each priced. */
export function optionsSection(c: Commercial): Section | null {
  const tiers = c.estimate.tiers;
  const blocks: Block[] = [];
  if (tiers.length > 1) {
    // The mark follows the name after a space, so a narrow column wraps before it, never inside a word.
    const mark = (t: TierEstimate): string => (t.tier === c.tier.tier ? `${t.name} \u2605` : t.name);
    const items = (t: TierEstimate): number => c.scope.items.filter((i) => (i.tier ?? 1) <= t.tier && i.optional !== true && i.deferred !== true).length;
    const rows: string[][] = [
      [m.proposal_options_investment({}, at(c)), ...tiers.map((t) => c.fmt.money(quotedTotal(c, t)))],
      ...(c.showRange ? [[m.proposal_options_range({}, at(c)), ...tiers.map((t) => `${shown(c, t.low)} \u2013 ${shown(c, t.high)}`)]] : []),
      [m.proposal_effort({}, at(c)), ...tiers.map((t) => roughDays(c, t.days))],
      [m.proposal_options_duration({}, at(c)), ...tiers.map((t) => weeksText(c, t.weeks))],
      [
        m.proposal_options_deliverables({}, at(c)),
        ...tiers.map((t) => countText(c.fmt, items(t), c.language ?? 'en', m.proposal_items_one, m.proposal_items_other)),
      ],
    ];
    blocks.push({
      kind: 'paragraph',
      text: (tiers.length === 2 ? m.proposal_options_intro_two : m.proposal_options_intro_three)({ option: c.tier.name }, at(c)),
    });
    blocks.push({
      kind: 'table',
      columns: [{ title: '', share: 0.22, bold: true }, ...tiers.map((t) => ({ title: mark(t), share: 0.78 / tiers.length, align: 'right' as const }))],
      rows,
      highlightColumn: 1 + tiers.findIndex((t) => t.tier === c.tier.tier),
    });
    for (const t of tiers.slice(1)) {
      const added = c.scope.items.filter((i) => (i.tier ?? 1) === t.tier && i.optional !== true && i.deferred !== true);
      if (added.length > 0) {
        const items = listAnd(
          added.map((i) => i.title),
          c.language ?? 'en',
        );
        blocks.push({ kind: 'paragraph', tone: 'muted', text: m.proposal_options_adds({ option: t.name, items }, at(c)) });
      }
    }
  }
  if (c.estimate.addOns.length > 0) {
    // With one tier the section itself is "Optional add-ons": no second heading of the same name under it.
    if (tiers.length > 1) blocks.push({ kind: 'subheading', text: m.proposal_add_ons_title({}, at(c)) });
    blocks.push({ kind: 'paragraph', text: m.proposal_add_ons_intro({}, at(c)) });
    blocks.push({
      kind: 'table',
      columns: [
        { title: m.proposal_add_on({}, at(c)), share: EFFORT_TABLE.item, bold: true },
        { title: m.proposal_effort({}, at(c)), share: EFFORT_TABLE.effort, align: 'right' },
        { title: m.proposal_price({}, at(c)), share: EFFORT_TABLE.price, align: 'right' },
      ],
      rows: c.estimate.addOns.map((a) => [a.title, daysText(c, a.days), shown(c, a.price)]),
    });
  }
  return blocks.length === 0 ? null : { title: tiers.length > 1 ? m.proposal_options_title({}, at(c)) : m.proposal_add_ons_title({}, at(c)), blocks };
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
  const team = countText(c.fmt, c.estimate.teamSize, c.language ?? 'en', m.proposal_developers_one, m.proposal_developers_other);
  // The weeks come from the development days; management, testing and contingency run alongside, not after.
  const alongside = c.tier.days - c.tier.buildDays;
  const build = roughDays(c, c.tier.buildDays);
  const effort =
    alongside > 0
      ? m.proposal_timeline_effort_alongside({ days: build, alongside: roughDays(c, alongside) }, at(c))
      : m.proposal_timeline_effort({ days: build }, at(c));
  const blocks: Block[] = [];
  const startDate = c.scope.startDate;
  if (startDate === undefined) {
    blocks.push({
      kind: 'paragraph',
      text: m.proposal_timeline_intro({ weeks: weeksText(c, c.tier.weeks), team, effort }, at(c)),
    });
  } else {
    const plan = datePlan(startDate, phases);
    blocks.push({
      kind: 'paragraph',
      text: m.proposal_timeline_intro_dated({ start: c.fmt.date(plan.start), end: c.fmt.date(plan.end), weeks: weeksText(c, plan.weeks), team, effort }, at(c)),
    });
    blocks.push({
      kind: 'table',
      columns: [
        { title: m.proposal_timeline_phase({}, at(c)), share: 0.4, bold: true },
        { title: m.proposal_timeline_from({}, at(c)), share: 0.22 },
        { title: m.proposal_timeline_to({}, at(c)), share: 0.22 },
        { title: m.proposal_timeline_working_weeks({}, at(c)), share: 0.16, align: 'right' },
      ],
      rows: plan.phases.map((p) => [p.name, c.fmt.date(p.start), c.fmt.date(p.end), c.fmt.weeks(p.weeks)]),
    });
    const target = c.requirements.targetDate;
    if (c.internal && endsAfter(plan, target)) {
      blocks.push({
        kind: 'paragraph',
        tone: 'muted',
        text: m.proposal_timeline_late({ end: c.fmt.date(plan.end), target: c.fmt.date(target!) }, at(c)),
      });
    }
  }
  blocks.push({ kind: 'gantt', bars, total: start, axisLabel: m.proposal_timeline_axis({}, at(c)), caption: m.proposal_timeline_caption({}, at(c)) });
  return { title: m.proposal_timeline_title({}, at(c)), keepTogether: true, blocks };
}

/** The price of the recommended tier: per phase, then PM, QA, contingency and the total. */
export function investmentSection(c: Commercial): Section {
  const t = c.tier;
  const s = c.scope;
  const rows: string[][] = t.phases.map((p) => [p.name, daysText(c, p.days)]);
  rows.push([m.proposal_investment_pm({ percent: percentText(c, s.pmPercent) }, at(c)), daysText(c, t.pmDays)]);
  rows.push([m.proposal_investment_qa({ percent: percentText(c, s.qaPercent) }, at(c)), daysText(c, t.qaDays)]);
  rows.push([m.proposal_investment_contingency({ percent: percentText(c, s.contingencyPercent) }, at(c)), daysText(c, t.contingencyDays)]);
  const parts = [...t.phases.map((p) => p.price), t.pm, t.qa, t.contingency];
  // Quoting P50 or P80, the difference from the expected total is its own line, so the parts add up to the quote.
  const quote = c.quote ?? 'expected';
  const allowance = quotedExact(c, t) - t.total;
  if (quote !== 'expected' && allowance !== 0) {
    const p = t.percentiles![quote];
    rows.push([
      m.proposal_investment_allowance({ figure: quote.toUpperCase(), percent: percentText(c, quote === 'p80' ? 80 : 50) }, at(c)),
      daysText(c, Math.round((p.days - t.days) * 100) / 100),
    ]);
    parts.push(allowance);
  }
  const total = quotedTotal(c, t);
  // Rounded for the client, the parts are apportioned so they still add up to the printed total.
  apportion(parts, total, c.rounding ?? 0).forEach((price, i) => rows[i]!.push(c.fmt.money(price)));
  const quotedDays = quote === 'expected' || t.percentiles === undefined ? t.days : t.percentiles[quote].days;
  rows.push([m.proposal_total({}, at(c)), daysText(c, quotedDays), c.fmt.money(total)]);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text:
        c.estimate.tiers.length > 1
          ? m.proposal_investment_intro_option({ option: t.name, currency: s.currency }, at(c))
          : m.proposal_investment_intro({ currency: s.currency }, at(c)),
    },
    {
      kind: 'table',
      columns: [
        { title: m.proposal_item({}, at(c)), share: EFFORT_TABLE.item, bold: true },
        { title: m.proposal_effort({}, at(c)), share: EFFORT_TABLE.effort, align: 'right' },
        { title: m.proposal_price({}, at(c)), share: EFFORT_TABLE.price, align: 'right' },
      ],
      rows,
      emphasis: [rows.length - 1],
    },
  ];
  if (c.showRange) {
    blocks.push({
      kind: 'paragraph',
      tone: 'muted',
      text:
        quote === 'expected'
          ? m.proposal_investment_uncertainty({ low: shown(c, t.low), high: shown(c, t.high) }, at(c))
          : m.proposal_investment_uncertainty_percentile(
              { low: shown(c, t.low), high: shown(c, t.high), percent: percentText(c, quote === 'p80' ? 80 : 50) },
              at(c),
            ),
    });
  }
  return { title: m.proposal_investment_title({}, at(c)), blocks };
}

/**
 * Assumptions, exclusions and what we need from the client; null when the scope lists none. A default line the scope
 * or the answers contradict is left out (consistentTexts); the consultant's own lines print as written.
 */
export function assumptionsSection(scope: Scope, requirements: Requirements, language: ProposalLanguage = 'en'): Section | null {
  const texts = consistentTexts(scope, requirements, language);
  const locale = { locale: language };
  const blocks: Block[] = [];
  const list = (title: string, texts: readonly string[]): void => {
    const items = texts.map((t) => t.trim()).filter((t) => t !== '');
    if (items.length > 0) blocks.push({ kind: 'subheading', text: title }, { kind: 'bullets', items: items.map((text) => ({ text })) });
  };
  list(m.proposal_assumptions({}, locale), texts.assumptions);
  list(m.proposal_exclusions({}, locale), texts.exclusions);
  list(m.proposal_responsibilities({}, locale), texts.clientResponsibilities);
  return blocks.length === 0 ? null : { title: m.proposal_assumptions_title({}, locale), blocks };
}

/** Internal edition: every item's three-point days, E, rate and price, and each tier's range. */
export function workingSection(c: Commercial): Section | null {
  const lines = c.estimate.lines;
  if (lines.length === 0) return null;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      tone: 'muted',
      text: m.proposal_working_intro({ framework: frameworkName(c.estimate.framework) }, at(c)),
    },
    {
      kind: 'table',
      columns: [
        { title: m.proposal_item({}, at(c)), share: 0.3, bold: true },
        { title: m.proposal_working_phase_tier({}, at(c)), share: 0.17 },
        { title: m.proposal_working_three_points({}, at(c)), share: 0.17, align: 'right' },
        { title: m.proposal_working_expected_days({}, at(c)), share: 0.1, align: 'right' },
        { title: m.proposal_price({}, at(c)), share: 0.26, align: 'right' },
      ],
      rows: lines.map((l) => [
        l.status === 'included' ? l.title : m.proposal_working_line_status({ item: l.title, status: lineStatus(c, l.status) }, at(c)),
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
        { title: m.proposal_working_tier({}, at(c)), share: 0.25, bold: true },
        { title: m.proposal_working_low({}, at(c)), share: 0.25, align: 'right' },
        { title: m.proposal_working_expected({}, at(c)), share: 0.25, align: 'right' },
        { title: m.proposal_working_high({}, at(c)), share: 0.25, align: 'right' },
      ],
      rows: c.estimate.tiers.map((t) => [`${t.tier} ${t.name}`, c.fmt.money(t.low), c.fmt.money(t.total), c.fmt.money(t.high)]),
    },
  ];
  if (c.estimate.tiers.some((t) => t.percentiles !== undefined)) blocks.push(...rangeBlocks(c));
  return { title: m.proposal_working_title({}, at(c)), blocks };
}

/** Internal edition: the simulated P50/P80/P90 of every tier, the figure the client edition quotes, and the record. */
function rangeBlocks(c: Commercial): Block[] {
  const cell = (p: { days: number; total: number }): string => `${c.fmt.money(p.total)} \u00B7 ${daysText(c, p.days)}`;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      tone: 'muted',
      text:
        c.quote === 'p50' || c.quote === 'p80'
          ? m.proposal_range_intro_percentile({ figure: c.quote.toUpperCase() }, at(c))
          : m.proposal_range_intro({}, at(c)),
    },
    {
      kind: 'table',
      columns: [
        { title: m.proposal_working_tier({}, at(c)), share: 0.25, bold: true },
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
      text: m.proposal_range_record(
        { projects: String(record.projects), ratio: c.fmt.days(record.ratio), p50: cell(record.p50), p80: cell(record.p80) },
        at(c),
      ),
    });
  }
  return blocks;
}
