// What reading long proposals page by page found: sentences that only held for short inputs (a tier's name of several
// words), default texts that contradicted the page they print on, and numbers broken at their hyphens.
import { describe, expect, it } from 'vitest';

import { DEFAULT_PROPOSAL_SETTINGS } from '../../shared/branding';
import { recommend } from '../../shared/engine';
import { buildProposalModel, type Section } from '../../shared/proposal';
import { layoutText } from '../../shared/proposal/layout';
import { assessmentOf, REVISION, SAMPLE_BRANDING, scopeOf } from './fixtures';
import { nodeFaces } from './node-render';

const LONG_TIERS = ['Grundversorgung für den Einstieg', 'Erweiterte Plattform mit Integrationen', 'Vollständige Unternehmenslösung mit Betrieb'];

function sectionsFor(tiers: string[]): Section[] {
  const assessment = assessmentOf();
  const base = scopeOf(12);
  return buildProposalModel(assessment, recommend(assessment.requirements), SAMPLE_BRANDING, REVISION, {
    scope: { ...base, tiers, items: base.items.map((item) => ({ ...item, tier: Math.min(item.tier ?? 1, tiers.length) })) },
    settings: DEFAULT_PROPOSAL_SETTINGS,
  }).sections;
}

const paragraphs = (section: Section | undefined): string[] => (section?.blocks ?? []).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

describe('long inputs in the proposal', () => {
  it('offers the options in the acceptance as "A, B or C", whatever the length of the last name', () => {
    const acceptance = paragraphs(sectionsFor(LONG_TIERS).find((s) => s.title === 'Acceptance')).join(' ');
    expect(acceptance).toContain('(Grundversorgung für den Einstieg, Erweiterte Plattform mit Integrationen or Vollständige Unternehmenslösung mit Betrieb)');
    const short = paragraphs(sectionsFor(['Basis', 'Plus']).find((s) => s.title === 'Acceptance')).join(' ');
    expect(short).toContain('(Basis or Plus)');
  });

  it('prints default payment terms that add no stages of their own beside the payment schedule', () => {
    const terms = sectionsFor(LONG_TIERS).find((s) => s.title === 'Terms');
    expect(terms?.blocks.some((b) => b.kind === 'table')).toBe(true);
    // The schedule's stages are the scope's (On signature, At the beta, At launch); the text must not name others.
    expect(paragraphs(terms).join(' ')).not.toMatch(/%|midpoint|on delivery/);
  });
});

describe('numbers in running text', () => {
  it('never breaks a proposal number or a phone number at its hyphens, yet still breaks after a hyphen before a word', async () => {
    const fonts = await nodeFaces([]);
    const text = 'By signing, the client accepts this proposal (SW-2026-0042) and calls 973-814-2525 about the follow-up';
    for (let width = 60; width <= 400; width += 7) {
      const lines = layoutText(text, 'regular', 10, width, fonts, new Set()).map((line) => line.runs.map((r) => r.text).join(''));
      for (const line of lines) expect(line, `width ${width}: ${lines.join(' | ')}`).not.toMatch(/(SW|\d)-\s*$/);
    }
    const broken = [30, 35, 40, 45]
      .flatMap((width) => layoutText('well-known', 'regular', 10, width, fonts, new Set()))
      .map((line) => line.runs.map((r) => r.text).join(''));
    expect(broken).toContain('well-');
  });
});

describe('the optional add-ons with a single tier', () => {
  it('are one section whose title is not repeated as a subheading under it', () => {
    const section = sectionsFor(['Standard']).find((s) => s.title === 'Optional add-ons');
    expect(section).toBeDefined();
    expect(section!.blocks.filter((b) => b.kind === 'subheading').map((b) => (b.kind === 'subheading' ? b.text : ''))).not.toContain('Optional add-ons');
    // With a choice of tiers the add-ons stay a subheading of Options.
    const options = sectionsFor(LONG_TIERS).find((s) => s.title === 'Options');
    expect(options!.blocks.some((b) => b.kind === 'subheading' && b.text === 'Optional add-ons')).toBe(true);
  });
});
