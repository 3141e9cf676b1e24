// Saved work across engine changes: an assessment opened later shows the current engine's recommendation, but an
// exported revision keeps the one it was exported with, so exporting it again gives the very same bytes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { createAssessment, getAssessment, recordExport, saveAssessment, sha256Hex } from '../../db';
import { packRecommendation } from '../../db/snapshot';
import { renderAssessmentProposal, writeProposal } from '../../electron/api/proposal-export';
import { recommend, type Recommendation } from '../../shared/engine';
import { tempDatabase } from '../db/temp';
import { pdfText } from './pdf-tools';

const t0 = new Date('2025-06-01T09:00:00.000Z');
const requirements = { projectKind: 'ecommerce', adminPanel: true, auth: 'roles' } as const;

let written = 0;
/** The PDF's text, read back by poppler from a file in `folder`. */
function textOf(folder: string, bytes: Uint8Array): string {
  const path = join(folder, `read-${++written}.pdf`);
  writeFileSync(path, bytes);
  return pdfText(path);
}

/** What an older engine might have said: the same winner, in other words. */
function olderEngineSaid(current: Recommendation): Recommendation {
  return { ...current, reasons: current.reasons.map((r) => ({ ...r, text: `Older engine wording: ${r.text}` })) };
}

describe('exported revisions across engine changes', () => {
  it('re-exports a revision byte-identically after the engine changed, while the assessment shows the new recommendation', async () => {
    const { db, folder } = await tempDatabase();
    const { id } = createAssessment(db, { clientName: 'Acme', projectTitle: 'Shop', requirements }, { now: t0 });
    const fresh = recommend(requirements);
    // Saved by an engine that said something else (with this engine's version, as it was current then).
    const older = packRecommendation(olderEngineSaid(fresh));
    db.prepare('UPDATE revisions SET recommendation = ? WHERE assessment_id = ?').run(older, id);

    const first = await renderAssessmentProposal(db, id);
    const exported = writeProposal(db, first, join(folder, 'first.pdf'));
    expect(textOf(folder, first.rendered.bytes)).toContain('Older engine wording');

    // The engine moves on: what is stored now came from an older version.
    db.prepare("UPDATE assessments SET engine_version = '0.0.1-older'").run();
    db.prepare("UPDATE revisions SET engine_version = '0.0.1-older'").run();
    expect(getAssessment(db, id)!.recommendation).toEqual(fresh);

    const again = await renderAssessmentProposal(db, id);
    expect(sha256Hex(again.rendered.bytes)).toBe(exported.sha256);

    // A later save starts revision 2 with the new recommendation; revision 1 still exports as it was.
    saveAssessment(db, id, { status: 'sent' }, { now: new Date(t0.getTime() + 30_000) });
    const revisionOne = await renderAssessmentProposal(db, id, { revision: 1 });
    expect(revisionOne.revision).toBe(1);
    expect(sha256Hex(revisionOne.rendered.bytes)).toBe(exported.sha256);
    const current = await renderAssessmentProposal(db, id);
    expect(current.revision).toBe(2);
    expect(textOf(folder, current.rendered.bytes)).not.toContain('Older engine wording');
  });

  it('exports an open revision saved by an older engine with the current recommendation, and keeps that one from then on', async () => {
    const { db, folder } = await tempDatabase();
    const { id } = createAssessment(db, { clientName: 'Acme', projectTitle: 'Shop', requirements }, { now: t0 });
    const older = packRecommendation(olderEngineSaid(recommend(requirements)));
    db.prepare("UPDATE assessments SET engine_version = '0.0.1-older' WHERE id = ?").run(id);
    db.prepare("UPDATE revisions SET recommendation = ?, engine_version = '0.0.1-older' WHERE assessment_id = ?").run(older, id);

    const file = await renderAssessmentProposal(db, id);
    expect(textOf(folder, file.rendered.bytes)).not.toContain('Older engine wording');
    const exported = writeProposal(db, file, join(folder, 'p.pdf'));
    const again = await renderAssessmentProposal(db, id);
    expect(sha256Hex(again.rendered.bytes)).toBe(exported.sha256);
  });

  it('gives a revision sealed only by a bundle export the current engine in its first proposal, and keeps that one', async () => {
    const { db, folder } = await tempDatabase();
    const { id } = createAssessment(db, { clientName: 'Acme', projectTitle: 'Shop', requirements }, { now: t0 });
    recordExport(db, { assessmentId: id, kind: 'bundle', path: join(folder, 'b.json'), sha256: 'b'.repeat(64) });
    const older = packRecommendation(olderEngineSaid(recommend(requirements)));
    db.prepare("UPDATE revisions SET recommendation = ?, engine_version = '0.0.1-older' WHERE assessment_id = ?").run(older, id);

    const file = await renderAssessmentProposal(db, id);
    expect(textOf(folder, file.rendered.bytes)).not.toContain('Older engine wording');
    const exported = writeProposal(db, file, join(folder, 'p.pdf'));
    expect(sha256Hex((await renderAssessmentProposal(db, id)).rendered.bytes)).toBe(exported.sha256);
  });
});
