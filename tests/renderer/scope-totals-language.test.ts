// @vitest-environment jsdom
// The scope view's own words from the scope knowledge speak the app's language: in German the comparison with the other
// frameworks ("Flask würde …"), a new payment stage and the tax's name, never the English they default to.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { afterEach, describe, expect, test } from 'vitest';

import ScopeDealTerms from '../../renderer/src/components/ScopeDealTerms.svelte';
import ScopeTotals from '../../renderer/src/components/ScopeTotals.svelte';
import { applyUiLanguage } from '../../renderer/src/lib/i18n.svelte';
import { recommend, type Requirements } from '../../shared/engine';
import { draftScope, estimateScope } from '../../shared/scope';
import { DEFAULT_RATE_CARD, type Scope } from '../../shared/scope/schema';
import { type Mounted, show } from './mount';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.destroy();
  mounted = null;
  applyUiLanguage('en');
});

// A content platform Django is built for: the other frameworks cost more, and one of them may cost less in a tier.
const REQUIREMENTS: Requirements = { projectKind: 'content-platform', adminPanel: true, auth: 'roles', dataModel: 'complex', lifetime: 'years', teamSize: 3 };

function totals(): HTMLElement {
  const recommendation = recommend(REQUIREMENTS);
  const scope = draftScope(REQUIREMENTS, DEFAULT_RATE_CARD, { framework: recommendation.recommended });
  const estimate = estimateScope(scope, { framework: recommendation.recommended });
  mounted = show(ScopeTotals, { estimate, recommended: 1, onrecommend: () => undefined, scope, reasons: recommendation.reasons });
  return mounted.target;
}

describe('the live estimate in the app’s language', () => {
  test('in German the other frameworks’ costs are German sentences', () => {
    applyUiLanguage('de');
    const text = totals().textContent ?? '';
    expect(text).toMatch(/(Flask|FastAPI) würde/u);
    expect(text).not.toMatch(/\bwould\b|\babout\b|\bdays\b/u);
  });

  test('in English they stay as they were', () => {
    expect(totals().textContent ?? '').toMatch(/(Flask|FastAPI) would/u);
  });
});

// The deal terms hold words of two kinds: the screen's own (labels, buttons, a new stage the consultant names) in the
// app's language, and the defaults the proposal prints (the stages' and the tax's names) in the proposal's.
describe('the deal terms in two languages', () => {
  function dealTerms(language: 'en' | 'de', onchange: (next: Scope) => void = () => undefined): HTMLElement {
    const scope = draftScope(REQUIREMENTS, DEFAULT_RATE_CARD);
    mounted = show(ScopeDealTerms, { scope, estimate: estimateScope(scope), language, onchange });
    return mounted.target;
  }
  const stageNames = (target: HTMLElement): string[] =>
    [...target.querySelectorAll<HTMLInputElement>('tbody td:first-child input')].map((input) => input.value);

  test('a German window and a German proposal: the default stages, the tax name and a new stage are German', () => {
    applyUiLanguage('de');
    let changed: Scope | null = null;
    const target = dealTerms('de', (next) => (changed = next));
    expect(target.querySelector<HTMLInputElement>('#scope-taxLabel')?.placeholder).toBe('MwSt.');
    expect(target.querySelector('[data-testid="price-with-tax"]')?.textContent?.replace(/\s+/gu, ' ')).toMatch(/\+ 0,00 £ MwSt\. =/u);
    expect(stageNames(target)).toEqual(['Bei Vertragsunterzeichnung', 'Bei Lieferung der Betaversion', 'Bei Inbetriebnahme']);
    const add = [...target.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Rate hinzufügen');
    add!.click();
    expect(changed!.payments!.map((p) => p.label)).toEqual(['Bei Vertragsunterzeichnung', 'Bei Lieferung der Betaversion', 'Bei Inbetriebnahme', 'Rate']);
  });

  test('a German window and an English proposal: the screen is German, the words the client reads stay English', () => {
    applyUiLanguage('de');
    let changed: Scope | null = null;
    const target = dealTerms('en', (next) => (changed = next));
    expect(target.querySelector('legend')?.textContent).toBe('Zahlungsplan');
    expect(target.querySelector<HTMLInputElement>('#scope-taxLabel')?.placeholder).toBe('VAT');
    expect(target.querySelector('[data-testid="price-with-tax"]')?.textContent?.replace(/\s+/gu, ' ')).toMatch(/\+ 0,00 £ VAT =/u);
    expect(stageNames(target)).toEqual(['On signature', 'At the beta', 'At launch']);
    // Changing one stage's share keeps the others as the proposal prints them.
    const percent = target.querySelector<HTMLInputElement>('tbody tr:first-child td:nth-child(2) input')!;
    percent.value = '20';
    percent.dispatchEvent(new Event('input', { bubbles: true }));
    expect(changed!.payments!.map((p) => p.label)).toEqual(['On signature', 'At the beta', 'At launch']);
    expect(changed!.payments![0]!.percent).toBe(20);
    // A stage added here is named as the proposal names one, until the consultant names it.
    [...target.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Rate hinzufügen')!.click();
    expect(changed!.payments!.at(-1)!.label).toBe('Stage');
  });
});
