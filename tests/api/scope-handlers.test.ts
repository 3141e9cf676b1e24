// The scope through the API handlers over a real temporary database: saved with the assessment, drafted from the
// answers, rates re-copied only on request, the rate card in Settings, found by search, carried by bundles; and every
// kind of bad input refused with a message naming the field, with nothing written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { listRevisions } from '../../db';
import { DEFAULT_RATE_CARD, emptyScope, type RateCard, type Scope } from '../../shared/scope/schema';
import { closeAfterTest } from '../fixtures/close-after-test';
import { type ApiFixture, apiFixture, fingerprint } from './api-fixture';

let api: ApiFixture;
beforeEach(async () => {
  api = await apiFixture();
});
afterEach(() => api.close());

function scopeOf(items: Partial<Scope['items'][number]>[], extra: Partial<Scope> = {}): Scope {
  return {
    ...emptyScope(DEFAULT_RATE_CARD),
    ...extra,
    items: items.map((item, i) => ({ id: `item-${i}`, title: `Item ${i}`, phase: 'Build', role: 'developer', low: 1, likely: 2, high: 4, ...item })),
  };
}

async function newAssessment(clientName = 'Scope Client'): Promise<string> {
  return (await api.call('assessments.create', { fields: { clientName, projectTitle: 'Portal' } })).id;
}

