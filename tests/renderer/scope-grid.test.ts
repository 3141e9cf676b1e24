// The grid's edits as pure functions: grouping by phase, adding after a row, changing, removing and putting back,
// and reading typed days and amounts.
import { describe, expect, test } from 'vitest';

import {
  addItem,
  changeDays,
  changeItem,
  daysOf,
  displayOrder,
  formatMajorAmount,
  groupByPhase,
  newItemTitle,
  parseDays,
  parseMajorAmount,
  removeItem,
  restoreItem,
} from '../../renderer/src/lib/scope-grid';
import { addedTierName, DEFAULT_RATE_CARD, emptyScope, type Scope, scopeSchema } from '../../shared/scope/schema';

function scope(): Scope {
  const items = [
    { id: 'a', title: 'Accounts', phase: 'Build', role: 'developer', low: 1, likely: 2, high: 3 },
    { id: 'b', title: 'Deploy', phase: 'Launch', role: 'developer', low: 1, likely: 1, high: 2 },
    { id: 'c', title: 'Admin', phase: 'Build', role: 'senior-developer', low: 2, likely: 3, high: 5, tier: 1 },
  ];
  return scopeSchema.parse({ ...emptyScope(DEFAULT_RATE_CARD), items });
}

describe('the scope grid', () => {
  test('groups rows by phase in the order phases first appear, and moves between rows in that order', () => {
    expect(groupByPhase(scope().items).map((g) => [g.phase, g.items.map((i) => i.id)])).toEqual([
      ['Build', ['a', 'c']],
      ['Launch', ['b']],
    ]);
    expect(displayOrder(scope().items)).toEqual(['a', 'c', 'b']);
  });

  test('adds a valid new row right after the current one, in its phase, role and tier, without touching the old scope', () => {
    const before = scope();
    const { scope: after, item } = addItem(before, 'n', 'c');
    expect(after.items.map((i) => i.id)).toEqual(['a', 'b', 'c', 'n']);
    expect(item).toMatchObject({ title: newItemTitle('en'), phase: 'Build', role: 'senior-developer', tier: 1, low: 0, likely: 0, high: 0 });
    expect(displayOrder(after.items)).toEqual(['a', 'c', 'n', 'b']);
    expect(before.items).toHaveLength(3);
    expect(scopeSchema.safeParse(after).success).toBe(true);
    expect(addItem(emptyScope(DEFAULT_RATE_CARD), 'first', null).item).toMatchObject({ phase: 'Build', role: 'developer' });
  });

  test('a row added by hand in the German app is titled and phased in German, a tier added is named in German; the old stays as typed', () => {
    expect(newItemTitle('en')).toBe('New item');
    const { item } = addItem(emptyScope(DEFAULT_RATE_CARD, 'de'), 'first', null, 'de');
    expect(item).toMatchObject({ title: 'Neues Arbeitspaket', phase: 'Umsetzung' });
    expect(scopeSchema.safeParse(addItem(emptyScope(DEFAULT_RATE_CARD, 'de'), 'first', null, 'de').scope).success).toBe(true);
    // Below an item the consultant placed in a phase of their own, the new row joins that phase as typed.
    expect(addItem(scope(), 'n', 'c', 'de').item).toMatchObject({ title: 'Neues Arbeitspaket', phase: 'Build' });
    expect(emptyScope(DEFAULT_RATE_CARD, 'de').tiers).toEqual(['Standard']);
    expect([1, 2, 3].map((n) => addedTierName(n, 'de'))).toEqual(['Erweitert', 'Komplett', 'Variante 4']);
  });

  test('changes one item, dropping flags that are false so equal scopes stay equal', () => {
    const changed = changeItem(scope(), 'a', { likely: 2.5, optional: true });
    expect(changed.items[0]).toMatchObject({ likely: 2.5, optional: true });
    expect(changeItem(changed, 'a', { optional: false }).items[0]).not.toHaveProperty('optional');
    expect(changeItem(scope(), 'zzz', { likely: 9 })).toEqual(scope());
  });

  test('removes a row and puts it back where it was', () => {
    const { scope: without, removed } = removeItem(scope(), 'b');
    expect(without.items.map((i) => i.id)).toEqual(['a', 'c']);
    expect(restoreItem(without, removed!).items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(restoreItem(scope(), removed!).items).toHaveLength(3);
  });

  test('reads days with at most two decimals, and refuses negative or non-numeric text', () => {
    expect(parseDays('2')).toBe(2);
    expect(parseDays(' 1,5 ')).toBe(1.5);
    expect(parseDays('0.25')).toBe(0.25);
    for (const bad of ['', '-1', 'abc', '1.234', '1e3', '2 days']) expect(parseDays(bad), bad).toBeNull();
  });

  test('reads day rates typed in major units into minor units, exactly', () => {
    expect(parseMajorAmount('550', 2)).toBe(55000);
    expect(parseMajorAmount('1 234,56', 2)).toBe(123456);
    expect(parseMajorAmount('0.1', 2)).toBe(10);
    expect(parseMajorAmount('80000', 0)).toBe(80000);
    for (const bad of ['', '-5', '1.234', 'ten']) expect(parseMajorAmount(bad, 2), bad).toBeNull();
    expect(parseMajorAmount('1.5', 0)).toBeNull();
    expect(formatMajorAmount(55000, 2)).toBe('550');
    expect(formatMajorAmount(123456, 2)).toBe('1234.56');
    expect(formatMajorAmount(80000, 0)).toBe('80000');
  });
});

describe('days per framework in the grid', () => {
  test('shows and edits the days of the framework being priced, keeping the others for the comparison', () => {
    const base = scope();
    const withDays = changeItem(base, 'a', {
      low: 2,
      likely: 3,
      high: 4,
      byFramework: { django: { low: 2, likely: 3, high: 4 }, flask: { low: 5, likely: 6, high: 9 } },
    });
    const item = withDays.items[0]!;
    expect(daysOf(item, 'flask')).toEqual({ low: 5, likely: 6, high: 9 });
    expect(daysOf(item, 'fastapi')).toEqual({ low: 2, likely: 3, high: 4 });
    const edited = changeDays(withDays, 'a', 'flask', 'likely', 7);
    expect(edited.items[0]!.byFramework).toEqual({ django: { low: 2, likely: 3, high: 4 }, flask: { low: 5, likely: 7, high: 9 } });
    expect(edited.items[0]!.likely).toBe(3);
    expect(changeDays(withDays, 'a', 'fastapi', 'likely', 3.5).items[0]).toMatchObject({ likely: 3.5, byFramework: withDays.items[0]!.byFramework });
    expect(changeDays(base, 'b', 'django', 'high', 3).items[1]).toMatchObject({ high: 3 });
    expect(changeDays(base, 'b', 'django', 'high', 3).items[1]).not.toHaveProperty('byFramework');
  });
});
