// What is wrong with a scope, in the words of the grid a consultant types it in: the item by its title and the column
// by its heading ("Integration with SAP: the high estimate must be at least the likely one"), never a schema path.
// Pure; reads the scope as it stands (possibly invalid) and scopeSchema's issues, decides nothing itself.
import type { z } from 'zod';

import { FRAMEWORK_NAMES, FRAMEWORKS } from '../engine/requirements';
import { scopeSchema } from './schema';

type Issue = z.core.$ZodIssue;

const ESTIMATES: Record<string, string> = { low: 'low', likely: 'likely', high: 'high' };

const ITEM_COLUMNS: Record<string, string> = {
  title: 'the title',
  description: 'the description',
  phase: 'the phase',
  role: 'the role',
  tier: 'the tier',
  id: 'its id',
};

const SCOPE_FIELDS: Record<string, string> = {
  currency: 'The currency',
  rates: 'The rates',
  pmPercent: 'Project management %',
  qaPercent: 'Quality assurance %',
  contingencyPercent: 'Contingency %',
  tiers: 'The tier names',
  items: 'The work items',
  assumptions: 'The assumptions',
  exclusions: 'The exclusions',
  clientResponsibilities: 'The client’s responsibilities',
  recommendedTier: 'The recommended tier',
  startDate: 'The start date',
  payments: 'The payments',
  taxPercent: 'The tax rate',
  taxLabel: 'The tax’s name',
};

/** The item a path points at, by its title (or its place in the list when it has none). */
function itemName(scope: unknown, index: number): string {
  const items = (scope as { items?: unknown } | null)?.items;
  const item: unknown = Array.isArray(items) ? items[index] : undefined;
  const title = (item as { title?: unknown } | undefined)?.title;
  return typeof title === 'string' && title.trim() !== '' ? title.trim() : `Work item ${index + 1}`;
}

/** One of an item's low/likely/high estimates, as the grid's columns name them. */
function estimateProblem(which: string, issue: Issue): string {
  const name = `the ${which} estimate`;
  if (issue.code === 'custom' && which === 'low') return `${name} must be at most the likely one`;
  if (issue.code === 'custom' && which === 'high') return `${name} must be at least the likely one`;
  return `${name} must be a number of days from 0 with at most two decimals`;
}

function itemProblem(scope: unknown, index: number, rest: readonly PropertyKey[], issue: Issue): string {
  const name = itemName(scope, index);
  const [column, framework, which] = rest;
  if (typeof column === 'string' && column in ESTIMATES) return `${name}: ${estimateProblem(ESTIMATES[column]!, issue)}`;
  if (column === 'byFramework' && typeof framework === 'string' && (FRAMEWORKS as readonly string[]).includes(framework) && typeof which === 'string') {
    const label = FRAMEWORK_NAMES[framework as keyof typeof FRAMEWORK_NAMES];
    return `${name}: ${estimateProblem(ESTIMATES[which] ?? which, issue).replace('the ', `the ${label} `)}`;
  }
  if (column === 'title' && issue.code === 'too_small') return `${name}: the title must not be empty`;
  if (column === 'phase' && issue.code === 'too_small') return `${name}: the phase must not be empty`;
  if (column === 'role') return `${name}: the role is not one of the scope’s rates`;
  if (column === 'tier') return `${name}: the tier must be one of the options named in the scope`;
  if (column === 'id') return `${name}: another item has the same id`;
  const label = typeof column === 'string' ? (ITEM_COLUMNS[column] ?? `the ${column}`) : 'the item';
  return `${name}: ${label} ${issue.message === '' ? 'is not valid' : `is not valid (${issue.message})`}`;
}

/** One issue of scopeSchema in words. */
export function describeScopeIssue(scope: unknown, issue: Issue): string {
  const [first, second, ...rest] = issue.path;
  if (first === 'items' && typeof second === 'number') return itemProblem(scope, second, rest, issue);
  const label = typeof first === 'string' ? (SCOPE_FIELDS[first] ?? `The ${first}`) : 'The scope';
  return `${label}: ${issue.message}`;
}

/** The first thing wrong with a scope, in words; null when scopeSchema accepts it. */
export function scopeProblem(scope: unknown): string | null {
  const result = scopeSchema.safeParse(scope);
  if (result.success) return null;
  const issue = result.error.issues[0];
  return issue === undefined ? 'The scope is not valid' : describeScopeIssue(scope, issue);
}
