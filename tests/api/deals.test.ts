// deals.* through the dispatch both transports use: the status flow from sent to accepted, the pipeline and its CSV,
// and every refusal as a typed error naming the field, with the database unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DEFAULT_RATE_CARD, emptyScope } from '../../shared/scope/schema';
import { type ApiFixture, apiFixture, fingerprint } from './api-fixture';

let api: ApiFixture;
beforeAll(async () => {
  api = await apiFixture();
});
afterAll(() => api.close());

const scope = {
  ...emptyScope(DEFAULT_RATE_CARD),
  tiers: ['Essential', 'Complete'],
  items: [
    { id: 'a', title: 'Accounts', phase: 'Build', role: 'developer', low: 2, likely: 2, high: 2 },
    { id: 'b', title: 'Back office', phase: 'Build', role: 'developer', low: 3, likely: 3, high: 3, tier: 2 },
  ],
};

describe('deals through the API', () => {
  it('sends, then accepts with the option and the signer, each a revision, and the pipeline counts it won', async () => {
    const created = await api.call('assessments.create', { fields: { clientName: 'Acme', scope } });
    await api.call('proposal.export', { id: created.id });
    const sent = await api.call('deals.setStatus', { id: created.id, status: 'sent' });
    expect(sent.status).toBe('sent');
    expect(sent.deal).toMatchObject({ currency: 'GBP' });
    const accepted = await api.call('deals.setStatus', { id: created.id, status: 'accepted', tier: 1, by: 'Ada Acme' });
    expect(accepted.deal).toMatchObject({ acceptedTier: 1, acceptedBy: 'Ada Acme' });
    expect(accepted.revision).toBeGreaterThan(sent.revision);
    const history = await api.call('assessments.compare', { id: created.id, from: sent.revision, to: accepted.revision });
    expect(history.fields).toEqual([{ field: 'status', label: 'Status', from: 'Sent', to: 'Accepted' }]);
    const pipeline = await api.call('deals.pipeline', {});
    expect(pipeline.won.count).toBe(1);
    expect(pipeline.statuses.find((s) => s.status === 'accepted')).toMatchObject({ count: 1, values: [{ currency: 'GBP', total: accepted.deal!.value }] });
    const { csv } = await api.call('deals.pipelineCsv', {});
    expect(csv.split('\r\n')[1]).toContain(`${created.id},Acme,,accepted,`);
    const listed = await api.call('assessments.list', { status: 'accepted' });
    expect(listed.rows.map((r) => r.id)).toEqual([created.id]);
  });

  it('refuses bad changes with a typed error naming the field, and writes nothing', async () => {
    const { id } = await api.call('assessments.create', { fields: { clientName: 'Bad input', scope } });
    const before = fingerprint(api.services.db);
    const refusals: [unknown, string, RegExp][] = [
      [{ id, status: 'accepted', by: 'X' }, 'tier', /accepting needs one/],
      [{ id, status: 'accepted', tier: 1 }, 'by', /accepting needs one/],
      [{ id, status: 'accepted', tier: 3, by: 'X' }, 'tier', /an option this proposal offers \(1 to 2\)/],
      [{ id, status: 'expired' }, 'status', /expected one of sent, accepted, declined/],
      [{ id, status: 'declined', reason: 'x'.repeat(2001) }, 'reason', /at most 2000/],
    ];
    for (const [input, field, message] of refusals) {
      const result = await api.raw('deals.setStatus', input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) {
        expect(result.error).toMatchObject({ code: 'invalid_input', field });
        expect(result.error.message).toMatch(message);
      }
    }
    const edit = await api.raw('assessments.update', { id, fields: { status: 'accepted' } });
    expect(edit.ok ? null : edit.error).toMatchObject({ code: 'invalid_input', field: 'status' });
    const bad = await api.raw('assessments.update', { id, fields: { scope: { ...scope, payments: [{ label: 'All', percent: 90 }] } } });
    expect(bad.ok ? null : bad.error).toMatchObject({ code: 'invalid_input', field: 'fields.scope.payments' });
    const tax = await api.raw('assessments.update', { id, fields: { scope: { ...scope, taxPercent: 101 } } });
    expect(tax.ok ? null : tax.error).toMatchObject({ code: 'invalid_input', field: 'fields.scope.taxPercent' });
    expect(fingerprint(api.services.db)).toEqual(before);
    await api.call('assessments.delete', { id });
    const inTrash = fingerprint(api.services.db);
    const trashed = await api.raw('deals.setStatus', { id, status: 'sent' });
    expect(trashed.ok ? null : trashed.error).toMatchObject({ code: 'conflict', field: 'id' });
    expect(trashed.ok ? '' : trashed.error.message).toMatch(/is in the trash; restore it before changing its status/);
    expect(fingerprint(api.services.db)).toEqual(inTrash);
  });
});
