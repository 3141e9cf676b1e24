// The estimate: a scope priced per tier, per phase and per framework, in integer minor units. Pure and deterministic.
// The method (formula, rounding, tiers, add-ons, weeks) is written down in shared/scope/README.md; keep the two in step.
import { type Framework, FRAMEWORKS } from '../engine/requirements';
import { fromHundredths, mulDivRound, toHundredths } from './arithmetic';
import { daysFor } from './item-days';
import { recommendedTierOf, type Scope, type ScopeItem } from './schema';
import { type Calibration, simulateScope, type SimulationOptions, type TierPercentiles } from './simulation';

// Formatting lives in money.ts; re-exported so callers of the estimate find it beside the numbers it formats.
export { formatMoney, minorDigits } from './money';

export interface PhaseEstimate {
  name: string;
  /** Expected build days of the phase's items (no PM, QA or contingency). */
  days: number;
  /** Calendar weeks: days / (team size × 5), rounded up to half a week. */
  weeks: number;
  /** Sum of the phase's line prices (extra). */
  price: number;
}

export interface TierEstimate {
  tier: number;
  name: string;
  build: number;
  pm: number;
  qa: number;
  contingency: number;
  total: number;
  low: number;
  high: number;
  /** Total expected days: build days plus PM, QA and contingency days, each rounded once to 0.01. */
  days: number;
  /** That tier's total price under each framework. */
  byFramework: Record<Framework, number>;
  // Extras beyond the printed contract.
  buildDays: number;
  pmDays: number;
  qaDays: number;
  contingencyDays: number;
  lowDays: number;
  highDays: number;
  /** That tier's total days under each framework. */
  daysByFramework: Record<Framework, number>;
  /** Sum of the tier's phase weeks (phases run one after another). */
  weeks: number;
  phases: PhaseEstimate[];
  /** P50/P80/P90 days and price from the simulation (shared/scope/simulation.ts), when asked for. */
  percentiles?: TierPercentiles;
}

export interface AddOnEstimate {
  title: string;
  /** The item's own line price: E × day rate, without PM, QA or contingency. */
  price: number;
  id: string;
  days: number;
  low: number;
  high: number;
}

export type LineStatus = 'included' | 'optional' | 'deferred';

/** One item's working, for the internal edition: its days under the estimate's framework, E and its price. */
export interface EstimateLine {
  id: string;
  title: string;
  phase: string;
  role: string;
  tier: number;
  status: LineStatus;
  low: number;
  likely: number;
  high: number;
  /** E = (low + 4·likely + high) / 6, shown rounded to 0.01 (the price uses the exact value). */
  expectedDays: number;
  dayRate: number;
  /** 0 for a deferred item: it is listed, never priced. */
  price: number;
}

export interface Estimate {
  currency: string;
  framework: Framework;
  tiers: TierEstimate[];
  /** The phases of the highest tier (every committed item), in the order they first appear among all items. */
  phases: { name: string; days: number; weeks: number }[];
  addOns: AddOnEstimate[];
  // Extras.
  teamSize: number;
  deferred: { id: string; title: string; phase: string }[];
  lines: EstimateLine[];
  /** The recommended tier's range calibrated by the consultancy's delivered projects, once there are enough of them. */
  calibration?: Calibration;
}

export interface EstimateOptions {
  /** The framework to price; callers pass the recommendation's. Defaults to DEFAULT_FRAMEWORK. */
  framework?: Framework;
  /** Developers working in parallel, for calendar weeks; defaults to 1. */
  teamSize?: number;
  /** Simulate the range (stage of the cone, recorded ratios); without it no percentiles are computed. */
  percentiles?: Omit<SimulationOptions, 'framework' | 'calibrateTier'>;
}

export const DEFAULT_FRAMEWORK: Framework = 'django';
export const WORKING_DAYS_PER_WEEK = 5;

/** One item's numbers under one framework, all integers. */
interface Line {
  lowDays: number; // hundredths
  highDays: number; // hundredths
  expectedDays: number; // hundredths, rounded once
  price: number;
  lowPrice: number;
  highPrice: number;
}

