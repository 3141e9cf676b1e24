// What is wrong with a scope, in the grid's words: the item by its title, the column by its heading, never a path.
import { describe, expect, test } from 'vitest';

import { scopeProblem } from '../../shared/scope/problem';
import { DEFAULT_RATE_CARD, emptyScope, type Scope, type ScopeItem } from '../../shared/scope/schema';

const item = (change: Partial<ScopeItem>): ScopeItem => ({
  id: 'a',
  title: 'Integration with SAP',
  phase: 'Build',
  role: 'developer',
  low: 2,
  likely: 3,
  high: 5,
  ...change,
});
const scopeWith = (...items: ScopeItem[]): Scope => ({ ...emptyScope(DEFAULT_RATE_CARD), items });

describe('a scope problem in words', () => {
  test('a valid scope has none', () => {
    expect(scopeProblem(scopeWith(item({})))).toBeNull();
  });

  test('names the item and the estimate for each of low, likely and high', () => {
    expect(scopeProblem(scopeWith(item({ high: 1 })))).toBe('Integration with SAP: the high estimate must be at least the likely one');
    expect(scopeProblem(scopeWith(item({ low: 4 })))).toBe('Integration with SAP: the low estimate must be at most the likely one');
    expect(scopeProblem(scopeWith(item({ likely: 1.234 })))).toBe(
      'Integration with SAP: the likely estimate must be a number of days from 0 with at most two decimals',
    );
  });

  test('the second item by its own title, a framework’s days by the framework, an untitled item by its place', () => {
    const second = item({ id: 'b', title: 'Parcel labels', byFramework: { flask: { low: 1, likely: 3, high: 2 } } });
    expect(scopeProblem(scopeWith(item({}), second))).toBe('Parcel labels: the Flask high estimate must be at least the likely one');
    expect(scopeProblem(scopeWith(item({}), item({ id: 'c', title: '' })))).toBe('Work item 2: the title must not be empty');
  });

  test('a role and a tier the scope does not have', () => {
    expect(scopeProblem(scopeWith(item({ role: 'astronaut' })))).toBe('Integration with SAP: the role is not one of the scope’s rates');
    expect(scopeProblem(scopeWith(item({ tier: 3 })))).toBe('Integration with SAP: the tier must be one of the options named in the scope');
  });

  test('no message carries a schema path', () => {
    for (const bad of [item({ high: 1 }), item({ low: -1 }), item({ title: '' }), item({ phase: '' }), item({ tier: 9 })])
      expect(scopeProblem(scopeWith(bad))).not.toMatch(/items\[|scope\.|\bexpected\b/);
  });
});
