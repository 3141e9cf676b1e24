// An estimate said "about" is written as one would say it: whole days from ten days up, at most a tenth below ("about
// 221.82 days" read as false precision on the client's page). Tables whose rows add up keep their hundredths.
import { describe, expect, it } from 'vitest';

import { DEFAULT_PROPOSAL_SETTINGS } from '../../shared/branding';
import { recommend } from '../../shared/engine';
import { PROPOSAL_LANGUAGES } from '../../shared/i18n/language';
import { buildProposalModel } from '../../shared/proposal';
import { roundedDays } from '../../shared/proposal/formatting';
import { assessmentOf, REALISTIC_REQUIREMENTS, REVISION, SAMPLE_BRANDING, scopeOf, stringsOf } from './fixtures';

describe('days said "about"', () => {
  it('rounds to whole days from ten up and to a tenth below, half away from zero', () => {
    expect(roundedDays(221.82)).toBe(222);
    expect(roundedDays(10.5)).toBe(11);
    expect(roundedDays(9.96)).toBe(10);
    expect(roundedDays(9.94)).toBe(9.9);
    expect(roundedDays(2.25)).toBe(2.3);
    expect(roundedDays(0.04)).toBe(0);
    expect(roundedDays(0)).toBe(0);
  });

  for (const language of PROPOSAL_LANGUAGES) {
    it(`never carries hundredths of a day in a sentence of the ${language} client edition`, () => {
      // Items of 1.37 days make totals with hundredths.
      const base = scopeOf(24);
      const scope = { ...base, items: base.items.map((i) => ({ ...i, low: 1.13, likely: 1.37, high: 2.71 })) };
      const model = buildProposalModel(assessmentOf(), recommend(REALISTIC_REQUIREMENTS), SAMPLE_BRANDING, REVISION, {
        edition: 'client',
        scope,
        settings: { ...DEFAULT_PROPOSAL_SETTINGS, locale: 'en-GB' },
        number: 'SW-2026-0042',
        language,
      });
      const sentences = stringsOf(model.sections).filter((t) => t.length > 40);
      expect(sentences.length).toBeGreaterThan(10);
      // A figure with two decimals followed by a word: "221.82 days", "221,82 Tage", "221,82 jours"...
      // Money is written to the cent: taken out first (the scope is in euros).
      const precise = sentences.filter((t) => /\d[.,]\d\d(?!\d)\s*\p{L}/u.test(t.replace(/€\s?[\d.,\u00A0\u202F ]*\d|\d[\d.,\u00A0\u202F ]*\s?€/gu, '€')));
      expect(precise).toEqual([]);
    });
  }
});
