// Which days of an item count for a framework, and how to change exactly those: one rule shared by the estimate and
// the editor, so a cell edited in the grid always moves the total it shows.
import type { Framework } from '../engine/requirements';
import type { ScopeItem, ThreePoint } from './schema';

/** The item's days under `framework`: its `byFramework` entry when it has one, else its own days. */
export function daysFor(item: ScopeItem, framework: Framework): ThreePoint {
  const own = item.byFramework?.[framework];
  return own ?? { low: item.low, likely: item.likely, high: item.high };
}

/** The item with the days that count for `framework` replaced: its `byFramework` entry if it has one, else its own days. */
export function withDaysFor(item: ScopeItem, framework: Framework, days: ThreePoint): ScopeItem {
  if (item.byFramework?.[framework] !== undefined) return { ...item, byFramework: { ...item.byFramework, [framework]: { ...days } } };
  return { ...item, low: days.low, likely: days.likely, high: days.high };
}
