// The client's contact person (clientContactName, clientContactRole, clientContactEmail): saved with the assessment,
// kept by every revision, carried by bundles, and refused with the field named when the e-mail is not an address.
import { afterEach, describe, expect, it } from 'vitest';

import { exportBundle, getAssessment, importBundle, listRevisions, parseBundle, restoreRevision } from '../../db';
import { tempDatabase } from '../db/temp';
import { type ApiFixture, apiFixture, fingerprint } from './api-fixture';

let api: ApiFixture | undefined;
afterEach(() => {
  api?.close();
  api = undefined;
});

const contact = { clientContactName: 'Somchai Wongsakul', clientContactRole: 'Head of Operations', clientContactEmail: 'somchai@siam-freight.co.th' };

describe('the client contact person', () => {
  it('is saved, read back, kept in the revision, and cleared by an empty value', async () => {
    api = await apiFixture();
    const created = await api.call('assessments.create', { fields: { clientName: 'Siam Freight', ...contact } });
    expect(created).toMatchObject(contact);
    const changed = await api.call('assessments.update', { id: created.id, fields: { clientContactRole: 'COO' } });
    expect(changed).toMatchObject({ ...contact, clientContactRole: 'COO' });
    const cleared = await api.call('assessments.update', { id: created.id, fields: { clientContactEmail: '' } });
    expect(cleared.clientContactEmail).toBeUndefined();
    expect(cleared.clientContactName).toBe('Somchai Wongsakul');
    // Saves within a minute share one revision: it holds the contact as it now stands, the cleared part left out.
    const latest = listRevisions(api.services.db, created.id).at(-1)!.fields;
    expect(latest).toMatchObject({ clientContactName: 'Somchai Wongsakul', clientContactRole: 'COO' });
    expect(latest).not.toHaveProperty('clientContactEmail');
  });

  it('is copied by duplicate: the same client, the same person', async () => {
    api = await apiFixture();
    const created = await api.call('assessments.create', { fields: { clientName: 'Siam Freight', ...contact } });
    const copy = await api.call('assessments.duplicate', { id: created.id });
    expect(copy).toMatchObject(contact);
  });

  it('restoring an old revision brings its contact back whole', async () => {
    api = await apiFixture();
    const created = await api.call('assessments.create', { fields: { clientName: 'Siam Freight', ...contact } });
    const db = api.services.db;
    db.prepare('UPDATE revisions SET sealed = 1 WHERE assessment_id = ?').run(created.id);
    await api.call('assessments.update', { id: created.id, fields: { clientContactName: 'Anong P.', clientContactEmail: '' } });
    const restored = restoreRevision(db, created.id, 1);
    expect(restored).toMatchObject(contact);
  });

  it('refuses a malformed e-mail, naming the field, and writes nothing', async () => {
    api = await apiFixture();
    const created = await api.call('assessments.create', { fields: { clientName: 'Siam Freight' } });
    const before = fingerprint(api.services.db);
    for (const email of ['somchai@', 'somchai wongsakul', 'a@b@c.th']) {
      const result = await api.raw('assessments.update', { id: created.id, fields: { clientContactName: 'Somchai', clientContactEmail: email } });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.field ?? '').toContain('clientContactEmail');
      expect(result.error.message).toMatch(/e-mail/);
    }
    expect(fingerprint(api.services.db)).toBe(before);
  });

  it('travels through a bundle: export, import into another database, same contact in every revision', async () => {
    api = await apiFixture();
    const created = await api.call('assessments.create', { fields: { clientName: 'Müller & Söhne Zahlungsdienste GmbH', ...contact } });
    await api.call('assessments.update', { id: created.id, fields: { clientContactRole: 'Leiterin Zahlungsverkehr' } });
    const bundle = parseBundle(JSON.parse(JSON.stringify(exportBundle(api.services.db, [created.id]))));
    expect(bundle.assessments[0]).toMatchObject({ ...contact, clientContactRole: 'Leiterin Zahlungsverkehr' });

    const { db } = await tempDatabase();
    expect(importBundle(db, bundle).added).toEqual([created.id]);
    expect(getAssessment(db, created.id)).toMatchObject({ ...contact, clientContactRole: 'Leiterin Zahlungsverkehr' });
    expect(listRevisions(db, created.id).map((r) => r.fields.clientContactRole)).toEqual(
      listRevisions(api.services.db, created.id).map((r) => r.fields.clientContactRole),
    );
    // A second import finds nothing new: the contact is part of each revision's identity, unchanged by the trip.
    expect(importBundle(db, bundle).skipped.map((s) => s.reason)).toEqual(['unchanged']);
  });

  it('refuses a bundle whose contact e-mail is not an address, naming the field', () => {
    const bundle = {
      format: 'scopewise-bundle',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      assessments: [
        {
          id: '0b6f7a43-1f7c-4a4e-9a53-0d1e4b9b2a11',
          clientName: 'X',
          projectTitle: '',
          consultant: '',
          status: 'draft',
          requirements: {},
          notes: '',
          clientContactEmail: 'not-an-address',
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
          revisions: [],
        },
      ],
    };
    expect(() => parseBundle(bundle)).toThrow(/clientContactEmail/);
  });
});
