// What a client expects to read: the plan in calendar dates from the scope's startDate (with a warning for the
// consultant when it ends after the target date), and "What we heard" in the client's terms: dates written out,
// budgets in the scope's currency. Model-level; the page rules test renders the same sections.
import { describe, expect, it } from 'vitest';

import { DEFAULT_BRANDING, DEFAULT_PROPOSAL_SETTINGS } from '../../shared/branding';
import { recommend, type Requirements } from '../../shared/engine';
import type { ProposalLanguage } from '../../shared/i18n/language';
import { buildProposalModel, type ProposalModel } from '../../shared/proposal';
import type { Scope } from '../../shared/scope/schema';
import { assessmentOf, REALISTIC_REQUIREMENTS, REVISION, scopeOf } from './fixtures';

function modelOf(
  requirements: Requirements,
  scope: Scope,
  edition: 'client' | 'internal' = 'client',
  locale = 'en-GB',
  language: ProposalLanguage = 'en',
): ProposalModel {
  return buildProposalModel(assessmentOf({ requirements }), recommend(requirements), DEFAULT_BRANDING, REVISION, {
    edition,
    scope,
    settings: { ...DEFAULT_PROPOSAL_SETTINGS, locale },
    language,
  });
}
const section = (model: ProposalModel, title: string): string => JSON.stringify(model.sections.find((s) => s.title === title)?.blocks ?? null);
const sectionAt = (model: ProposalModel, index: number): string => JSON.stringify(model.sections[index]?.blocks ?? null);

describe('the timeline in calendar dates', () => {
  const requirements: Requirements = { ...REALISTIC_REQUIREMENTS, targetDate: '2027-03-19' };

  it('dates every phase from the start date in working weeks, and explains the weeks against the days of work', () => {
    const text = section(modelOf(requirements, scopeOf(40, { startDate: '2027-03-01' })), 'Timeline');
    expect(text).toContain('Work starts on 1 March 2027 and the last phase ends on');
    expect(text).toContain('"Working weeks"');
    expect(text).toMatch(/days of development \(and [\d.,]+ days of management, testing and contingency alongside\)/);
    expect(text).not.toContain('Internal:');
  });

  it('warns the internal edition, and only it, when the plan ends after the target date', () => {
    const internal = section(modelOf(requirements, scopeOf(40, { startDate: '2027-03-01' }), 'internal'), 'Timeline');
    expect(internal).toContain('after the client\u2019s target date of 19 March 2027');
    const early = section(modelOf({ ...requirements, targetDate: '2028-01-01' }, scopeOf(40, { startDate: '2027-03-01' }), 'internal'), 'Timeline');
    expect(early).not.toContain('target date');
  });

  it('keeps relative weeks without a start date', () => {
    const text = section(modelOf(requirements, scopeOf(40)), 'Timeline');
    expect(text).toContain('of working time from the start');
    expect(text).not.toContain('Work starts on');
  });
});

describe('what we heard, in the client’s terms', () => {
  it('writes the target date out and the budget in the scope’s currency, in the proposal’s locale', () => {
    const requirements: Requirements = { ...REALISTIC_REQUIREMENTS, targetDate: '2027-09-30', budgetRange: '25k-75k' };
    const en = section(modelOf(requirements, scopeOf(10)), 'What we heard');
    expect(en).toContain('30 September 2027');
    expect(en).not.toContain('2027-09-30');
    expect(en).toContain('€25,000 to €75,000');
    // The German proposal writes German dates and money, in German words, whatever the settings' locale.
    for (const locale of ['en-GB', 'de-DE']) {
      const de = section(modelOf({ ...requirements, budgetRange: 'over-200k' }, scopeOf(10), 'client', locale, 'de'), 'Was wir von Ihnen erfahren haben');
      expect(de).toContain('30. September 2027');
      expect(de).toMatch(/Über 200\.000\s€/);
    }
    // A Swiss locale is a variant of German: its conventions are kept.
    const swiss = section(modelOf({ ...requirements, budgetRange: 'over-200k' }, scopeOf(10), 'client', 'de-CH', 'de'), 'Was wir von Ihnen erfahren haben');
    expect(swiss).toMatch(/Über EUR\s200['’]000/);
  });

  it('never mixes a German locale into an English proposal: its dates and money stay English', () => {
    const requirements: Requirements = { ...REALISTIC_REQUIREMENTS, targetDate: '2027-09-30', budgetRange: 'over-200k' };
    const en = sectionAt(modelOf(requirements, scopeOf(10), 'client', 'de-DE'), 1);
    expect(en).toContain('30 September 2027');
    expect(en).not.toContain('30. September 2027');
    expect(en).toContain('Over €200,000');
    const us = sectionAt(modelOf(requirements, scopeOf(10), 'client', 'en-US'), 1);
    expect(us).toContain('September 30, 2027');
  });
});
