// The range a consultancy can quote from: P50, P80 and P90 days and price per tier, from a seeded simulation of the
// items' three-point estimates, with the project-level uncertainty of the cone of uncertainty on top, and calibrated by
// the consultancy's own record of actual against estimated effort. Pure and deterministic: the same scope and options
// always give the same numbers. The method is written down in shared/scope/README.md, "The range".
import { ANSWER_FIELDS, type Framework, type Requirements } from '../engine/requirements';
import { daysFor } from './item-days';
import type { Scope } from './schema';

export interface Percentile {
  /** Days, two decimals. */
  days: number;
  /** Price in minor units. */
  total: number;
}
export interface TierPercentiles {
  p50: Percentile;
  p80: Percentile;
  p90: Percentile;
}
export interface Calibration {
  /** Delivered projects with recorded actuals that the ratio is drawn from. */
  projects: number;
  /** Median of actual ÷ estimated days over those projects. */
  ratio: number;
  p50: Percentile;
  p80: Percentile;
}

/**
 * How far the whole project may still move, as the cone of uncertainty gives it: the factor by which the final effort
 * can differ from the estimate at that stage (McConnell): an idea 0.25–4×, a defined product 0.5–2×, its requirements
 * known 0.67–1.5×.
 */
export const CONE = {
  concept: { low: 0.25, high: 4 },
  definition: { low: 0.5, high: 2 },
  requirements: { low: 0.67, high: 1.5 },
} as const;
export type ConeStage = keyof typeof CONE;

export const SIMULATION_RUNS = 500;
export const SIMULATION_SEED = 0x5c09e;
/** Calibration needs at least this many delivered projects with actuals. */
export const CALIBRATION_MIN_PROJECTS = 3;

/**
 * The stage a workshop has reached: fewer than a third of the questions answered is still an idea; answered but no
 * features listed, a defined product; features listed with their sizes, its requirements known.
 */
export function coneStage(requirements: Requirements): ConeStage {
  const answered = ANSWER_FIELDS.filter((f) => requirements[f] !== undefined).length;
  if (answered * 3 < ANSWER_FIELDS.length) return 'concept';
  return (requirements.features ?? []).length > 0 ? 'requirements' : 'definition';
}

/** mulberry32: a small, fast, well-spread generator of numbers in [0, 1); seeded, so every run is the same. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The items as triangular distributions with the PERT mean, one column per field (typed arrays keep the 200,000 draws
 * of a 200-item scope within the benchmark): each peak moved to 2·likely − (low + high)/2, kept within low–high, so
 * that (low + peak + high)/3 = (low + 4·likely + high)/6 and the simulated median sits at the expected figure.
 * Sampled by the inverse of the distribution function.
 */
interface Triangles {
  count: number;
  low: Float64Array;
  high: Float64Array;
  /** Where the peak falls, as a share of the distribution. */
  split: Float64Array;
  left: Float64Array;
  right: Float64Array;
  rate: Float64Array;
  tier: Int32Array;
}

function trianglesOf(scope: Scope, framework: Framework): Triangles {
  const rates = new Map(scope.rates.map((r) => [r.role, r.dayRate]));
  const kept = scope.items.filter((i) => i.optional !== true && i.deferred !== true && (i.tier ?? 1) <= scope.tiers.length);
  const n = kept.length;
  const t: Triangles = {
    count: n,
    low: new Float64Array(n),
    high: new Float64Array(n),
    split: new Float64Array(n),
    left: new Float64Array(n),
    right: new Float64Array(n),
    rate: new Float64Array(n),
    tier: new Int32Array(n),
  };
  kept.forEach((item, i) => {
    const { low, likely, high } = daysFor(item, framework);
    const peak = Math.min(high, Math.max(low, 2 * likely - (low + high) / 2));
    const width = high - low;
    t.low[i] = low;
    t.high[i] = high;
    t.split[i] = width === 0 ? 1 : (peak - low) / width;
    t.left[i] = width * (peak - low);
    t.right[i] = width * (high - peak);
    t.rate[i] = rates.get(item.role) ?? 0;
    t.tier[i] = (item.tier ?? 1) - 1;
  });
  return t;
}

export interface SimulationOptions {
  framework: Framework;
  stage?: ConeStage;
  /** Recorded actual ÷ estimated ratios of delivered projects; calibration once there are CALIBRATION_MIN_PROJECTS. */
  ratios?: readonly number[];
  /** The tier calibrated (1-based); the highest by default. */
  calibrateTier?: number;
  runs?: number;
}

