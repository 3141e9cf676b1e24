// The default assumptions, exclusions and client responsibilities follow the answers and never contradict the scope:
// a draft takes only the lines that apply, and the proposal drops a default line the scope delivers against.
import { describe, expect, it } from 'vitest';

import { consistentTexts, deliveredBy, draftTexts } from '../../shared/scope/default-texts';
import { draftScope } from '../../shared/scope/draft';
import { DEFAULT_RATE_CARD, emptyScope, type Scope } from '../../shared/scope/schema';

const item = (id: string, title: string, extra: Partial<Scope['items'][number]> = {}): Scope['items'][number] => ({
  id,
  title,
  phase: 'Build',
  role: 'developer',
  low: 1,
  likely: 2,
  high: 3,
  ...extra,
});

describe('draftTexts', () => {
  it('drafts the third-party assumption and the access to existing systems only when there are integrations or software', () => {
    const bare = draftTexts({ existingFramework: 'none' });
    expect(bare.assumptions.join(' ')).not.toMatch(/Third-party/);
    expect(bare.clientResponsibilities.join(' ')).not.toMatch(/existing systems/);
    const joined = draftTexts({ integrations: ['Stripe'], existingFramework: 'django' });
    expect(joined.assumptions.join(' ')).toMatch(/Third-party services/);
    expect(joined.clientResponsibilities.join(' ')).toMatch(/existing systems/);
  });

  it('assumes the client’s own infrastructure when they host it, a cloud provider otherwise', () => {
    expect(draftTexts({ hosting: 'on-premises' }).assumptions.join(' ')).toMatch(/infrastructure the client provides/);
    expect(draftTexts({ hosting: 'on-premises' }).assumptions.join(' ')).not.toMatch(/mainstream cloud/);
    expect(draftTexts({ hosting: 'eu-cloud' }).assumptions.join(' ')).toMatch(/mainstream cloud/);
  });

  it('never drafts an exclusion the draft’s own items deliver: translations for several languages, the mobile app API', () => {
    for (const requirements of [{ languages: ['th', 'en'] }, { mobile: 'native-app' as const, languages: ['de', 'en', 'fr'] }, { integrations: ['SAP'] }]) {
      const scope = draftScope(requirements, DEFAULT_RATE_CARD);
      expect(consistentTexts(scope, requirements)).toEqual({
        assumptions: scope.assumptions,
        exclusions: scope.exclusions,
        clientResponsibilities: scope.clientResponsibilities,
      });
    }
  });
});

describe('consistentTexts', () => {
  const old: Scope = {
    ...emptyScope(DEFAULT_RATE_CARD),
    exclusions: [
      'Native mobile apps.',
      'Writing content, translating it and entering existing data.',
      'Support and maintenance after launch, quoted separately.',
    ],
  };

  it('replaces the old combined exclusion by the parts a scope with translations and a data migration does not deliver', () => {
    const scope = { ...old, items: [item('i18n', 'Translations (th, en)'), item('migration', 'Data migration from the legacy ERP')] };
    expect(deliveredBy(scope.items)).toMatchObject({ translation: true, dataMigration: true });
    expect(consistentTexts(scope, {}).exclusions).toEqual([
      'Native mobile apps.',
      'Writing the product\u2019s content.',
      'Support and maintenance after launch, quoted separately.',
    ]);
  });

  it('keeps "Native mobile apps" beside the API a store app needs, drops it beside the app itself', () => {
    const api = draftScope({ mobile: 'native-app' }, DEFAULT_RATE_CARD);
    expect(api.exclusions).toContain('Native mobile apps.');
    expect(consistentTexts(api, { mobile: 'native-app' }).exclusions).toContain('Native mobile apps.');
    const app = { ...old, items: [item('app', 'iOS app for drivers')] };
    expect(consistentTexts(app, {}).exclusions).not.toContain('Native mobile apps.');
  });

  it('keeps every part when nothing contradicts it, and drops support when the scope sells a support package', () => {
    expect(consistentTexts(old, {}).exclusions).toHaveLength(5);
    const supported = { ...old, items: [item('care', 'Support and maintenance, first 3 months')] };
    expect(consistentTexts(supported, {}).exclusions).not.toContain('Support and maintenance after launch, quoted separately.');
  });

  it('drops translation when the answers name several languages, even before the item is drafted', () => {
    const texts = consistentTexts({ ...old, exclusions: ['Translating content into other languages.'] }, { languages: ['de', 'en'] });
    expect(texts.exclusions).toEqual([]);
  });

  it('counts deferred items as not delivered, and prints the consultant’s own lines as written', () => {
    const scope = {
      ...old,
      items: [item('i18n', 'Translations', { deferred: true })],
      exclusions: ['Translating the legal pages (the client’s lawyers do it).'],
    };
    expect(consistentTexts(scope, { languages: ['de'] }).exclusions).toEqual(['Translating the legal pages (the client’s lawyers do it).']);
    expect(deliveredBy(scope.items).translation).toBe(false);
  });
});
