// The start-up sweep (db/untouched.ts): an untouched new assessment a closed window or a crash left behind is gone at
// the next start; anything typed, answered, exported, trashed or shared with the team stays.
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { createAssessment, getAssessment, listAssessments, recordExport, runStartupMaintenance, trashAssessment } from '../../db';
import { tempDatabase } from './temp';

describe('discarding untouched new assessments at start-up', () => {
  it('deletes only the untouched new ones, and keeps every assessment with anything in it', async () => {
    const { db, folder } = await tempDatabase();
    const untouched = [createAssessment(db, { consultant: 'Léa Dubois' }), createAssessment(db, {})];
    const kept = {
      typed: createAssessment(db, { clientName: 'K' }),
      titled: createAssessment(db, { projectTitle: 'Portal' }),
      noted: createAssessment(db, { notes: 'x' }),
      answered: createAssessment(db, { requirements: { projectKind: 'saas' } }),
      exported: createAssessment(db, {}),
      trashed: createAssessment(db, {}),
      shared: createAssessment(db, {}),
    };
    recordExport(db, { assessmentId: kept.exported.id, path: '/tmp/x.pdf', sha256: 'b'.repeat(64), exportedAt: new Date().toISOString() });
    trashAssessment(db, kept.trashed.id);
    db.prepare('UPDATE revisions SET team_seq = 7 WHERE assessment_id = ?').run(kept.shared.id);

    const report = await runStartupMaintenance(db, join(folder, 'backups'));
    expect(report.discarded).toBe(2);
    expect(report.warning).toBeNull();
    for (const a of untouched) expect(getAssessment(db, a.id)).toBeNull();
    for (const [name, a] of Object.entries(kept)) expect(getAssessment(db, a.id), name).not.toBeNull();
    expect(listAssessments(db, {}).rows).toHaveLength(6);
    // A second start finds nothing more to do.
    expect((await runStartupMaintenance(db, join(folder, 'backups'))).discarded).toBe(0);
    db.close();
  });
});
