// `scopewise estimate`: the JSON agrees to the cent with estimateScope on the same record, in exactly the documented
// shape; the table reads the same numbers; an unknown id, a missing scope or a bad option exits 2 with one line.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { createAssessment, getAssessment } from '../../db';
import { estimateScope, formatMoney } from '../../shared/scope/estimate';
import { estimateContractSchema } from '../../shared/scope/estimate-contract';
import { DEFAULT_RATE_CARD, emptyScope, paymentsOf, type Scope, scopeSchema } from '../../shared/scope/schema';
import { coneStage } from '../../shared/scope/simulation';
import { splitPayments } from '../../shared/scope/tax-and-payments';
import { openForTest, tempFolder } from '../db/temp';
import { cli, type CliResult } from './cli-helpers';

const SCOPE: Scope = scopeSchema.parse({
  ...emptyScope(DEFAULT_RATE_CARD),
  currency: 'EUR',
  pmPercent: 12.5,
  contingencyPercent: 7.25,
  tiers: ['Good', 'Better'],
  items: [
    {
      id: 'a',
      title: 'Accounts and roles',
      phase: 'Foundation',
      role: 'developer',
      low: 1.5,
      likely: 2.25,
      high: 4,
      byFramework: { flask: { low: 3, likely: 4.5, high: 7 } },
    },
    {
      id: 'b',
      title: 'Back office',
      phase: 'Build',
      role: 'senior-developer',
      low: 0.5,
      likely: 1,
      high: 9.99,
      byFramework: { flask: { low: 6, likely: 8, high: 12 }, fastapi: { low: 7, likely: 9, high: 14 } },
    },
    { id: 'c', title: 'Design system', phase: 'Build', role: 'designer', low: 2, likely: 3, high: 5, tier: 2 },
    { id: 'd', title: 'Single sign-on', phase: 'Build', role: 'developer', low: 1, likely: 2, high: 3, optional: true },
    { id: 'e', title: 'Mobile app', phase: 'Later', role: 'developer', low: 10, likely: 20, high: 30, deferred: true },
  ],
});

async function seeded(scope: Scope | null = SCOPE): Promise<{ db: string; id: string }> {
  const path = join(tempFolder(), 'scopewise.db');
  const db = await openForTest(path, { mounts: '' });
  const { id } = createAssessment(db, {
    clientName: 'Estimate Client',
    projectTitle: 'Shop',
    requirements: { projectKind: 'ecommerce', adminPanel: true, teamSize: 3 },
    ...(scope === null ? {} : { scope }),
  });
  db.close();
  return { db: path, id };
}

function expectBadInput(result: CliResult, pattern: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
}

