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

describe('the deal terms in the app’s language', () => {
  test('in German a new stage and the tax name’s placeholder are German', () => {
    applyUiLanguage('de');
    const scope = draftScope(REQUIREMENTS, DEFAULT_RATE_CARD);
    let changed: Scope | null = null;
    mounted = show(ScopeDealTerms, { scope, estimate: estimateScope(scope), onchange: (next: Scope) => (changed = next) });
    expect(mounted.target.querySelector<HTMLInputElement>('#scope-taxLabel')?.placeholder).toBe('MwSt.');
    const add = [...mounted.target.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Rate hinzufügen');
    add!.click();
    expect(changed!.payments!.at(-1)!.label).toBe('Rate');
  });
});
