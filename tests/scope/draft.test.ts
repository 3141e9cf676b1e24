// Drafting a scope from the answers: the knowledge rows as data (each fires, each sentence used and distinct), the drafts
// valid for any answers, and the per-framework days grounded where the frameworks differ.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { FRAMEWORKS, QUESTIONS, recommend, type Requirements } from '../../shared/engine';
import { draftTexts } from '../../shared/scope/default-texts';
import { draftScope, frameworkReason, workItemApplies } from '../../shared/scope/draft';
import { estimateScope } from '../../shared/scope/estimate';
import { PHASES, WORK_ITEMS } from '../../shared/scope/knowledge';
import { DEFAULT_RATE_CARD, scopeSchema, threePointSchema } from '../../shared/scope/schema';
import { requirementsArbitrary } from '../fixtures/arbitraries';

/** Every single-answer record plus the empty one: enough to reach every row whose condition names one field. */
function singleAnswers(): Requirements[] {
  const out: Requirements[] = [{}];
  for (const q of QUESTIONS) {
    const values = q.kind === 'boolean' ? [true, false] : q.kind === 'choice' ? q.options.map((o) => o.value) : [1, 5, 100, 100000];
    for (const value of values) out.push({ [q.field]: value });
  }
  return out;
}

describe('the effort knowledge', () => {
  it('has unique ids and sentences, known phases and roles, and ordered days for every framework', () => {
    expect(new Set(WORK_ITEMS.map((r) => r.id)).size).toBe(WORK_ITEMS.length);
    expect(new Set(WORK_ITEMS.map((r) => r.why)).size).toBe(WORK_ITEMS.length);
    const roles = DEFAULT_RATE_CARD.rates.map((r) => r.role);
    for (const rule of WORK_ITEMS) {
      expect(PHASES).toContain(rule.phase);
      expect(roles).toContain(rule.role);
      expect(rule.why, rule.id).toMatch(/^[A-Z].{20,}\.$/);
      expect(rule.description, rule.id).toMatch(/^[A-Z].{15,}\.$/);
      for (const f of FRAMEWORKS) expect(threePointSchema.safeParse(rule.days[f]).success, `${rule.id}.${f}`).toBe(true);
    }
  });

  it('applies every row to some answers', () => {
    const records = singleAnswers();
    for (const rule of WORK_ITEMS)
      expect(
        records.some((r) => workItemApplies(rule, r)),
        rule.id,
      ).toBe(true);
  });

  it('carries the reasoning of shared/README.md as day differences: admin, accounts, ORM setup and API docs', () => {
    const row = (id: string) => WORK_ITEMS.find((r) => r.id === id)!;
    // The admin saves weeks against a hand-built back office: at least two working weeks of likely days; Flask-Admin and
    // SQLAdmin, configured, still cost more than Django's admin.
    expect(row('back-office').handBuilt!.flask!.likely - row('back-office').days.django.likely).toBeGreaterThanOrEqual(10);
    expect(row('back-office').days.flask.likely).toBeGreaterThan(row('back-office').days.django.likely);
    expect(row('accounts').days.flask.likely).toBeGreaterThan(row('accounts').days.django.likely + 2);
    expect(row('data-layer').days.flask.likely).toBeGreaterThan(row('data-layer').days.django.likely);
    expect(row('api-docs').days.fastapi.likely).toBeLessThan(Math.min(row('api-docs').days.django.likely, row('api-docs').days.flask.likely));
  });
});