describe('scopewise estimate', () => {
  it('prints JSON in exactly the documented shape that agrees to the cent with estimateScope on the stored record', async () => {
    const { db, id } = await seeded();
    const result = await cli(['estimate', id, '--json', '--db', db]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);

    const database = await openForTest(db, { mounts: '' });
    const stored = getAssessment(database, id)!;
    database.close();
    const expected = estimateScope(stored.scope!, {
      framework: stored.recommendation.recommended,
      teamSize: 3,
      percentiles: { stage: coneStage(stored.requirements) },
    });
    expect(printed.framework).toBe('django');
    expect(estimateContractSchema.safeParse(printed).success).toBe(true);
    expect(printed).toEqual({
      currency: 'EUR',
      framework: expected.framework,
      recommendedTier: 2,
      tiers: expected.tiers.map((t) => ({
        tier: t.tier,
        name: t.name,
        build: t.build,
        pm: t.pm,
        qa: t.qa,
        contingency: t.contingency,
        total: t.total,
        low: t.low,
        high: t.high,
        days: t.days,
        byFramework: t.byFramework,
        discount: 0,
        tax: 0,
        totalWithTax: t.total,
        percentiles: t.percentiles,
      })),
      phases: expected.phases.map((p) => ({ name: p.name, days: p.days, weeks: p.weeks })),
      addOns: [{ title: 'Single sign-on', price: expected.addOns[0]!.price }],
      payments: splitPayments(expected.tiers[1]!.total, paymentsOf({})).map((p) => ({ label: p.label, amount: p.amount })),
    });
    for (const tier of printed.tiers) {
      expect(tier.total).toBe(tier.build + tier.pm + tier.qa + tier.contingency);
      for (const key of ['build', 'pm', 'qa', 'contingency', 'total', 'low', 'high']) expect(Number.isInteger(tier[key]), key).toBe(true);
    }
    expect(printed.tiers[1].total).toBeGreaterThan(printed.tiers[0].total);
    expect(printed.tiers[0].byFramework.flask).toBeGreaterThan(printed.tiers[0].byFramework.django);
    expect(printed.phases.map((p: { name: string }) => p.name)).toEqual(['Foundation', 'Build']);
  });

  it('reports the recommended option: the one chosen in the scope, else the highest tier; the table marks it', async () => {
    const chosen = await seeded({ ...SCOPE, recommendedTier: 1 });
    expect(JSON.parse((await cli(['estimate', chosen.id, '--json', '--db', chosen.db])).stdout).recommendedTier).toBe(1);
    expect((await cli(['estimate', chosen.id, '--db', chosen.db])).stdout).toMatch(/^1 Good \(recommended\)/m);
    const single = await seeded({ ...SCOPE, tiers: ['Only'], items: SCOPE.items.filter((i) => i.tier === undefined) });
    expect(JSON.parse((await cli(['estimate', single.id, '--json', '--db', single.db])).stdout).recommendedTier).toBe(1);
    expect((await cli(['estimate', single.id, '--db', single.db])).stdout).not.toContain('(recommended)');
  });

  it('prints each tier with its discount, tax and total with tax, and the payments of the recommended tier adding up to it', async () => {
    const terms = {
      recommendedTier: 1,
      taxPercent: 19,
      taxLabel: 'MwSt',
      discountPercent: 5,
      payments: [
        { label: 'On signature', percent: 33.33 },
        { label: 'At the beta', percent: 33.33 },
        { label: 'At launch', percent: 33.34 },
      ],
    };
    const { db, id } = await seeded(scopeSchema.parse({ ...SCOPE, ...terms }));
    const result = await cli(['estimate', id, '--json', '--db', db]);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(estimateContractSchema.safeParse(printed).success).toBe(true);
    expect(printed.recommendedTier).toBe(1);
    for (const tier of printed.tiers) {
      const discount = Math.round((tier.total * 5) / 100);
      expect(tier.discount).toBe(discount);
      expect(tier.tax).toBe(Math.round(((tier.total - discount) * 19) / 100));
      expect(tier.totalWithTax).toBe(tier.total - tier.discount + tier.tax);
    }
    expect(printed.payments.map((p: { label: string }) => p.label)).toEqual(['On signature', 'At the beta', 'At launch']);
    expect(printed.payments.reduce((sum: number, p: { amount: number }) => sum + p.amount, 0)).toBe(printed.tiers[0].totalWithTax);
  });

  it('prices for another framework with --framework', async () => {
    const { db, id } = await seeded();
    const result = await cli(['estimate', id, '--json', '--framework', 'flask', '--db', db]);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed.framework).toBe('flask');
    expect(printed.tiers[0].total).toBe(printed.tiers[0].byFramework.flask);
    expect(printed).toEqual(JSON.parse((await cli(['estimate', id, '--json', '--framework', 'flask', '--db', db])).stdout));
  });

  it('prints a readable table with the same totals, the phases, the add-ons and each framework', async () => {
    const { db, id } = await seeded();
    const json = JSON.parse((await cli(['estimate', id, '--json', '--db', db])).stdout);
    const result = await cli(['estimate', id, '--db', db]);
    expect(result.code).toBe(0);
    for (const tier of json.tiers) expect(result.stdout).toContain(formatMoney(tier.total, 'EUR', 'en'));
    for (const name of [
      'Estimate Client — Shop',
      '1 Good',
      '2 Better',
      'Foundation',
      'Single sign-on',
      'Mobile app',
      'Django',
      'Flask',
      'FastAPI',
      'team of 3',
    ])
      expect(result.stdout).toContain(name);
  });

  it('exits 2 with one line for an unknown id, an assessment without a scope, a bad id or a bad framework', async () => {
    const { db, id } = await seeded();
    expectBadInput(await cli(['estimate', '7c0e6d3e-8f0a-4c4e-9d7e-2b1a3c4d5e6f', '--db', db]), /no assessment with id 7c0e6d3e/);
    const bare = await seeded(null);
    expectBadInput(await cli(['estimate', bare.id, '--json', '--db', bare.db]), new RegExp(`assessment ${bare.id} has no scope yet`));
    expectBadInput(await cli(['estimate', 'not-an-id', '--db', db]), /^scopewise: id: expected a UUID/);
    expectBadInput(await cli(['estimate', id, '--framework', 'rails', '--db', db]), /--framework: expected one of django, flask, fastapi, got "rails"/);
    expectBadInput(await cli(['estimate', '--db', db]), /missing <id>/);
  });

  // In-process: the one real-process run of the database commands is in tests/cli/db-commands.test.ts ($SCOPEWISE_DATA_DIR).
  it('prints nothing but the JSON on stdout with exit code 0, and nothing on stdout with exit 2 for an unknown id', async () => {
    const { db, id } = await seeded();
    const ok = await cli(['estimate', id, '--json', '--db', db]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).currency).toBe('EUR');
    const missing = await cli(['estimate', '7c0e6d3e-8f0a-4c4e-9d7e-2b1a3c4d5e6f', '--db', db]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
  });
});

describe('scopewise import with a scope', () => {
  it('imports a bundle carrying a scope, and refuses one whose scope is malformed, naming the field and writing nothing', async () => {
    const { db, id } = await seeded();
    const folder = tempFolder();
    const bundlePath = join(folder, 'scope.json');
    expect((await cli(['export', id, '--out', bundlePath, '--db', db])).code).toBe(0);
    const target = join(folder, 'other.db');
    const imported = await cli(['import', bundlePath, '--db', target]);
    expect(imported.code).toBe(0);
    expect(JSON.parse((await cli(['estimate', id, '--json', '--db', target])).stdout)).toEqual(
      JSON.parse((await cli(['estimate', id, '--json', '--db', db])).stdout),
    );

    const bundle = JSON.parse(readFileSync(bundlePath, 'utf8'));
    bundle.assessments[0].id = '7c0e6d3e-8f0a-4c4e-9d7e-2b1a3c4d5e6f';
    bundle.assessments[0].revisions = [];
    bundle.assessments[0].scope.items[1].low = 12;
    const bad = join(folder, 'bad.json');
    writeFileSync(bad, JSON.stringify(bundle));
    const refused = await cli(['import', bad, '--db', target]);
    expectBadInput(refused, /assessments\[0\]\.scope\.items\[1\]\.low: expected no more than likely/);
    expect((await cli(['list', '--json', '--db', target])).stdout).not.toContain('7c0e6d3e');
  });
});
