// Project context: recorded in the requirements record, it drafts scope items and shows in the proposal's "what we
// heard", but moves no framework score and never changes the confidence.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { parseContextList, recommend, type Requirements, requirementsSchema } from '../../shared/engine';
import { buildProposalModel } from '../../shared/proposal';
import { draftScope } from '../../shared/scope/draft';
import { DEFAULT_RATE_CARD, scopeSchema } from '../../shared/scope/schema';
import { requirementsArbitrary } from '../fixtures/arbitraries';
import { SAMPLE_BRANDING } from '../proposal/fixtures';

const context = fc.record(
  {
    budgetRange: fc.constantFrom('under-25k', '25k-75k', '75k-200k', 'over-200k', 'not-set'),
    targetDate: fc.constantFrom('2027-01-31', '2026-12-01'),
    hosting: fc.constantFrom('no-preference', 'public-cloud', 'eu-cloud', 'on-premises', 'client-provider'),
    integrations: fc.array(fc.constantFrom('Stripe', 'Mailchimp', 'SAP', 'Our CRM'), { maxLength: 4 }),
    personalData: fc.boolean(),
    personalDataKinds: fc.constantFrom('', 'names and emails'),
    mobile: fc.constantFrom('not-needed', 'responsive', 'native-app'),
    languages: fc.array(fc.constantFrom('Spanish', 'Catalan', 'English'), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

describe('project context', () => {
  it('moves no score and never changes the winner or the confidence', () => {
    fc.assert(
      fc.property(requirementsArbitrary, context, (r, c) => {
        const plain = recommend(r);
        const withContext = recommend({ ...r, ...c });
        expect(withContext.ranking).toEqual(plain.ranking);
        expect(withContext.confidence).toBe(plain.confidence);
        expect(withContext.answered).toBe(plain.answered);
        expect(withContext.openQuestions).toEqual(plain.openQuestions);
      }),
      { numRuns: 150 },
    );
  });

  it('is accepted by the requirements schema, and a bad value is refused by name', () => {
    expect(requirementsSchema.safeParse({ budgetRange: '25k-75k', integrations: ['Stripe'], targetDate: '2027-03-01' }).success).toBe(true);
    const bad = requirementsSchema.safeParse({ targetDate: 'next spring' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.path).toEqual(['targetDate']);
  });

  it('splits a typed list into trimmed items without blanks or repeats', () => {
    expect(parseContextList(' Stripe, mailchimp ,, Stripe; SAP\n')).toEqual(['Stripe', 'mailchimp', 'SAP']);
  });

  it('drafts one integration item each, a GDPR item, a mobile item and a translation item', () => {
    const scope = draftScope(
      {
        projectKind: 'web-app',
        integrations: ['Stripe', 'Our CRM'],
        personalData: true,
        personalDataKinds: 'volunteer phone numbers',
        mobile: 'responsive',
        languages: ['Spanish', 'Catalan'],
      },
      DEFAULT_RATE_CARD,
    );
    expect(scopeSchema.safeParse(scope).success).toBe(true);
    const titles = scope.items.map((i) => i.title);
    expect(titles).toContain('Integration: Stripe');
    expect(titles).toContain('Integration: Our CRM');
    expect(titles).toContain('Personal data and GDPR');
    expect(titles).toContain('Responsive layout for phones');
    expect(titles.some((t) => t.startsWith('Translations'))).toBe(true);
    expect(scope.items.find((i) => i.id === 'privacy-gdpr')!.description).toContain('volunteer phone numbers');
    const none = draftScope({ projectKind: 'web-app' }, DEFAULT_RATE_CARD).items.map((i) => i.id);
    expect(none.filter((id) => id.startsWith('integration-') || id === 'privacy-gdpr' || id === 'i18n')).toEqual([]);
  });

  it('shows in the proposal\u2019s "what we heard" in words', () => {
    const requirements: Requirements = { budgetRange: '25k-75k', hosting: 'eu-cloud', integrations: ['Stripe'], mobile: 'responsive' };
    const assessment = {
      id: '0b6f1c9e-8d1a-4c43-9a43-3f1f7b1e0a01',
      clientName: 'Fundación',
      projectTitle: 'Portal',
      consultant: 'Ana',
      status: 'draft' as const,
      requirements,
      notes: '',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const model = buildProposalModel(assessment, recommend(requirements), SAMPLE_BRANDING, { number: 1, savedAt: assessment.updatedAt });
    const heard = JSON.stringify(model.sections.find((s) => s.title === 'What we heard'));
    for (const words of ['Roughly what budget', '25,000 to 75,000', 'A cloud inside the EU', 'Stripe', 'in the phone']) expect(heard).toContain(words);
  });
});

describe('project context in bundles', () => {
  it('travels in a bundle and comes back field for field', async () => {
    const { createAssessment, exportBundle, getAssessment, importBundle, parseBundle } = await import('../../db');
    const { tempDatabase } = await import('../db/temp');
    const { db: source } = await tempDatabase();
    const { db: target } = await tempDatabase();
    const requirements: Requirements = {
      projectKind: 'web-app',
      budgetRange: '25k-75k',
      targetDate: '2027-03-01',
      hosting: 'eu-cloud',
      integrations: ['Stripe', 'Our CRM'],
      personalData: true,
      personalDataKinds: 'names',
      mobile: 'responsive',
      languages: ['Spanish', 'Catalan'],
    };
    const { id } = createAssessment(source, { clientName: 'Fundación', requirements });
    const bundle = parseBundle(JSON.parse(JSON.stringify(exportBundle(source, [id]))));
    importBundle(target, bundle);
    expect(getAssessment(target, id)!.requirements).toEqual(requirements);
  });
});
