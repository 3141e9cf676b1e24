// The handlers over a real temporary database: each channel does what the UI needs, and refuses what it must.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CHANNEL_NAMES } from '../../shared/api/channels';
import { contract } from '../../shared/api/contract';
import { type ApiFixture, apiFixture, fingerprint } from './api-fixture';

let api: ApiFixture;
beforeAll(async () => {
  api = await apiFixture();
});
afterAll(() => api.close());

describe('the API handlers', () => {
  it('serve every channel of the contract, and only those', () => {
    expect(Object.keys(api.handlers).sort()).toEqual([...CHANNEL_NAMES].sort());
    expect([...CHANNEL_NAMES].sort()).toEqual(Object.keys(contract).sort());
  });

  it('create, save, list, search, and read back an assessment with its live recommendation', async () => {
    const created = await api.call('assessments.create', { fields: { clientName: 'Zoë Café', projectTitle: 'Orders portal' } });
    expect(created.recommendation.recommended).toBe('django');
    const saved = await api.call('assessments.update', {
      id: created.id,
      fields: { requirements: { projectKind: 'api-service', concurrency: 'high-async', apiDocs: true } },
    });
    expect(saved.recommendation.recommended).toBe('fastapi');
    const page = await api.call('assessments.list', { search: 'zoe' });
    expect(page.total).toBe(1);
    expect(page.rows[0]).toMatchObject({ id: created.id, recommended: 'fastapi' });
    expect((await api.call('assessments.get', { id: created.id })).requirements.apiDocs).toBe(true);
  });

  it('moves an assessment to the trash and back, and duplicates it as a new draft', async () => {
    const created = await api.call('assessments.create', { fields: { clientName: 'Trash Test Ltd', projectTitle: 'Site' } });
    await api.call('assessments.delete', { id: created.id });
    expect((await api.call('assessments.list', { search: 'Trash Test' })).total).toBe(0);
    expect((await api.call('assessments.list', { search: 'Trash Test', trash: true })).total).toBe(1);
    await api.call('assessments.restore', { id: created.id });
    expect((await api.call('assessments.list', { search: 'Trash Test' })).total).toBe(1);
    const copy = await api.call('assessments.duplicate', { id: created.id });
    expect(copy.id).not.toBe(created.id);
    expect(copy.projectTitle).toBe('Site (copy)');
    expect(copy.status).toBe('draft');
  });

  it('lists revisions and compares two of them in words', async () => {
    const created = await api.call('assessments.create', { fields: { clientName: 'Revisions Inc' } });
    const t0 = Date.now();
    await api.call('assessments.update', { id: created.id, fields: { requirements: { adminPanel: true } } });
    // A later save in a new minute makes a second revision; the db decides by time, so move the first one back.
    api.services.db
      .prepare('UPDATE revisions SET created_at = ?, updated_at = ? WHERE assessment_id = ?')
      .run(new Date(t0 - 3_600_000).toISOString(), new Date(t0 - 3_600_000).toISOString(), created.id);
    await api.call('assessments.update', { id: created.id, fields: { requirements: { adminPanel: false, concurrency: 'high-async', apiDocs: true } } });
    const revisions = await api.call('assessments.revisions', { id: created.id });
    expect(revisions.length).toBeGreaterThanOrEqual(2);
    const first = revisions[0]!.number;
    const last = revisions[revisions.length - 1]!.number;
    const diff = await api.call('assessments.compare', { id: created.id, from: first, to: last });
    expect(diff.answers.map((a) => a.field)).toContain('adminPanel');
    expect(diff.answers.find((a) => a.field === 'adminPanel')).toMatchObject({
      label: 'Will your staff manage content, orders or users themselves?',
      to: 'No',
    });
    expect(diff.recommendation.to.recommended).toBe('fastapi');
    expect(diff.fields).toEqual([]);
    const missing = await api.raw('assessments.compare', { id: created.id, from: first, to: 999 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('compares a change of title and status between revisions, naming both', async () => {
    const created = await api.call('assessments.create', { fields: { clientName: 'Retitled Ltd', projectTitle: 'Portal' } });
    api.services.db.prepare('UPDATE revisions SET created_at = ? WHERE assessment_id = ?').run(new Date(Date.now() - 3_600_000).toISOString(), created.id);
    await api.call('assessments.update', { id: created.id, fields: { projectTitle: 'Customer portal', status: 'final' } });
    const revisions = await api.call('assessments.revisions', { id: created.id });
    expect(revisions.map((r) => r.number)).toEqual([1, 2]);
    expect(revisions[1]!.id).toMatch(/^[0-9a-f]{64}$/);
    const diff = await api.call('assessments.compare', { id: created.id, from: 1, to: 2 });
    expect(diff.fields).toEqual([
      { field: 'projectTitle', label: 'Project title', from: 'Portal', to: 'Customer portal' },
      { field: 'status', label: 'Status', from: 'Draft', to: 'Final' },
    ]);
    expect(diff.answers).toEqual([]);
  });

  it('reads and updates the branding, refusing a logo that is not an image and writing nothing', async () => {
    const settings = await api.call('settings.get', {});
    // A new database carries no company's details, not even a placeholder name (the first-run prompt asks for them).
    expect(settings.branding).toMatchObject({ companyName: '', email: '', phone: '', website: '', address: '' });
    const updated = await api.call('settings.update', { branding: { companyName: 'Acme Consulting', email: 'hello@acme.test' } });
    expect(updated.branding).toMatchObject({ companyName: 'Acme Consulting', email: 'hello@acme.test', phone: '' });
    const before = fingerprint(api.services.db);
    const bad = await api.raw('settings.update', { branding: { logo: { mime: 'image/png', base64: Buffer.from('not a png at all').toString('base64') } } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'logo' } });
    expect(fingerprint(api.services.db)).toBe(before);
  });

  it('reads and updates the proposal settings, refusing a bad one by name and writing nothing', async () => {
    const settings = await api.call('settings.get', {});
    expect(settings.proposal).toMatchObject({ locale: 'en-GB', validityDays: 30, numberFormat: 'SW-{year}-{seq}', brandingConfirmed: false });
    const updated = await api.call('settings.update', { proposal: { locale: 'de-DE', brandingConfirmed: true } });
    expect(updated.proposal).toMatchObject({ locale: 'de-DE', validityDays: 30, brandingConfirmed: true });
    const before = fingerprint(api.services.db);
    const bad = await api.raw('settings.update', { proposal: { numberFormat: 'no sequence' }, branding: { companyName: 'Half Saved Ltd' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'proposal.numberFormat' } });
    expect(fingerprint(api.services.db)).toBe(before);
  });

  it('keeps the app language the consultant chose, refusing a language the app does not speak and writing nothing', async () => {
    // None chosen yet: the app follows the system's language.
    expect((await api.call('settings.get', {})).uiLanguage).toBeNull();
    expect((await api.call('settings.update', { uiLanguage: 'de' })).uiLanguage).toBe('de');
    expect((await api.call('settings.get', {})).uiLanguage).toBe('de');
    const before = fingerprint(api.services.db);
    const bad = await api.raw('settings.update', { uiLanguage: 'th' as 'de', branding: { companyName: 'Half Saved Ltd' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'uiLanguage' } });
    expect(bad.ok ? '' : bad.error.message).toBe('uiLanguage: expected one of en, de, got "th"');
    expect(fingerprint(api.services.db)).toBe(before);
    expect((await api.call('settings.update', { uiLanguage: 'en' })).uiLanguage).toBe('en');
  });

  it('previews either edition; only the internal one carries the notes', async () => {
    const created = await api.call('assessments.create', { fields: { clientName: 'Edition Ltd', projectTitle: 'Portal', notes: 'Budget is tight.' } });
    const client = await api.call('proposal.preview', { id: created.id });
    const internal = await api.call('proposal.preview', { id: created.id, edition: 'internal' });
    expect(client.pdfBase64).not.toBe(internal.pdfBase64);
    expect(await api.raw('proposal.preview', { id: created.id, edition: 'secret' as 'client' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'edition' },
    });
  });

  it('imports a bundle given as text and refuses a malformed one whole', async () => {
    const created = await api.call('assessments.create', { fields: { clientName: 'Bundle Co', projectTitle: 'Export me' } });
    const exported = await api.call('bundles.export', { ids: [created.id] });
    expect(exported.cancelled).toBe(false);
    expect(exported.path).toMatch(/exports/);
    const before = fingerprint(api.services.db);
    const refused = await api.raw('bundles.import', { json: '{"format":"scopewise-bundle","version":1,"assessments":[{"id":"nope"}]}' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(fingerprint(api.services.db)).toBe(before);
    const notJson = await api.raw('bundles.import', { json: '{oops' });
    expect(notJson).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/not valid JSON/) } });
  });

  it('creates, lists and restores backups, and the restore can itself be undone', async () => {
    const marker = await api.call('assessments.create', { fields: { clientName: 'Before Backup' } });
    const backup = await api.call('backups.create', {});
    expect(backup.reason).toBe('manual');
    await api.call('assessments.create', { fields: { clientName: 'After Backup' } });
    expect((await api.call('backups.list', {})).map((b) => b.name)).toContain(backup.name);
    await api.call('backups.restore', { name: backup.name });
    expect((await api.call('assessments.list', { search: 'After Backup' })).total).toBe(0);
    expect((await api.call('assessments.get', { id: marker.id })).clientName).toBe('Before Backup');
    const setAside = (await api.call('backups.list', {})).find((b) => b.reason === 'before-restore');
    expect(setAside).toBeDefined();
    await api.call('backups.restore', { name: setAside!.name });
    expect((await api.call('assessments.list', { search: 'After Backup' })).total).toBe(1);
    expect(await api.raw('backups.restore', { name: 'no-such-backup.db' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('keeps a before-restore backup through ordinary rotation until it is dismissed', async () => {
    const backup = await api.call('backups.create', {});
    await api.call('backups.restore', { name: backup.name });
    const kept = (await api.call('backups.list', {})).find((b) => b.reason === 'before-restore')!;
    let ordinary = backup;
    for (let i = 0; i < 8; i++) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      ordinary = await api.call('backups.create', {});
    }
    expect((await api.call('backups.list', {})).map((b) => b.name)).toContain(kept.name);
    expect(await api.raw('backups.dismiss', { name: ordinary.name })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'name' } });
    await api.call('backups.dismiss', { name: kept.name });
    // Dismissed, it is the oldest ordinary backup past the newest seven, so the rotation it triggers deletes it.
    const after = (await api.call('backups.list', {})).map((b) => b.name);
    expect(after).not.toContain(kept.name);
    expect(after).not.toContain(kept.name.replace('before-restore', 'restore-dismissed'));
    expect(after.filter((name) => !name.endsWith('-before-restore.db'))).toHaveLength(7);
  });

  it('answers typed errors for an unknown channel, a bad payload and an unknown id, never a stack trace', async () => {
    expect(await api.raw('assessments.drop', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const bad = await api.raw('assessments.get', { id: 42 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'id' } });
    const unknown = await api.raw('assessments.get', { id: '7c0e6d3e-8f0a-4c4e-9d7e-2b1a3c4d5e6f' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(JSON.stringify([bad, unknown])).not.toMatch(/at .*\.ts:|SELECT|\/tmp\//);
  });
});