describe('draftScope', () => {
  it('drafts a valid scope for any answers, with every item’s own days those of the recommended framework', () => {
    fc.assert(
      fc.property(requirementsArbitrary, (requirements) => {
        const scope = draftScope(requirements, DEFAULT_RATE_CARD);
        expect(scopeSchema.safeParse(scope).error).toBeUndefined();
        const framework = recommend(requirements).recommended;
        const drafts = Object.fromEntries(FRAMEWORKS.map((f) => [f, draftScope(requirements, DEFAULT_RATE_CARD, { framework: f })]));
        for (const item of scope.items) {
          const rule = WORK_ITEMS.find((r) => r.id === item.id);
          if (rule === undefined || item.byFramework === undefined) continue; // the same days under every framework
          // A row unscaled for these answers keeps the knowledge's days.
          if (rule.scales === undefined && rule.variants === undefined && rule.configuredBy === undefined)
            expect({ low: item.low, likely: item.likely, high: item.high }).toEqual(rule.days[framework]);
          // The own days are the chosen framework's; only the other two have entries that would override them, and
          // they are the days a draft for that framework would have as its own.
          expect(Object.keys(item.byFramework).sort()).toEqual(FRAMEWORKS.filter((f) => f !== framework).sort());
          for (const f of FRAMEWORKS.filter((x) => x !== framework)) {
            const there = drafts[f]!.items.find((i) => i.id === item.id)!;
            expect(item.byFramework[f]).toEqual({ low: there.low, likely: there.likely, high: there.high });
          }
        }
        const phases = scope.items.map((i) => PHASES.indexOf(i.phase as (typeof PHASES)[number]));
        expect(phases).toEqual([...phases].sort((a, b) => a - b));
      }),
      { numRuns: 300 },
    );
  });

  it('drafts model serving, notebook jobs and an audit trail for machine-learning work and audited data, and none of them otherwise', () => {
    const ml = draftScope({ projectKind: 'api-service', mlWork: 'model-serving', regulatedData: true, auth: 'roles' }, DEFAULT_RATE_CARD);
    expect(ml.items.map((i) => i.id)).toEqual(expect.arrayContaining(['model-serving', 'audit-trail']));
    expect(ml.items.map((i) => i.id)).not.toContain('data-pipelines');
    const notebooks = draftScope({ projectKind: 'data-tool', mlWork: 'data-pipelines' }, DEFAULT_RATE_CARD);
    expect(notebooks.items.map((i) => i.id)).toContain('data-pipelines');
    const plain = draftScope({ projectKind: 'web-app', mlWork: 'none', regulatedData: false }, DEFAULT_RATE_CARD).items.map((i) => i.id);
    for (const id of ['model-serving', 'data-pipelines', 'audit-trail']) expect(plain).not.toContain(id);
  });

  it('proposes accounts with roles, a back office, the data layer, API docs and realtime when the answers ask for them', () => {
    const requirements: Requirements = {
      projectKind: 'saas',
      auth: 'roles',
      adminPanel: true,
      dataModel: 'relational',
      apiDocs: true,
      concurrency: 'realtime',
      userInterface: 'spa-frontend',
    };
    const ids = draftScope(requirements, DEFAULT_RATE_CARD).items.map((i) => i.id);
    for (const id of [
      'project-setup',
      'data-layer',
      'data-model-relational',
      'accounts-permissions',
      'back-office',
      'api',
      'api-docs',
      'realtime',
      'front-end',
      'design',
      'test-suite',
      'deployment',
    ])
      expect(ids).toContain(id);
    for (const id of ['accounts', 'pages', 'data-model-complex', 'features-prototype']) expect(ids).not.toContain(id);
  });

  it('leaves out accounts, the back office and the data layer when the answers say none', () => {
    const ids = draftScope(
      { projectKind: 'api-service', auth: 'none', adminPanel: false, dataModel: 'none', userInterface: 'none' },
      DEFAULT_RATE_CARD,
    ).items.map((i) => i.id);
    for (const id of ['accounts', 'accounts-permissions', 'back-office', 'data-layer', 'design', 'pages']) expect(ids).not.toContain(id);
    expect(ids).toContain('api');
  });

  it('makes Flask cost more than Django for a back office with accounts, and prices the draft under every framework', () => {
    const scope = draftScope(
      { projectKind: 'web-app', auth: 'basic', adminPanel: true, dataModel: 'relational', userInterface: 'server-rendered' },
      DEFAULT_RATE_CARD,
    );
    const estimate = estimateScope(scope, { framework: 'django' });
    const tier = estimate.tiers[0]!;
    expect(tier.byFramework.flask).toBeGreaterThan(tier.byFramework.django);
    expect(tier.daysByFramework.flask - tier.daysByFramework.django).toBeGreaterThan(15);
  });

  it('copies the rate card, starts with the default texts, and falls back to the developer role when the card lacks one', () => {
    const card = { ...DEFAULT_RATE_CARD, rates: [{ role: 'developer', name: 'Developer', dayRate: 40000 }] };
    const scope = draftScope({ adminPanel: true }, card);
    expect(scope.rates).toEqual(card.rates);
    expect(scope.items.every((i) => i.role === 'developer')).toBe(true);
    expect(scope.assumptions).toEqual(draftTexts({ adminPanel: true }, scope.items).assumptions);
    expect(scope.assumptions.length).toBeGreaterThan(0);
    expect(scopeSchema.safeParse(scope).success).toBe(true);
  });

  it('finds the reason sentence for every drafted item, and none for an item the consultant added', () => {
    const scope = draftScope({ adminPanel: true, auth: 'roles', apiDocs: true }, DEFAULT_RATE_CARD);
    for (const item of scope.items) expect(frameworkReason(item)).toBe(WORK_ITEMS.find((r) => r.id === item.id)!.why);
    expect(frameworkReason({ id: 'custom-1' })).toBeUndefined();
  });

  it('moves the chosen framework’s total when the consultant edits an item’s own days', () => {
    const scope = draftScope({ adminPanel: true }, DEFAULT_RATE_CARD, { framework: 'django' });
    const before = estimateScope(scope, { framework: 'django' }).tiers[0]!;
    const edited = { ...scope, items: scope.items.map((i) => (i.id === 'back-office' ? { ...i, likely: i.likely + 1, high: i.high + 1 } : i)) };
    const after = estimateScope(edited, { framework: 'django' }).tiers[0]!;
    expect(after.build).toBeGreaterThan(before.build);
    expect(after.byFramework.flask).toBe(before.byFramework.flask);
  });

  it('uses the framework asked for as the items’ own days', () => {
    const scope = draftScope({ adminPanel: true }, DEFAULT_RATE_CARD, { framework: 'flask' });
    const admin = scope.items.find((i) => i.id === 'back-office')!;
    expect(admin.likely).toBe(WORK_ITEMS.find((r) => r.id === 'back-office')!.days.flask.likely);
  });
});
