// Actuals through the team library, against a real PostgreSQL: the delivered days one consultant records (`actuals`)
// travel in the scope like any other field, so another device's estimates carry the same calibration once it syncs
// (the same P50/P80 too, though that device holds the actuals in another row order).
import { describe, expect, it } from 'vitest';

import { createAssessment, estimatedDays, getAssessment } from '../../db';
import { draftScope } from '../../shared/scope/draft';
import { DEFAULT_RATE_CARD } from '../../shared/scope/schema';
import { median } from '../../shared/scope/simulation';
import { cli } from '../cli/cli-helpers';
import { TIMESHEET_TOOL } from '../fixtures/records';
import { newDevice, syncDevice, useTeamCluster } from './team-fixture';

const pg = useTeamCluster();

const TOOL = TIMESHEET_TOOL;

interface Calibration {
  projects: number;
  ratio: number;
  p50: { days: number; total: number };
  p80: { days: number; total: number };
}

async function calibrationOf(path: string, id: string): Promise<Calibration | undefined> {
  const result = await cli(['estimate', id, '--json', '--db', path]);
  expect(result.code, result.stderr).toBe(0);
  return (JSON.parse(result.stdout) as { calibration?: Calibration }).calibration;
}

describe('actuals in the team library', () => {
  it("gives another device the consultancy's calibration once it syncs the actuals of three delivered projects", async () => {
    const team = await pg.newTeam();
    const alice = await newDevice();
    const bob = await newDevice();
    const assessment = { requirements: TOOL, scope: draftScope(TOOL, DEFAULT_RATE_CARD) };

    let db = await alice.open();
    const delivered = [0, 1, 2].map((i) => createAssessment(db, { ...assessment, clientName: `Delivered ${i}` }).id);
    const aliceNext = createAssessment(db, { ...assessment, clientName: 'Next at Alice' }).id;
    const first = getAssessment(db, delivered[0]!)!;
    const estimated = estimatedDays(first.scope!, first.recommendation.recommended);
    db.close();
    db = await bob.open();
    const bobNext = createAssessment(db, { ...assessment, clientName: 'Next at Bob' }).id;
    db.close();

    const actuals = [1.2, 1.5, 0.9].map((r) => Math.round(estimated * r * 100) / 100);
    for (const [i, days] of actuals.entries()) {
      const recorded = await cli(['actuals', delivered[i]!, '--days', String(days), '--db', alice.path]);
      expect(recorded.code, recorded.stderr).toBe(0);
    }
    const own = await calibrationOf(alice.path, aliceNext);
    expect(own).toMatchObject({ projects: 3 });
    expect(own!.ratio).toBeCloseTo(median(actuals.map((a) => a / estimated)), 2);
    expect(await calibrationOf(bob.path, bobNext)).toBeUndefined();

    await syncDevice(team, alice.path, 'alice');
    await syncDevice(team, bob.path, 'bob');

    db = await bob.open();
    expect(delivered.map((id) => getAssessment(db, id)?.scope?.actualDays)).toEqual(actuals);
    db.close();
    // Bob's own assessment, never on Alice's device, is calibrated by Alice's record exactly as hers is.
    expect(await calibrationOf(bob.path, bobNext)).toEqual(own);
    expect(await calibrationOf(bob.path, aliceNext)).toEqual(own);
  });
});
