// Input that JSON allows but no field should hold: unpaired UTF-16 surrogates (stored, they become invalid UTF-8)
// and numbers too large to hold (1e400 parses as Infinity). Each is refused naming the field, and nothing is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices } from '../../electron/api/services';
import { browserFileActions } from '../../electron/serve/file-actions';
import { apiFixture, fingerprint, type ApiFixture } from './api-fixture';

let api: ApiFixture;
let id: string;
beforeAll(async () => {
  api = await apiFixture();
  id = (await api.call('assessments.create', { fields: { clientName: 'Valid 👋 client' } })).id;
});
afterAll(() => api.close());

async function expectRefused(channel: string, payload: unknown, field: string, pattern: RegExp): Promise<void> {
  const before = fingerprint(api.services.db);
  const result = await api.raw(channel, payload);
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field } });
  if (!result.ok) expect(result.error.message).toMatch(pattern);
  expect(fingerprint(api.services.db)).toBe(before);
}

describe('odd input at the API', () => {
  it('refuses a lone surrogate in any text field, naming the field, as parsed from JSON', async () => {
    await expectRefused(
      'assessments.create',
      JSON.parse('{"fields":{"clientName":"Acme \\ud800 Ltd"}}'),
      'fields.clientName',
      /^fields\.clientName: .*unpaired surrogate.* position 5/,
    );
    await expectRefused('assessments.update', { id, fields: { notes: 'ok\udfff' } }, 'fields.notes', /unpaired surrogate/);
    await expectRefused('assessments.list', { search: '\udc00abc' }, 'search', /unpaired surrogate/);
    await expectRefused('settings.update', { branding: { companyName: 'Co\ud83d' } }, 'branding.companyName', /unpaired surrogate/);
    // A pair is one character and fine.
    expect(await api.raw('assessments.update', { id, fields: { notes: 'ok \ud83d\udc4b' } })).toMatchObject({ ok: true });
  });

  it('refuses a lone surrogate inside an imported bundle, naming the field in the bundle', async () => {
    const exported = await api.call('bundles.export', { ids: [id] });
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(exported.path!, 'utf8').replace('Valid \ud83d\udc4b client', 'Broken \\ud83d client');
    await expectRefused('bundles.import', { json: text }, 'assessments[0].clientName', /unpaired surrogate/);
  });

  it('refuses a number too large to hold, naming the field and the allowed range instead of "got null"', async () => {
    const payload = JSON.parse('{"id":"ID","fields":{"requirements":{"teamSize":1e400}}}'.replace('ID', id));
    expect(payload.fields.requirements.teamSize).toBe(Infinity);
    await expectRefused(
      'assessments.update',
      payload,
      'fields.requirements.teamSize',
      /^fields\.requirements\.teamSize: expected a number from 1 to \d+, got a number too large to hold/,
    );
    await expectRefused(
      'assessments.list',
      JSON.parse('{"page":-1e400}'),
      'page',
      /^page: expected a number from 0 to 1000000, got a number too large to hold/,
    );
  });
});

describe('a database path that is not a file', () => {
  it('is called "not a regular file" when it is a character device such as /dev/null, not "a folder"', async () => {
    await expect(openServices({ databasePath: '/dev/null', files: browserFileActions(api.dir), maintenance: false })).rejects.toThrow(/not a regular file/);
  });
});
