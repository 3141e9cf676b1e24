// Project context in search (db/migrations/007-context-search.ts): integrations, languages, which personal data, the
// target date and the choices are found by prefix with accents folded, kept current on every save, and an upgraded
// database finds the context its assessments already had.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import {
  checkDatabase,
  createAssessment,
  type Database,
  LATEST_SCHEMA_VERSION,
  listAssessments,
  openDatabase,
  purgeTrash,
  saveAssessment,
  trashAssessment,
} from '../../db';
import { requirementsJson } from '../../db/assessments';
import type { Requirements } from '../../shared/engine/requirements';
import type { FixtureManifest } from '../fixtures/db/make-fixtures';
import { tempDatabase, tempFolder } from './temp';

const fixtures = fileURLToPath(new URL('../fixtures/db/', import.meta.url));
const manifest = JSON.parse(readFileSync(join(fixtures, 'fixtures.json'), 'utf8')) as FixtureManifest;

const CONTEXT: Requirements = {
  projectKind: 'web-app',
  integrations: ['Salesforce', 'Mailchimp'],
  languages: ['Español', 'Català'],
  personalData: true,
  personalDataKinds: 'Volunteers’ phone numbers and health records',
  targetDate: '2027-03-15',
  budgetRange: '75k-200k',
  hosting: 'eu-cloud',
  mobile: 'native-app',
};

const found = (db: Database, search: string): string[] => listAssessments(db, { search }).rows.map((r) => r.id);

describe('project context in search', () => {
  it('finds an assessment by any context word, by prefix and with accents folded', async () => {
    const { db } = await tempDatabase();
    const other = createAssessment(db, { clientName: 'Other', projectTitle: 'Shop', requirements: { projectKind: 'ecommerce', integrations: ['Stripe'] } });
    const { id } = createAssessment(db, { clientName: 'Fundación Niños', projectTitle: 'Volunteer portal', requirements: CONTEXT });
    for (const word of [
      'salesf',
      'SALESFORCE',
      'mailch',
      'espanol',
      'catala',
      'health rec',
      'volunteers phone',
      'gdpr',
      'personal data',
      '2027',
      'eu cloud',
      'native',
      '200k',
    ]) {
      expect(found(db, word), word).toEqual([id]);
    }
    expect(found(db, 'stripe')).toEqual([other.id]);
    expect(checkDatabase(db)).toEqual({ ok: true, problems: [] });
    db.close();
  });

  it('adds no word for the answers that say nothing (not set, no preference, not needed, no personal data)', async () => {
    const { db } = await tempDatabase();
    createAssessment(db, {
      clientName: 'Quiet',
      projectTitle: 'Intranet',
      requirements: { budgetRange: 'not-set', hosting: 'no-preference', mobile: 'not-needed', personalData: false },
    });
    for (const word of ['not', 'set', 'preference', 'needed', 'personal', 'gdpr']) expect(found(db, word), word).toEqual([]);
    db.close();
  });

  it('keeps the index in step when the context changes, when nothing searchable changes, and through trash and purge', async () => {
    const { db } = await tempDatabase();
    const { id } = createAssessment(db, { clientName: 'Turbine AB', projectTitle: 'Telemetry API', requirements: { ...CONTEXT, languages: ['Svenska'] } });
    saveAssessment(db, id, { requirements: { ...CONTEXT, integrations: ['SAP Ariba'], languages: ['Svenska'], hosting: 'on-premises' } });
    expect(found(db, 'salesf')).toEqual([]);
    expect(found(db, 'eu')).toEqual([]);
    expect(found(db, 'ariba premises')).toEqual([id]);
    // An answer that moves a score but no context word leaves the index as it was (the trigger's WHEN clause).
    saveAssessment(db, id, { requirements: { ...CONTEXT, integrations: ['SAP Ariba'], languages: ['Svenska'], hosting: 'on-premises', teamSize: 4 } });
    expect(found(db, 'ariba svenska')).toEqual([id]);
    expect(checkDatabase(db)).toEqual({ ok: true, problems: [] });
    saveAssessment(db, id, { requirements: { projectKind: 'api-service' } });
    for (const gone of ['ariba', 'svenska', 'gdpr', '2027']) expect(found(db, gone), gone).toEqual([]);
    saveAssessment(db, id, { requirements: CONTEXT });
    trashAssessment(db, id, new Date('2025-01-01T00:00:00Z'));
    expect(listAssessments(db, { search: 'salesf', trash: true }).rows.map((r) => r.id)).toEqual([id]);
    expect(purgeTrash(db, new Date('2025-03-01T00:00:00Z'))).toBe(1);
    expect(listAssessments(db, { search: 'salesf', trash: true }).rows).toEqual([]);
    expect(checkDatabase(db)).toEqual({ ok: true, problems: [] });
    db.close();
  });

  // Databases of schema 6 already hold context (the fields came before their index): upgrading indexes it. The context
  // is written with SQL, as schema 6 stored it: this version's repository writes the latest schema only.
  for (const fixture of manifest.files.filter((f) => f.version < 7 && f.assessments.length > 0)) {
    it(`indexes the context an assessment had before the upgrade, from the version ${fixture.version} fixture`, async () => {
      const path = join(tempFolder(), 'scopewise.db');
      copyFileSync(join(fixtures, fixture.file), path);
      const before = await openDatabase(path, { mounts: '', targetVersion: 6 });
      const id = fixture.assessments[0]!.id;
      before.prepare('UPDATE assessments SET requirements = ? WHERE id = ?').run(requirementsJson(CONTEXT), id);
      expect(found(before, 'salesf'), 'schema 6 does not index the context').toEqual([]);
      before.close();

      const db = await openDatabase(path, { mounts: '' });
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      for (const word of ['salesf', 'espanol', 'health', 'gdpr', 'eu cloud']) expect(found(db, word), word).toEqual([id]);
      expect(found(db, 'zoe salesforce')).toEqual([id]);
      expect(checkDatabase(db)).toEqual({ ok: true, problems: [] });
      db.close();
    });
  }
});
