// @vitest-environment jsdom
// Settings' team and references lines in the app's language: a line that does not read, and one entry too many, are
// named in German when the app speaks German, and in the parser's own English words when it speaks English.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { afterEach, describe, expect, test, vi } from 'vitest';

vi.mock('../../renderer/src/lib/api', () => import('./fake-api'));

import { flushSync } from 'svelte';

import TeamReferencesForm from '../../renderer/src/components/TeamReferencesForm.svelte';
import { applyUiLanguage } from '../../renderer/src/lib/i18n.svelte';
import { useFakeApi } from './fake-api';
import { type Mounted, one, show } from './mount';

useFakeApi({ 'settings.update': async () => ({ ok: true, value: {} }) });

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.destroy();
  mounted = null;
  applyUiLanguage('en');
});

function type(selector: string, text: string): string {
  const area = one<HTMLTextAreaElement>(mounted!.target, selector);
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  flushSync();
  return one(mounted!.target, `${selector}-error`).textContent ?? '';
}

describe('team and references lines in the app’s language', () => {
  test('in German a line that does not read and one case study too many are named in German', () => {
    applyUiLanguage('de');
    mounted = show(TeamReferencesForm, {});
    expect(type('#branding-team', `${'A'.repeat(81)} — CTO`)).toBe(
      'Team, Zeile 1: Schreiben Sie „Name — Rolle — eine Zeile über die Person“ (ein Name mit höchstens 80 Zeichen).',
    );
    expect(type('#branding-references', 'Acme — gute Arbeit')).toBe('Referenzen, Zeile 1: Schreiben Sie „Kunde — Ergebnis — Jahr“ (ein Jahr wie 2025).');
    const six = Array.from({ length: 6 }, (_, i) => `Kunde ${i} — erledigt — 2020`).join('\n');
    expect(type('#branding-references', six)).toBe('Referenzen: höchstens 5 Fallbeispiele.');
  });

  test('in English the parser’s own sentence, word for word', () => {
    mounted = show(TeamReferencesForm, {});
    expect(type('#branding-references', 'Acme — great work')).toBe('references, line 1: write it as "Client — the outcome — year" (a year like 2025)');
  });
});
