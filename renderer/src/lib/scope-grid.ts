// The scope grid's edits as pure functions on a Scope: group rows by phase, add, change, remove and put back an item,
// and read a typed day count. Never mutates its input (the editor replaces the scope, so the estimate recomputes once).
import type { Framework } from '../../../shared/engine';
import type { UiLanguage } from '../../../shared/i18n/language';
import { daysFor, withDaysFor } from '../../../shared/scope/item-days';
import type { Scope, ScopeItem } from '../../../shared/scope/schema';
import { m } from './i18n.svelte';

export const DAY_FIELDS = ['low', 'likely', 'high'] as const;
export type DayField = (typeof DAY_FIELDS)[number];

/**
 * A new row's title in the app's language (the consultant is the one typing), selected when it gets focus so typing
 * replaces it (an item's title may not be empty).
 */
export function newItemTitle(language: UiLanguage): string {
  return m.ui_scope_grid_new_item({}, { locale: language });
}

export interface PhaseGroup {
  phase: string;
  items: ScopeItem[];
}

/** Items grouped by phase, phases in the order in which they first appear, items in their own order within each. */
export function groupByPhase(items: readonly ScopeItem[]): PhaseGroup[] {
  const groups = new Map<string, ScopeItem[]>();
  for (const item of items) {
    const group = groups.get(item.phase);
    if (group === undefined) groups.set(item.phase, [item]);
    else group.push(item);
  }
  return [...groups].map(([phase, grouped]) => ({ phase, items: grouped }));
}

/** The rows in the order the grid shows them (grouped by phase), for moving between rows with the arrow keys. */
export function displayOrder(items: readonly ScopeItem[]): string[] {
  return groupByPhase(items).flatMap((group) => group.items.map((item) => item.id));
}

/**
 * A new, empty item like `after` (same phase, role and tier), placed right after it; or the first one, in the Build
 * phase. Its title and a first phase are written in `language`, the app's (a proposal prints the phase in its own).
 */
export function addItem(scope: Scope, id: string, after: string | null, language: UiLanguage = 'en'): { scope: Scope; item: ScopeItem } {
  const index = after === null ? -1 : scope.items.findIndex((item) => item.id === after);
  const model = index >= 0 ? scope.items[index] : scope.items.at(-1);
  const item: ScopeItem = {
    id,
    title: newItemTitle(language),
    // The drafted phase's own name, so a proposal prints it in its language (shared/scope/in-language.ts phaseName).
    phase: model?.phase ?? m.scope_phase_build({}, { locale: language }),
    role: model?.role ?? scope.rates[0]?.role ?? 'developer',
    low: 0,
    likely: 0,
    high: 0,
    ...(model?.tier === undefined ? {} : { tier: model.tier }),
  };
  const items = [...scope.items];
  items.splice(index >= 0 ? index + 1 : items.length, 0, item);
  return { scope: { ...scope, items }, item };
}

/** The scope with one item's fields changed (an unknown id changes nothing). */
export function changeItem(scope: Scope, id: string, change: Partial<Omit<ScopeItem, 'id'>>): Scope {
  const index = scope.items.findIndex((item) => item.id === id);
  if (index < 0) return scope;
  const items = [...scope.items];
  const next: Record<string, unknown> = { ...items[index], ...change };
  // An absent flag and a false one mean the same; keep the stored value small and stable.
  for (const key of ['optional', 'deferred', 'description'] as const) if (next[key] === false || next[key] === '' || next[key] === undefined) delete next[key];
  items[index] = next as unknown as ScopeItem;
  return { ...scope, items };
}

/** The days the estimate uses for an item under `framework` (shared/scope/item-days.ts: one rule for both). */
export const daysOf = daysFor;

/**
 * One of an item's days, as edited in the grid for the framework being priced: the days that count for that framework
 * change (so the estimate moves); the other frameworks' days stay for the comparison.
 */
export function changeDays(scope: Scope, id: string, framework: Framework, field: DayField, value: number): Scope {
  const index = scope.items.findIndex((i) => i.id === id);
  if (index < 0) return scope;
  const item = scope.items[index]!;
  const items = [...scope.items];
  items[index] = withDaysFor(item, framework, { ...daysFor(item, framework), [field]: value });
  return { ...scope, items };
}

export interface Removed {
  item: ScopeItem;
  index: number;
}

export function removeItem(scope: Scope, id: string): { scope: Scope; removed: Removed | null } {
  const index = scope.items.findIndex((item) => item.id === id);
  if (index < 0) return { scope, removed: null };
  const items = [...scope.items];
  const [item] = items.splice(index, 1);
  return { scope: { ...scope, items }, removed: { item: item!, index } };
}

/** Puts a removed item back where it was (or at the end, when the list has since shrunk). */
export function restoreItem(scope: Scope, removed: Removed): Scope {
  if (scope.items.some((item) => item.id === removed.item.id)) return scope;
  const items = [...scope.items];
  items.splice(Math.min(removed.index, items.length), 0, removed.item);
  return { ...scope, items };
}

/** Days as typed: a non-negative number with at most two decimals (a comma is read as the decimal point), or null. */
export function parseDays(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d{1,4}(\.\d{0,2})?$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** Day rates are typed in the currency's major units (euros) and stored in minor units (cents). */
export function parseMajorAmount(text: string, minorDigits: number): number | null {
  const trimmed = text
    .trim()
    .replace(/[\s\u00a0']/g, '')
    .replace(',', '.');
  if (!new RegExp(`^\\d{1,9}(\\.\\d{0,${minorDigits}})?$`).test(trimmed)) return null;
  const [whole = '0', fraction = ''] = trimmed.split('.');
  return Number(whole) * 10 ** minorDigits + Number(fraction.padEnd(minorDigits, '0') || '0');
}

export function formatMajorAmount(minor: number, minorDigits: number): string {
  if (minorDigits === 0) return String(minor);
  const scale = 10 ** minorDigits;
  const whole = Math.trunc(minor / scale);
  const fraction = minor % scale;
  return fraction === 0 ? String(whole) : `${whole}.${String(fraction).padStart(minorDigits, '0')}`;
}