describe('the scope through the API', () => {
  it('is absent on a new assessment, saved with assessments.update, read back, and cleared with null', async () => {
    const id = await newAssessment();
    expect((await api.call('assessments.get', { id })).scope).toBeNull();
    const scope = scopeOf([{ title: 'Stripe checkout', description: 'Cards and refunds', likely: 3, high: 5 }], {
      assumptions: ['Hosting on the client’s cloud'],
    });
    const saved = await api.call('assessments.update', { id, fields: { scope } });
    expect(saved.scope).toEqual(scope);
    expect((await api.call('assessments.get', { id })).scope).toEqual(scope);
    // Part of the revision it was saved in, so an earlier scope can be recovered.
    expect(listRevisions(api.services.db, id).at(-1)!.fields.scope).toEqual(scope);
    expect((await api.call('assessments.update', { id, fields: { scope: null } })).scope).toBeNull();
    expect(listRevisions(api.services.db, id).at(-1)!.fields).not.toHaveProperty('scope');
    expect((await api.call('assessments.get', { id })).scope).toBeNull();
  });

  it('puts item titles, descriptions and the proposal lists in search, and takes them out when they change', async () => {
    const id = await newAssessment('Search Scope Ltd');
    await api.call('assessments.update', {
      id,
      fields: { scope: scopeOf([{ title: 'Geofencing', description: 'Zoë’s delivery zones' }], { exclusions: ['Penetration testing'] }) },
    });
    for (const word of ['geofenc', 'zoe', 'penetration'])
      expect(
        (await api.call('assessments.list', { search: word })).rows.map((r) => r.id),
        word,
      ).toEqual([id]);
    await api.call('assessments.update', { id, fields: { scope: scopeOf([{ title: 'Payments' }]) } });
    expect((await api.call('assessments.list', { search: 'geofencing' })).total).toBe(0);
    expect((await api.call('assessments.list', { search: 'payments' })).rows.map((r) => r.id)).toEqual([id]);
    expect(api.services.db.prepare("INSERT INTO assessments_fts(assessments_fts, rank) VALUES ('integrity-check', 1)").run().changes).toBeGreaterThanOrEqual(0);
  });

  it('drafts a scope from the saved answers with the rate card, and refuses to replace it unless asked', async () => {
    const id = await newAssessment();
    await api.call('assessments.update', { id, fields: { requirements: { projectKind: 'ecommerce', adminPanel: true, auth: 'roles' } } });
    const drafted = await api.call('scope.draft', { id });
    expect(drafted.scope).not.toBeNull();
    // The answers ask for roles and a back office: the draft has work items for them, each with its days.
    expect(drafted.scope!.items.length).toBeGreaterThan(2);
    expect(JSON.stringify(drafted.scope!.items).toLowerCase()).toMatch(/admin|back office/);
    expect(drafted.scope!.rates).toEqual(DEFAULT_RATE_CARD.rates);
    expect(drafted.scope!.currency).toBe(DEFAULT_RATE_CARD.currency);
    await api.call('assessments.update', { id, fields: { scope: { ...drafted.scope!, assumptions: ['Mine'] } } });
    const before = fingerprint(api.services.db);
    const refused = await api.raw('scope.draft', { id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', field: 'replace' } });
    expect(fingerprint(api.services.db)).toBe(before);
    const replaced = await api.call('scope.draft', { id, replace: true });
    expect(replaced.scope!.assumptions).not.toEqual(['Mine']);
    expect(await api.raw('scope.draft', { id: '7c0e6d3e-8f0a-4c4e-9d7e-2b1a3c4d5e6f' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('names the default roles in the app’s language until the rate card is saved, and keeps the names it was saved with', async () => {
    expect((await api.call('settings.get', {})).rateCard.rates.map((r) => r.name)).toEqual(DEFAULT_RATE_CARD.rates.map((r) => r.name));
    await api.call('settings.update', { uiLanguage: 'de' });
    const german = (await api.call('settings.get', {})).rateCard;
    expect(german.rates.map((r) => r.name)).toEqual(['Entwickler', 'Senior-Entwickler', 'Designer', 'Projektmanager', 'Testingenieur']);
    expect(german.rates.map((r) => r.role)).toEqual(DEFAULT_RATE_CARD.rates.map((r) => r.role));
    // A scope drafted now copies the card the consultant sees.
    const id = await newAssessment();
    expect((await api.call('scope.draft', { id })).scope!.rates.map((r) => r.name)).toContain('Entwickler');
    // Saved once, the card keeps its names whatever language the app speaks later.
    await api.call('settings.update', { rateCard: german });
    await api.call('settings.update', { uiLanguage: 'en' });
    expect((await api.call('settings.get', {})).rateCard).toEqual(german);
  });

  it('keeps the rates a scope was made with when the rate card changes, until scope.updateRates re-copies them', async () => {
    const id = await newAssessment();
    const scope = scopeOf([{ role: 'developer' }]);
    await api.call('assessments.update', { id, fields: { scope } });
    const card: RateCard = { ...DEFAULT_RATE_CARD, currency: 'EUR', pmPercent: 25, rates: [{ role: 'developer', name: 'Developer', dayRate: 80000 }] };
    const settings = await api.call('settings.update', { rateCard: card });
    expect(settings.rateCard).toEqual(card);
    expect((await api.call('settings.get', {})).rateCard).toEqual(card);
    expect((await api.call('assessments.get', { id })).scope).toEqual(scope);
    const updated = await api.call('scope.updateRates', { id });
    expect(updated.scope!.currency).toBe('EUR');
    expect(updated.scope!.rates).toEqual(card.rates);
    expect(updated.scope!.pmPercent).toBe(25);
    expect(updated.scope!.items).toEqual(scope.items);
    const bare = await newAssessment('No Scope');
    expect(await api.raw('scope.updateRates', { id: bare })).toMatchObject({ ok: false, error: { code: 'not_found', field: 'scope' } });
  });

  it('copies the scope when an assessment is duplicated', async () => {
    const id = await newAssessment();
    const scope = scopeOf([{ title: 'Copied item' }]);
    await api.call('assessments.update', { id, fields: { scope } });
    expect((await api.call('assessments.duplicate', { id })).scope).toEqual(scope);
  });

  it('carries the scope through a bundle, and still imports a bundle without one', async () => {
    const id = await newAssessment('Bundle Scope');
    const scope = scopeOf([{ title: 'Bundled item', optional: true }], { tiers: ['Good', 'Better'] });
    await api.call('assessments.update', { id, fields: { scope } });
    const exported = await api.call('bundles.export', { ids: [id] });
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(exported.path!, 'utf8');
    expect(JSON.parse(text).assessments[0].scope).toEqual(scope);

    const other = closeAfterTest(await apiFixture());
    const report = await other.call('bundles.import', { json: text });
    expect(report.added).toEqual([id]);
    expect((await other.call('assessments.get', { id })).scope).toEqual(scope);
    const plain = JSON.parse(text);
    // As a version-1 bundle wrote it: no scope, revisions of requirements and notes only.
    delete plain.assessments[0].scope;
    plain.assessments[0].revisions = [
      { number: 1, createdAt: plain.assessments[0].createdAt, updatedAt: plain.assessments[0].updatedAt, requirements: {}, notes: '' },
    ];
    plain.assessments[0].id = '7c0e6d3e-8f0a-4c4e-9d7e-2b1a3c4d5e6f';
    expect((await other.call('bundles.import', { json: JSON.stringify(plain) })).added).toEqual(['7c0e6d3e-8f0a-4c4e-9d7e-2b1a3c4d5e6f']);
    expect((await other.call('assessments.get', { id: '7c0e6d3e-8f0a-4c4e-9d7e-2b1a3c4d5e6f' })).scope).toBeNull();
  });
});

describe('bad scope input at every boundary', () => {
  const cases: { name: string; scope: () => unknown; field: string }[] = [
    { name: 'low above likely', scope: () => scopeOf([{ low: 5, likely: 2, high: 6 }]), field: 'scope.items[0].low' },
    { name: 'likely above high', scope: () => scopeOf([{ low: 1, likely: 7, high: 6 }]), field: 'scope.items[0].high' },
    { name: 'negative days', scope: () => scopeOf([{ low: -1, likely: 2, high: 3 }]), field: 'scope.items[0].low' },
    { name: 'non-numeric days', scope: () => scopeOf([{ likely: 'three' as unknown as number }]), field: 'scope.items[0].likely' },
    { name: 'more than two decimals', scope: () => scopeOf([{ likely: 2.125, high: 4 }]), field: 'scope.items[0].likely' },
    { name: 'an unknown role', scope: () => scopeOf([{ role: 'astronaut' }]), field: 'scope.items[0].role' },
    { name: 'an unknown currency', scope: () => scopeOf([{}], { currency: 'XYZ' }), field: 'scope.currency' },
    { name: 'a percentage above 100', scope: () => scopeOf([{}], { pmPercent: 120 }), field: 'scope.pmPercent' },
    { name: 'a negative percentage', scope: () => scopeOf([{}], { contingencyPercent: -5 }), field: 'scope.contingencyPercent' },
    { name: 'a tier without a name', scope: () => scopeOf([{ tier: 2 }]), field: 'scope.items[0].tier' },
  ];

  for (const c of cases) {
    it(`assessments.update refuses ${c.name}, names the field and writes nothing`, async () => {
      const id = await newAssessment();
      const before = fingerprint(api.services.db);
      const result = await api.raw('assessments.update', { id, fields: { scope: c.scope(), notes: 'must not be saved either' } });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.field).toBe(`fields.${c.field}`);
      expect(result.error.message.startsWith(`${result.error.field}:`)).toBe(true);
      expect(fingerprint(api.services.db)).toBe(before);
    });

    it(`bundles.import refuses a bundle whose scope has ${c.name}, whole, naming the field`, async () => {
      const id = await newAssessment('Good One');
      const bundle = {
        format: 'scopewise-bundle',
        version: 1,
        assessments: [
          {
            id,
            clientName: 'Good One',
            projectTitle: '',
            consultant: '',
            status: 'draft',
            requirements: {},
            notes: '',
            createdAt: '2026-01-01T00:00:00Z',
            updatedAt: '2026-01-02T00:00:00Z',
            revisions: [],
          },
          {
            id: '7c0e6d3e-8f0a-4c4e-9d7e-2b1a3c4d5e6f',
            clientName: 'Bad One',
            projectTitle: '',
            consultant: '',
            status: 'draft',
            requirements: {},
            notes: '',
            createdAt: '2026-01-01T00:00:00Z',
            updatedAt: '2026-01-02T00:00:00Z',
            revisions: [],
            scope: c.scope(),
          },
        ],
      };
      const before = fingerprint(api.services.db);
      const result = await api.raw('bundles.import', { json: JSON.stringify(bundle) });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      if (result.ok) return;
      expect(result.error.field).toBe(`assessments[1].${c.field}`);
      expect(fingerprint(api.services.db)).toBe(before);
    });
  }

  const badCards: { name: string; card: () => unknown; field: RegExp }[] = [
    { name: 'an unknown currency', card: () => ({ ...DEFAULT_RATE_CARD, currency: 'EURO' }), field: /currency/ },
    {
      name: 'a negative day rate',
      card: () => ({ ...DEFAULT_RATE_CARD, rates: [{ role: 'developer', name: 'Developer', dayRate: -1 }] }),
      field: /rates\[0\]\.dayRate/,
    },
    {
      name: 'a day rate in fractions of a cent',
      card: () => ({ ...DEFAULT_RATE_CARD, rates: [{ role: 'developer', name: 'Developer', dayRate: 550.5 }] }),
      field: /rates\[0\]\.dayRate/,
    },
    { name: 'a percentage above 100', card: () => ({ ...DEFAULT_RATE_CARD, qaPercent: 101 }), field: /qaPercent/ },
    { name: 'a validity of 0 days', card: () => ({ ...DEFAULT_RATE_CARD, validityDays: 0 }), field: /validityDays/ },
    {
      name: 'two roles with the same id',
      card: () => ({ ...DEFAULT_RATE_CARD, rates: [DEFAULT_RATE_CARD.rates[0], DEFAULT_RATE_CARD.rates[0]] }),
      field: /rates\[1\]\.role/,
    },
  ];
  for (const c of badCards) {
    it(`settings.update refuses a rate card with ${c.name}, names the field and writes nothing`, async () => {
      const before = fingerprint(api.services.db);
      const result = await api.raw('settings.update', { branding: { companyName: 'Not saved either' }, rateCard: c.card() });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: expect.stringMatching(c.field) } });
      expect(fingerprint(api.services.db)).toBe(before);
      expect((await api.call('settings.get', {})).rateCard).toEqual(DEFAULT_RATE_CARD);
    });
  }
});

describe('scope.calibration', () => {
  it('answers the ratios of every other assessment with actuals, and refuses an unknown or malformed id', async () => {
    const delivered = scopeOf([{ likely: 10, low: 10, high: 10 }], { pmPercent: 0, qaPercent: 0, contingencyPercent: 0 });
    const ids: string[] = [];
    for (const actualDays of [12, 15, 9]) {
      const id = await newAssessment();
      await api.call('assessments.update', { id, fields: { scope: { ...delivered, actualDays } } });
      ids.push(id);
    }
    const fourth = await newAssessment();
    const { ratios } = await api.call('scope.calibration', { id: fourth });
    expect([...ratios].sort()).toEqual([0.9, 1.2, 1.5]);
    // An assessment's own actuals never calibrate its own estimate.
    expect((await api.call('scope.calibration', { id: ids[0]! })).ratios.sort()).toEqual([0.9, 1.5]);
    expect(await api.raw('scope.calibration', { id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await api.raw('scope.calibration', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'id' } });
  });

  it('refuses delivered days that are zero, negative or have three decimals, naming the field, and writes nothing', async () => {
    const id = await newAssessment();
    const scope = scopeOf([{}]);
    await api.call('assessments.update', { id, fields: { scope } });
    for (const actualDays of [0, -1, 1.234]) {
      const result = await api.raw('assessments.update', { id, fields: { scope: { ...scope, actualDays } } });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'fields.scope.actualDays' } });
    }
    expect((await api.call('assessments.get', { id })).scope).toEqual(scope);
  });
});
