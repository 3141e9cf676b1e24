// `scopewise actuals` and what `estimate` then shows: the delivered days recorded in the scope as a new revision, bad
// days refused with exit 2 and nothing written, the consultancy's calibration once three other projects have actuals,
// the simulated percentiles (the same on every run), and the rewrite of a running application in another framework.
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { createAssessment, estimatedDays, getAssessment } from '../../db';
import type { Requirements } from '../../shared/engine';
import { draftScope } from '../../shared/scope/draft';
import { estimateContractSchema } from '../../shared/scope/estimate-contract';
import { DEFAULT_RATE_CARD } from '../../shared/scope/schema';
import { median } from '../../shared/scope/simulation';
import { openForTest, tempFolder } from '../db/temp';
import { TIMESHEET_TOOL } from '../fixtures/records';
import { cli } from './cli-helpers';

const TOOL = TIMESHEET_TOOL;

let path = '';
afterEach(() => {
  path = '';
});

/** A database with `count` drafted assessments of these answers; their ids in order. */
async function seeded(count: number, requirements: Requirements = TOOL): Promise<string[]> {
  path = join(tempFolder(), 'scopewise.db');
  const db = await openForTest(path, { mounts: '' });
  const ids = Array.from(
    { length: count },
    (_, i) => createAssessment(db, { clientName: `Client ${i}`, requirements, scope: draftScope(requirements, DEFAULT_RATE_CARD) }).id,
  );
  db.close();
  return ids;
}

async function stored(id: string) {
  const db = await openForTest(path, { mounts: '' });
  try {
    return getAssessment(db, id)!;
  } finally {
    db.close();
  }
}

const estimate = async (id: string, ...more: string[]) => {
  const result = await cli(['estimate', id, '--json', '--db', path, ...more]);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as Record<string, unknown> & { tiers: { percentiles: Record<string, { days: number; total: number }> }[] };
};

describe('scopewise actuals', () => {
  it('records the delivered days in the scope, and estimate --json prints them', async () => {
    const [id] = await seeded(1);
    const result = await cli(['actuals', id!, '--days', '42.5', '--db', path]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^recorded 42\.5 days delivered for .*× the estimate of [\d.]+ days\n$/);
    const after = await stored(id!);
    expect(after.scope!.actualDays).toBe(42.5);
    const printed = await estimate(id!);
    expect(printed.actualDays).toBe(42.5);
    expect(printed.calibration).toBeUndefined();
  });

  it.each([['0'], ['-3'], ['1.234'], ['abc'], ['1e3'], ['10001'], ['']])('refuses --days %j with exit 2, one line, and writes nothing', async (days) => {
    const [id] = await seeded(1);
    const before = await stored(id!);
    const result = await cli(['actuals', id!, '--days', days, '--db', path]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/--days/);
    const after = await stored(id!);
    expect(after.revision).toBe(before.revision);
    expect(after.scope!.actualDays).toBeUndefined();
  });

  it('refuses an unknown id and a database that does not exist, with exit 2', async () => {
    await seeded(1);
    const unknown = await cli(['actuals', '00000000-0000-4000-8000-000000000000', '--days', '3', '--db', path]);
    expect(unknown.code).toBe(2);
    const missing = await cli(['actuals', '00000000-0000-4000-8000-000000000000', '--days', '3', '--db', join(tempFolder(), 'none.db')]);
    expect(missing.code).toBe(2);
  });

  it('shows the consultancy’s calibration once three other delivered projects have actuals, never counting the one estimated', async () => {
    const ids = await seeded(5);
    const first = await stored(ids[0]!);
    const estimated = estimatedDays(first.scope!, first.recommendation.recommended);
    const actuals = [1.2, 1.5, 0.9].map((r) => Math.round(estimated * r * 100) / 100);
    for (const [i, days] of actuals.slice(0, 2).entries()) expect((await cli(['actuals', ids[i]!, '--days', String(days), '--db', path])).code).toBe(0);
    expect((await estimate(ids[4]!)).calibration).toBeUndefined();
    expect((await cli(['actuals', ids[2]!, '--days', String(actuals[2]), '--db', path])).code).toBe(0);
    const printed = await estimate(ids[4]!);
    expect(estimateContractSchema.safeParse(printed).error).toBeUndefined();
    const calibration = printed.calibration as { projects: number; ratio: number; p50: { days: number }; p80: { days: number } };
    expect(calibration.projects).toBe(3);
    expect(calibration.ratio).toBeCloseTo(median(actuals.map((a) => a / estimated)), 2);
    // The record says projects take 1.2 × their estimate (median): the calibrated P50 sits above the plain one.
    const top = printed.tiers.at(-1)!.percentiles;
    expect(calibration.p50.days).toBeGreaterThan(top.p50!.days);
    expect(calibration.p80.days).toBeGreaterThanOrEqual(calibration.p50.days);
    // A project with its own actuals is calibrated by the others only: two, too few for a calibration.
    expect((await estimate(ids[0]!)).calibration).toBeUndefined();
    // The text form prints the record too.
    expect((await cli(['estimate', ids[4]!, '--db', path])).stdout).toMatch(/Our record: 3 delivered projects took 1\.2 × their estimate/);
  });

  it('prints P50 ≤ P80 ≤ P90 per tier in days and price, the same numbers on every run', async () => {
    const [id] = await seeded(1);
    const once = await estimate(id!);
    expect(await estimate(id!)).toEqual(once);
    for (const tier of once.tiers) {
      const p = tier.percentiles;
      expect(p.p50!.days).toBeLessThanOrEqual(p.p80!.days);
      expect(p.p80!.days).toBeLessThanOrEqual(p.p90!.days);
      expect(p.p50!.total).toBeLessThanOrEqual(p.p80!.total);
      expect(p.p80!.total).toBeLessThanOrEqual(p.p90!.total);
    }
  });

  it('prints the rewrite when a running Flask app is estimated in Django, and none in Flask', async () => {
    const extension: Requirements = { ...TOOL, existingFramework: 'flask', extendingExisting: true, existingSize: 'small' };
    const [id] = await seeded(1, extension);
    const flask = await estimate(id!, '--framework', 'flask');
    expect(flask.rewrite).toBeUndefined();
    const django = await estimate(id!, '--framework', 'django');
    expect(django.rewrite).toEqual({ from: 'flask', to: 'django', days: 12.67 });
    expect((await cli(['estimate', id!, '--framework', 'django', '--db', path])).stdout).toContain(
      'Includes rewriting the running Flask application in Django: about 12.67 days.',
    );
  });
});
