// proposalLanguage through the API: saved by assessments.update, copied by duplicate (the same client reads the same
// language), and `language` on proposal.preview for one preview; a tag that is not a proposal language is refused
// naming the field, and nothing is written.
import { afterEach, describe, expect, it } from 'vitest';

import { type ApiFixture, apiFixture, fingerprint } from './api-fixture';

let api: ApiFixture | undefined;
afterEach(() => {
  api?.close();
  api = undefined;
});

describe('proposalLanguage over the API', () => {
  it('is saved by an update and copied by duplicate', async () => {
    api = await apiFixture();
    const created = await api.call('assessments.create', { fields: { clientName: 'Siam Freight' } });
    expect(created.proposalLanguage).toBeUndefined();
    const thai = await api.call('assessments.update', { id: created.id, fields: { proposalLanguage: 'th' } });
    expect(thai.proposalLanguage).toBe('th');
    const copy = await api.call('assessments.duplicate', { id: created.id });
    expect(copy.proposalLanguage).toBe('th');
  });

  it('refuses an unknown language on update and on preview, naming the field, and writes nothing', async () => {
    api = await apiFixture();
    const created = await api.call('assessments.create', { fields: { clientName: 'Siam Freight' } });
    const before = fingerprint(api.services.db);
    const update = await api.raw('assessments.update', { id: created.id, fields: { proposalLanguage: 'klingon' } });
    expect(update.ok).toBe(false);
    expect(!update.ok && update.error).toMatchObject({ code: 'invalid_input', field: expect.stringContaining('proposalLanguage') });
    const preview = await api.raw('proposal.preview', { id: created.id, language: 'ar' });
    expect(preview.ok).toBe(false);
    expect(!preview.ok && preview.error).toMatchObject({ code: 'invalid_input', field: 'language' });
    expect(!preview.ok && preview.error.message).toMatch(/en.*de.*fr.*es.*nl.*th/);
    expect(fingerprint(api.services.db)).toBe(before);
  });
});
