// The sizing a draft is made from, as data: days per feature size (the consultancy's own, editable in Settings as part
// of the rate card), the cost of working inside a running application and of rewriting it, and how each drafted item
// scales with what drives it. Pure data and small pure functions; draft.ts applies them. Documented in
// shared/scope/README.md, "How a draft is sized"; keep the two in step.
import type { ExistingSize, Framework, Requirements } from '../engine/requirements';
import type { Estimate } from './estimate';
import { expectedOf, type Sizing, type ThreePoint } from './schema';

export { type Sizing, sizingSchema } from './schema';

export const DEFAULT_SIZING: Sizing = {
  xs: { low: 0.5, likely: 1, high: 2 },
  s: { low: 1, likely: 2, high: 4 },
  m: { low: 3, likely: 5, high: 8 },
  l: { low: 6, likely: 10, high: 16 },
  xl: { low: 12, likely: 20, high: 35 },
};

/** Reading a running application, running its tests and releasing through its deployment, by its size. */
export const EXISTING_CODEBASE_DAYS: Record<ExistingSize, ThreePoint> = {
  small: { low: 1.5, likely: 2.5, high: 4 },
  medium: { low: 3, likely: 5, high: 8 },
  large: { low: 5, likely: 8, high: 13 },
};

/** Rebuilding a running application in another framework (its models, screens, accounts, tests and data migration). */
export const REWRITE_DAYS: Record<ExistingSize, ThreePoint> = {
  small: { low: 8, likely: 12, high: 20 },
  medium: { low: 20, likely: 35, high: 60 },
  large: { low: 50, likely: 80, high: 140 },
};

/** An unanswered size counts as medium: the common case, and it errs on including work. */
export const DEFAULT_EXISTING_SIZE: ExistingSize = 'medium';

/**
 * What an item's days grow with (each a factor on its three points; a row lists the ones that apply to it):
 * - `volume`: the amount of product work V (the listed features' likely days): V ÷ 15 below 15 days, √(V ÷ 15) above,
 *   between 0.25 and 3. 15 likely days (about three medium features) is the size the rows' days were written for;
 *   below it the shared layers shrink with the product, above it they grow slower than the features they serve.
 * - `life`: how long it must run, for tests, deployment and the like: hours 0.25, weeks 0.6, months 1, years 1.2.
 * - `rigour`: how much structure throwaway code deserves, for foundations and shared layers: hours 0.4, weeks 0.7,
 *   months and years 1.
 * - `reach`: how many people use it at peak, for operations and design: under 50 0.5, under 1,000 0.75, under
 *   10,000 1, more 1.25.
 * Unanswered questions count as 1.
 */
export type ScaleDriver = 'volume' | 'life' | 'rigour' | 'reach';

export const REFERENCE_FEATURE_DAYS = 15;
export const VOLUME_MIN = 0.25;
export const VOLUME_MAX = 3;
export const LIFE_FACTORS: Record<NonNullable<Requirements['lifetime']>, number> = { hours: 0.25, weeks: 0.6, months: 1, years: 1.2 };
export const RIGOUR_FACTORS: Record<NonNullable<Requirements['lifetime']>, number> = { hours: 0.4, weeks: 0.7, months: 1, years: 1 };
/** Peak users below each bound, and the factor for them; more than the last bound is 1.25. */
export const REACH_FACTORS: readonly (readonly [number, number])[] = [
  [50, 0.5],
  [1000, 0.75],
  [10000, 1],
];
export const REACH_MAX = 1.25;

/** Part of the running application's own work that extending it still touches (accounts, back office, data model). */
export const EXTENDING_SHARE = 0.5;

/** Coordination between developers: 6% of the build per doubling of the team, from three developers on. */
export const COORDINATION_PER_DOUBLING = 0.06;
export const COORDINATION_FROM_TEAM = 3;

/** The feature days a draft is sized by: the listed features' likely days. */
export function featureDays(requirements: Requirements, sizing: Sizing): number {
  return (requirements.features ?? []).reduce((sum, f) => sum + sizing[f.size].likely, 0);
}

export function volumeFactor(days: number): number {
  const ratio = days / REFERENCE_FEATURE_DAYS;
  return Math.min(VOLUME_MAX, Math.max(VOLUME_MIN, ratio < 1 ? ratio : Math.sqrt(ratio)));
}

/** Every driver's factor for these answers, except volume (which needs the sizing table). */
export function answerFactors(requirements: Requirements): { life: number; rigour: number; reach: number } {
  const lifetime = requirements.lifetime;
  const users = requirements.expectedUsers;
  return {
    life: lifetime === undefined ? 1 : LIFE_FACTORS[lifetime],
    rigour: lifetime === undefined ? 1 : RIGOUR_FACTORS[lifetime],
    reach: users === undefined ? 1 : (REACH_FACTORS.find(([below]) => users < below)?.[1] ?? REACH_MAX),
  };
}

export function coordinationShare(teamSize: number | undefined): number {
  if (teamSize === undefined || teamSize < COORDINATION_FROM_TEAM) return 0;
  return COORDINATION_PER_DOUBLING * Math.log2(teamSize);
}

/** Days scaled by a factor, to the quarter day (rounding is monotonic, so low ≤ likely ≤ high still holds). */
export function scaled(days: ThreePoint, factor: number): ThreePoint {
  const q = (n: number): number => Math.round(n * factor * 4) / 4;
  return { low: q(days.low), likely: q(days.likely), high: q(days.high) };
}

/** The work extends a running application (the framework it runs on), or undefined for new work. */
export function extendedFramework(requirements: Requirements): Framework | undefined {
  const existing = requirements.existingFramework;
  return requirements.extendingExisting === true && existing !== undefined && existing !== 'none' ? existing : undefined;
}

export interface Rewrite {
  from: Framework;
  to: Framework;
  /** Expected days of the rewrite line under `to` (the table's, for a scope drafted before the line existed). */
  days: number;
}

/** The rewrite an estimate carries: when the work extends a running application in another framework than `estimate`'s. */
export function rewriteOf(requirements: Requirements, estimate: Pick<Estimate, 'framework' | 'lines'>): Rewrite | undefined {
  const from = extendedFramework(requirements);
  if (from === undefined || from === estimate.framework) return undefined;
  const line = estimate.lines.find((l) => l.id === 'rewrite');
  const table = REWRITE_DAYS[requirements.existingSize ?? DEFAULT_EXISTING_SIZE];
  const days = line?.expectedDays ?? Math.round(expectedOf(table) * 100) / 100;
  return { from, to: estimate.framework, days };
}
