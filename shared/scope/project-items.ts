// The drafted items that come from the project rather than from a knowledge row: one per listed feature (sized by the
// sizing table), the cost of working inside a running application, its rewrite under another framework, and the
// coordination a larger team needs. Pure; draft.ts places them. The numbers are in shared/scope/sizing.ts.
import { type Framework, FRAMEWORK_NAMES, FRAMEWORKS, type Requirements } from '../engine/requirements';
import { slug } from './context-items';
import type { Estimate } from './estimate';
import { daysFor } from './item-days';
import type { Phase } from './knowledge';
import type { ScopeItem, ThreePoint } from './schema';
import { coordinationShare, DEFAULT_EXISTING_SIZE, EXISTING_CODEBASE_DAYS, extendedFramework, REWRITE_DAYS, scaled, type Sizing } from './sizing';

type Drafted = ScopeItem & { phase: Phase };

const ZERO: ThreePoint = { low: 0, likely: 0, high: 0 };

/** One item per listed feature, in the client's words, its days from its size; the same under every framework. */
export function featureItems(requirements: Requirements, sizing: Sizing): Drafted[] {
  const seen = new Set<string>();
  return (requirements.features ?? []).map((feature) => {
    let id = `feature-${slug(feature.title)}`;
    for (let n = 2; seen.has(id); n++) id = `feature-${slug(feature.title)}-${n}`;
    seen.add(id);
    return {
      id,
      title: feature.title,
      description: `Built end to end: its data, rules, screens or calls, and tests (size ${feature.size.toUpperCase()}).`,
      phase: 'Build',
      role: feature.size === 'xl' ? 'senior-developer' : 'developer',
      ...sizing[feature.size],
    };
  });
}

/**
 * Reading the running application, its tests and its deployment, before the new work can go in: the table's days for
 * its size, times the new work's volume factor between 0.5 and 1.5 (small work reads less of it, large work more).
 */
export function existingCodebaseItem(requirements: Requirements, volume: number): Drafted | undefined {
  const existing = extendedFramework(requirements);
  if (existing === undefined) return undefined;
  const size = requirements.existingSize ?? DEFAULT_EXISTING_SIZE;
  return {
    id: 'existing-codebase',
    title: `Working in the running ${FRAMEWORK_NAMES[existing]} application`,
    description: `Reading the ${size} application the work extends, running its tests and releasing through its own deployment; its foundations are reused, not rebuilt.`,
    phase: 'Foundations',
    role: 'senior-developer',
    ...scaled(EXISTING_CODEBASE_DAYS[size], Math.min(1.5, Math.max(0.5, volume))),
  };
}

/**
 * The rewrite of the running application under any framework but its own, sized by `existingSize`: zero days under the
 * framework it runs on, so the comparison between frameworks carries it and the chosen framework's total does not.
 */
export function rewriteItem(requirements: Requirements, framework: Framework): Drafted | undefined {
  const existing = extendedFramework(requirements);
  if (existing === undefined) return undefined;
  const size = requirements.existingSize ?? DEFAULT_EXISTING_SIZE;
  const days = (f: Framework): ThreePoint => (f === existing ? { ...ZERO } : { ...REWRITE_DAYS[size] });
  const from = FRAMEWORK_NAMES[existing];
  return {
    id: 'rewrite',
    title:
      framework === existing
        ? `Rewrite of the running ${from} application (only with another framework)`
        : `Rewrite of the running ${from} application in ${FRAMEWORK_NAMES[framework]}`,
    description: `Rebuilding what the ${size} ${from} application already does (models, screens, accounts, tests) and moving its data, before the new work.`,
    phase: 'Foundations',
    role: 'senior-developer',
    ...days(framework),
    byFramework: Object.fromEntries(FRAMEWORKS.filter((f) => f !== framework).map((f) => [f, days(f)])),
  };
}

/** Coordination for a team of three or more: a share of every committed item's days (6% per doubling of the team). */
export function coordinationItem(requirements: Requirements, items: readonly ScopeItem[], framework: Framework): Drafted | undefined {
  const share = coordinationShare(requirements.teamSize);
  if (share === 0) return undefined;
  const committed = items.filter((i) => i.optional !== true && i.deferred !== true);
  const days = (f: Framework): ThreePoint => {
    const sum = committed.reduce(
      (s, i) => {
        const d = daysFor(i, f);
        return { low: s.low + d.low, likely: s.likely + d.likely, high: s.high + d.high };
      },
      { ...ZERO },
    );
    return scaled(sum, share);
  };
  return {
    id: 'coordination',
    title: 'Team coordination',
    description: `Planning, code review and integrating the work of ${requirements.teamSize} developers so it fits together.`,
    phase: 'Build',
    role: 'senior-developer',
    ...days(framework),
    byFramework: Object.fromEntries(FRAMEWORKS.filter((f) => f !== framework).map((f) => [f, days(f)])),
  };
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
  const days = line?.expectedDays ?? Math.round(((table.low + 4 * table.likely + table.high) / 6) * 100) / 100;
  return { from, to: estimate.framework, days };
}