function priceLine(item: ScopeItem, framework: Framework, dayRate: number): Line {
  const p = daysFor(item, framework);
  const low = toHundredths(p.low);
  const high = toHundredths(p.high);
  // (low + 4·likely + high) in hundredths is six times E in hundredths: exact, divided once when rounding.
  const sixE = low + 4 * toHundredths(p.likely) + high;
  return {
    lowDays: low,
    highDays: high,
    expectedDays: mulDivRound(sixE, 1, 6),
    price: mulDivRound(sixE, dayRate, 600),
    lowPrice: mulDivRound(low, dayRate, 100),
    highPrice: mulDivRound(high, dayRate, 100),
  };
}

interface Parts {
  build: number;
  pm: number;
  qa: number;
  contingency: number;
  total: number;
}

/** build → PM and QA as percentages of build, contingency of the three, each rounded once. Percentages in hundredths. */
function withOverheads(build: number, pm100: number, qa100: number, contingency100: number): Parts {
  const pm = mulDivRound(build, pm100, 10000);
  const qa = mulDivRound(build, qa100, 10000);
  const contingency = mulDivRound(build + pm + qa, contingency100, 10000);
  return { build, pm, qa, contingency, total: build + pm + qa + contingency };
}

export function weeksFor(daysHundredths: number, teamSize: number): number {
  const halfWeek = (WORKING_DAYS_PER_WEEK * 100 * teamSize) / 2;
  return Math.ceil(daysHundredths / halfWeek) / 2;
}

interface Sums {
  price: number;
  lowPrice: number;
  highPrice: number;
  days: number;
  lowDays: number;
  highDays: number;
}

const zero = (): Sums => ({ price: 0, lowPrice: 0, highPrice: 0, days: 0, lowDays: 0, highDays: 0 });

/** Adds `more` into `sum`: an item's priced line into its tier, or a tier's sums into the running (cumulative) total. */
function add(sum: Sums, more: Sums): void {
  sum.price += more.price;
  sum.lowPrice += more.lowPrice;
  sum.highPrice += more.highPrice;
  sum.days += more.days;
  sum.lowDays += more.lowDays;
  sum.highDays += more.highDays;
}

function sumsOf(line: Line): Sums {
  return { price: line.price, lowPrice: line.lowPrice, highPrice: line.highPrice, days: line.expectedDays, lowDays: line.lowDays, highDays: line.highDays };
}