export interface Simulation {
  tiers: TierPercentiles[];
  calibration?: Calibration;
}

const at = (sorted: Float64Array, p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
const percentile = (days: Float64Array, money: Float64Array, p: number): Percentile => ({
  days: Math.round(at(days, p) * 100) / 100,
  total: Math.round(at(money, p)),
});

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** P50/P80/P90 per tier for `scope` under `options.framework`, and the calibrated P50/P80 when enough ratios are given. */
export function simulateScope(scope: Scope, options: SimulationOptions): Simulation {
  const runs = options.runs ?? SIMULATION_RUNS;
  const tierCount = scope.tiers.length;
  const t = trianglesOf(scope, options.framework);
  // PM and QA are shares of the build, contingency a share of all three: one factor on every run's build.
  const overhead = (1 + (scope.pmPercent + scope.qaPercent) / 100) * (1 + scope.contingencyPercent / 100);
  const cone = CONE[options.stage ?? 'requirements'];
  const lnLow = Math.log(cone.low);
  const lnHigh = Math.log(cone.high);
  const coneSplit = -lnLow / (lnHigh - lnLow);
  const random = generator(SIMULATION_SEED);
  const days = Array.from({ length: tierCount }, () => new Float64Array(runs));
  const money = Array.from({ length: tierCount }, () => new Float64Array(runs));
  const exactDays = new Float64Array(tierCount);
  const exactMoney = new Float64Array(tierCount);
  for (let r = 0; r < runs; r++) {
    exactDays.fill(0);
    exactMoney.fill(0);
    for (let i = 0; i < t.count; i++) {
      const u = random();
      const x = u < t.split[i]! ? t.low[i]! + Math.sqrt(u * t.left[i]!) : t.high[i]! - Math.sqrt((1 - u) * t.right[i]!);
      const k = t.tier[i]!;
      exactDays[k]! += x;
      exactMoney[k]! += x * t.rate[i]!;
    }
    // The project-level factor: log-triangular between the cone's bounds, peaked at 1, so its median is 1.
    const v = random();
    const lnFactor = v < coneSplit ? lnLow + Math.sqrt(v * (lnHigh - lnLow) * -lnLow) : lnHigh - Math.sqrt((1 - v) * (lnHigh - lnLow) * lnHigh);
    const factor = Math.exp(lnFactor) * overhead;
    let sumDays = 0;
    let sumMoney = 0;
    for (let k = 0; k < tierCount; k++) {
      sumDays += exactDays[k]!;
      sumMoney += exactMoney[k]!;
      days[k]![r] = sumDays * factor;
      money[k]![r] = sumMoney * factor;
    }
  }
  const calibrated = calibrate(days, money, options, runs);
  for (let k = 0; k < tierCount; k++) {
    days[k]!.sort();
    money[k]!.sort();
  }
  const tiers = days.map((d, k) => ({ p50: percentile(d, money[k]!, 0.5), p80: percentile(d, money[k]!, 0.8), p90: percentile(d, money[k]!, 0.9) }));
  return calibrated === undefined ? { tiers } : { tiers, calibration: calibrated };
}

/**
 * Evidence-based: each run's total times a ratio drawn from the record (its own seeded stream, so the runs stay the same).
 * The draw picks by position, so the record is sorted first: devices that hold the same actuals in another row order
 * (the team library pulls them in its own order) must show the same calibrated P50/P80.
 */
function calibrate(days: Float64Array[], money: Float64Array[], options: SimulationOptions, runs: number): Calibration | undefined {
  const ratios = [...(options.ratios ?? [])].sort((a, b) => a - b);
  if (ratios.length < CALIBRATION_MIN_PROJECTS || days.length === 0) return undefined;
  const k = Math.min(days.length, Math.max(1, options.calibrateTier ?? days.length)) - 1;
  const draw = generator(SIMULATION_SEED ^ 0x9e3779b9);
  const d = new Float64Array(runs);
  const m = new Float64Array(runs);
  for (let r = 0; r < runs; r++) {
    const ratio = ratios[Math.floor(draw() * ratios.length)]!;
    d[r] = days[k]![r]! * ratio;
    m[r] = money[k]![r]! * ratio;
  }
  d.sort();
  m.sort();
  return { projects: ratios.length, ratio: Math.round(median(ratios) * 100) / 100, p50: percentile(d, m, 0.5), p80: percentile(d, m, 0.8) };
}
