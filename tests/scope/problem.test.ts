// What is wrong with a scope, in the grid's words: the item by its title, the column by its heading, never a path.
import { describe, expect, test } from 'vitest';

import { PROPOSAL_LANGUAGES } from '../../shared/i18n/language';
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

describe('a scope problem in the language asked for', () => {
  test('the grid’s own problems in German name the item, the estimate and the column in German', () => {
    expect(scopeProblem(scopeWith(item({ high: 1 })), 'de')).toBe('Integration with SAP: Die Schätzung „Max“ darf nicht unter der Schätzung „Normal“ liegen');
    expect(scopeProblem(scopeWith(item({ low: 4 })), 'de')).toBe('Integration with SAP: Die Schätzung „Min“ darf nicht über der Schätzung „Normal“ liegen');
    expect(scopeProblem(scopeWith(item({ likely: 1.234 })), 'de')).toBe(
      'Integration with SAP: Die Schätzung „Normal“ muss eine Anzahl Tage ab 0 mit höchstens zwei Nachkommastellen sein',
    );
    const second = item({ id: 'b', title: 'Paketetiketten', byFramework: { flask: { low: 1, likely: 3, high: 2 } } });
    expect(scopeProblem(scopeWith(item({}), second), 'de')).toBe('Paketetiketten: Die Flask-Schätzung „Max“ darf nicht unter der Schätzung „Normal“ liegen');
    expect(scopeProblem(scopeWith(item({}), item({ id: 'c', title: '' })), 'de')).toBe('Arbeitspaket 2: Der Titel darf nicht leer sein');
    expect(scopeProblem(scopeWith(item({ role: 'astronaut' })), 'de')).toBe(
      'Integration with SAP: Die Rolle gehört zu keinem Tagessatz dieses Leistungsumfangs',
    );
    expect(scopeProblem(scopeWith(item({ description: 'x'.repeat(2001) })), 'de')).toBe(
      'Integration with SAP: Die Beschreibung darf höchstens 2000 Zeichen lang sein',
    );
  });

  test('a problem outside the items names the field and what it accepts, in German, never zod’s English', () => {
    const scope = scopeWith(item({}));
    expect(scopeProblem({ ...scope, taxPercent: 120 }, 'de')).toBe('Steuersatz: höchstens 100');
    expect(scopeProblem({ ...scope, currency: 'eur' }, 'de')).toBe('Währung: ein ISO-4217-Währungscode in Großbuchstaben (z. B. EUR, GBP, USD)');
    expect(scopeProblem({ ...scope, payments: [{ label: 'Anzahlung', percent: 50 }] }, 'de')).toBe(
      'Zahlungsplan: Prozentsätze, die zusammen 100 ergeben (diese ergeben 50)',
    );
    expect(scopeProblem({ ...scope, recommendedTier: 2 }, 'de')).toBe('Empfohlene Stufe: höchstens 1, die Anzahl der benannten Stufen');
    expect(scopeProblem({ ...scope, startDate: '2027-02-30' }, 'de')).toBe('Startdatum: ein Datum im Format JJJJ-MM-TT (z. B. 2027-03-01)');
    expect(scopeProblem({ ...scope, tiers: [] }, 'de')).toBe('Namen der Stufen: mindestens ein Eintrag');
  });

  test('the same problems in English keep the grid’s words and carry no schema wording', () => {
    const scope = scopeWith(item({}));
    expect(scopeProblem({ ...scope, taxPercent: 120 })).toBe('The tax rate: at most 100');
    expect(scopeProblem({ ...scope, currency: 'eur' })).toBe('The currency: an ISO 4217 currency code in capitals (like EUR, GBP, USD)');
    expect(scopeProblem({ ...scope, pmPercent: 1.234 })).toBe('Project management %: a number with at most two decimals (like 1.25)');
  });

  test('every proposal language words each problem, none in English, none with a placeholder left', () => {
    const scope = scopeWith(item({}));
    const broken = [
      scopeWith(item({ high: 1 })),
      scopeWith(item({ low: -1 })),
      scopeWith(item({ title: '' })),
      scopeWith(item({ tier: 3 })),
      scopeWith(item({ id: 'a' }), item({})),
      { ...scope, taxPercent: 120 },
      { ...scope, currency: 'eur' },
      { ...scope, unknown: 1 },
    ];
    for (const language of PROPOSAL_LANGUAGES) {
      for (const bad of broken) {
        const problem = scopeProblem(bad, language);
        expect(problem).not.toBeNull();
        expect(problem).not.toMatch(/[{}]|items\[|\bexpected\b/);
        if (language !== 'en') expect(problem, language).not.toBe(scopeProblem(bad));
      }
    }
  });
});