/** The estimate of `scope` under `options.framework`, every tier also totalled under all three frameworks. */
export function estimateScope(scope: Scope, options: EstimateOptions = {}): Estimate {
  const framework = options.framework ?? DEFAULT_FRAMEWORK;
  const teamSize = options.teamSize !== undefined && Number.isInteger(options.teamSize) && options.teamSize > 0 ? options.teamSize : 1;
  const rates = new Map(scope.rates.map((r) => [r.role, r.dayRate]));
  const pm100 = toHundredths(scope.pmPercent);
  const qa100 = toHundredths(scope.qaPercent);
  const c100 = toHundredths(scope.contingencyPercent);
  const tierCount = scope.tiers.length;

  // Sums per framework per exact tier (index tier-1); tiers are cumulative afterwards.
  const sums = new Map<Framework, Sums[]>(FRAMEWORKS.map((f) => [f, Array.from({ length: tierCount }, zero)]));
  const phaseOrder: string[] = [];
  // For the chosen framework: per exact tier, per phase, days and price.
  const phaseSums: Map<string, { days: number; price: number }>[] = Array.from({ length: tierCount }, () => new Map<string, { days: number; price: number }>());
  const addOns: AddOnEstimate[] = [];
  const deferred: Estimate['deferred'] = [];
  const lines: EstimateLine[] = [];

  for (const item of scope.items) {
    const dayRate = rates.get(item.role) ?? 0;
    const tier = item.tier ?? 1;
    // Order over every item, as the editor groups them; a tier then lists only the phases it has work in.
    if (!phaseOrder.includes(item.phase)) phaseOrder.push(item.phase);
    const status: LineStatus = item.deferred === true ? 'deferred' : item.optional === true ? 'optional' : 'included';
    const chosen = priceLine(item, framework, dayRate);
    const p = daysFor(item, framework);
    lines.push({
      id: item.id,
      title: item.title,
      phase: item.phase,
      role: item.role,
      tier,
      status,
      low: p.low,
      likely: p.likely,
      high: p.high,
      expectedDays: fromHundredths(chosen.expectedDays),
      dayRate,
      price: status === 'deferred' ? 0 : chosen.price,
    });
    if (status === 'deferred') {
      deferred.push({ id: item.id, title: item.title, phase: item.phase });
      continue;
    }
    if (status === 'optional') {
      addOns.push({
        title: item.title,
        price: chosen.price,
        id: item.id,
        days: fromHundredths(chosen.expectedDays),
        low: chosen.lowPrice,
        high: chosen.highPrice,
      });
      continue;
    }
    if (tier > tierCount) continue; // refused by scopeSchema; never priced silently into a tier that has no name
    for (const f of FRAMEWORKS) add(sums.get(f)![tier - 1]!, sumsOf(f === framework ? chosen : priceLine(item, f, dayRate)));
    const bucket = phaseSums[tier - 1]!;
    const phase = bucket.get(item.phase) ?? { days: 0, price: 0 };
    phase.days += chosen.expectedDays;
    phase.price += chosen.price;
    bucket.set(item.phase, phase);
  }

  const running = new Map<Framework, Sums>(FRAMEWORKS.map((f) => [f, zero()]));
  const runningPhases = new Map<string, { days: number; price: number }>();
  const tiers: TierEstimate[] = [];
  for (let k = 0; k < tierCount; k++) {
    for (const f of FRAMEWORKS) add(running.get(f)!, sums.get(f)![k]!);
    for (const [name, s] of phaseSums[k]!) {
      const r = runningPhases.get(name) ?? { days: 0, price: 0 };
      runningPhases.set(name, { days: r.days + s.days, price: r.price + s.price });
    }
    const money = (f: Framework): Parts => withOverheads(running.get(f)!.price, pm100, qa100, c100);
    const days = (f: Framework): Parts => withOverheads(running.get(f)!.days, pm100, qa100, c100);
    const own = running.get(framework)!;
    const parts = money(framework);
    const dayParts = days(framework);
    const phases = phaseOrder
      .filter((name) => runningPhases.has(name))
      .map((name) => {
        const s = runningPhases.get(name)!;
        return { name, days: fromHundredths(s.days), weeks: weeksFor(s.days, teamSize), price: s.price };
      });
    tiers.push({
      tier: k + 1,
      name: scope.tiers[k]!,
      ...parts,
      low: withOverheads(own.lowPrice, pm100, qa100, c100).total,
      high: withOverheads(own.highPrice, pm100, qa100, c100).total,
      days: fromHundredths(dayParts.total),
      byFramework: { django: money('django').total, flask: money('flask').total, fastapi: money('fastapi').total },
      buildDays: fromHundredths(dayParts.build),
      pmDays: fromHundredths(dayParts.pm),
      qaDays: fromHundredths(dayParts.qa),
      contingencyDays: fromHundredths(dayParts.contingency),
      lowDays: fromHundredths(withOverheads(own.lowDays, pm100, qa100, c100).total),
      highDays: fromHundredths(withOverheads(own.highDays, pm100, qa100, c100).total),
      daysByFramework: {
        django: fromHundredths(days('django').total),
        flask: fromHundredths(days('flask').total),
        fastapi: fromHundredths(days('fastapi').total),
      },
      weeks: phases.reduce((sum, p) => sum + p.weeks, 0),
      phases,
    });
  }

  const top = tiers[tiers.length - 1];
  let calibration: Calibration | undefined;
  if (options.percentiles !== undefined) {
    const simulation = simulateScope(scope, { ...options.percentiles, framework, calibrateTier: recommendedTierOf(scope) });
    simulation.tiers.forEach((p, k) => (tiers[k]!.percentiles = p));
    calibration = simulation.calibration;
  }
  return {
    currency: scope.currency,
    framework,
    tiers,
    phases: (top?.phases ?? []).map(({ name, days, weeks }) => ({ name, days, weeks })),
    addOns,
    teamSize,
    deferred,
    lines,
    ...(calibration === undefined ? {} : { calibration }),
  };
}
