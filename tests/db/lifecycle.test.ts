// Trash, settings (branding) and the export log.
import { describe, expect, it } from 'vitest';

import {
  countAssessments,
  createAssessment,
  getAssessment,
  getBranding,
  listAssessments,
  listExports,
  listRevisions,
  purgeTrash,
  recordExport,
  resetBranding,
  restoreAssessment,
  saveBranding,
  sha256Hex,
  trashAssessment,
} from '../../db';
import { DEFAULT_BRANDING } from '../../shared/branding';
import { tempDatabase } from './temp';

const day = 24 * 60 * 60 * 1000;
const t0 = new Date('2025-06-01T12:00:00.000Z');

describe('the trash', () => {
  it('hides a deleted assessment from the list, shows it in the trash, and restores it', async () => {
    const { db } = await tempDatabase();
    const a = createAssessment(db, { clientName: 'Kept' }, { now: t0 });
    const b = createAssessment(db, { clientName: 'Binned' }, { now: t0 });
    expect(trashAssessment(db, b.id, t0)).toBe(true);
    expect(trashAssessment(db, b.id, t0)).toBe(false);
    expect(listAssessments(db).rows.map((r) => r.id)).toEqual([a.id]);
    expect(listAssessments(db, { trash: true }).rows.map((r) => [r.id, r.deletedAt])).toEqual([[b.id, t0.toISOString()]]);
    expect(listAssessments(db, { search: 'binned' }).rows).toEqual([]);
    expect(restoreAssessment(db, b.id)).toBe(true);
    expect(countAssessments(db)).toBe(2);
  });

  it('purges what has been in the trash for 30 days, with its revisions and exports, and nothing younger', async () => {
    const { db } = await tempDatabase();
    const old = createAssessment(db, { clientName: 'Old' }, { now: t0 });
    recordExport(db, { assessmentId: old.id, path: '/x.pdf', sha256: sha256Hex('x') });
    const young = createAssessment(db, { clientName: 'Young' }, { now: t0 });
    trashAssessment(db, old.id, t0);
    trashAssessment(db, young.id, new Date(t0.getTime() + 10 * day));
    expect(purgeTrash(db, new Date(t0.getTime() + 29 * day))).toBe(0);
    expect(purgeTrash(db, new Date(t0.getTime() + 30 * day))).toBe(1);
    expect(getAssessment(db, old.id)).toBeNull();
    expect(listRevisions(db, old.id)).toEqual([]);
    expect(listExports(db, old.id)).toEqual([]);
    expect(getAssessment(db, young.id)?.deletedAt).not.toBeNull();
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});

describe('branding settings', () => {
  it('reads the English placeholder name an older version saved as no name, and keeps a name the consultancy entered', async () => {
    const { db } = await tempDatabase();
    // Older versions stored the placeholder with the rest of the branding when any other field was saved.
    db.prepare("INSERT INTO settings (key, value) VALUES ('branding', ?)").run(
      JSON.stringify({ ...DEFAULT_BRANDING, companyName: 'Your consultancy', email: 'a@b.test' }),
    );
    expect(getBranding(db)).toMatchObject({ companyName: '', email: 'a@b.test' });
    saveBranding(db, { ...getBranding(db), companyName: 'Your Consultancy Group' });
    expect(getBranding(db).companyName).toBe('Your Consultancy Group');
  });

  it('starts with no consultancy details, saves changes, refuses a bad colour naming it, and resets', async () => {
    const { db } = await tempDatabase();
    expect(DEFAULT_BRANDING.companyName).toBe('');
    expect(getBranding(db)).toEqual(DEFAULT_BRANDING);
    const mine = {
      ...DEFAULT_BRANDING,
      companyName: 'Ünïcode Consulting',
      primaryColour: '#123456',
      logo: { mime: 'image/png' as const, base64: 'iVBORw0KGgo=' },
    };
    saveBranding(db, mine);
    expect(getBranding(db)).toEqual(mine);
    expect(() => saveBranding(db, { ...mine, accentColour: 'red' })).toThrow(/branding\.accentColour/);
    expect(getBranding(db)).toEqual(mine);
    expect(resetBranding(db)).toEqual(DEFAULT_BRANDING);
  });
});

describe('the export log', () => {
  it('records each export with its revision, path, SHA-256 and time, newest first', async () => {
    const { db } = await tempDatabase();
    const a = createAssessment(db, {}, { now: t0 });
    const first = recordExport(db, { assessmentId: a.id, path: '/out/a.pdf', sha256: sha256Hex('pdf bytes'), exportedAt: '2025-06-01T12:01:00.000Z' });
    const second = recordExport(db, {
      assessmentId: a.id,
      kind: 'bundle',
      path: '/out/a.json',
      sha256: sha256Hex('json'),
      exportedAt: '2025-06-01T12:02:00.000Z',
    });
    expect(first).toMatchObject({ assessmentId: a.id, revision: 1, kind: 'proposal', sha256: sha256Hex('pdf bytes') });
    expect(listExports(db, a.id)).toEqual([second, first]);
    expect(() => recordExport(db, { assessmentId: a.id, path: '/x', sha256: 'abc' })).toThrow(/sha256/);
    expect(() => recordExport(db, { assessmentId: a.id, revision: 9, path: '/x', sha256: sha256Hex('') })).toThrow(/no revision 9/);
    expect(() => recordExport(db, { assessmentId: 'missing', path: '/x', sha256: sha256Hex('') })).toThrow(/no assessment/);
  });
});
