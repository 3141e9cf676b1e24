// Comparing revisions shows the deal: items added, removed and re-estimated, each option's total and the recommended
// one's, and the revision list marks the revisions a client edition was exported of, with the proposal number.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { estimateScope } from '../../shared/scope/estimate';
import type { Scope } from '../../shared/scope/schema';
import { type ApiFixture, apiFixture } from './api-fixture';

let api: ApiFixture;
beforeAll(async () => {
  api = await apiFixture();
});
afterAll(() => api.close());

/** Moves every revision of an assessment an hour back, so the next save starts a new one. */
function age(id: string): void {
  const then = new Date(Date.now() - 3_600_000).toISOString();
  api.services.db.prepare('UPDATE revisions SET created_at = ?, updated_at = ? WHERE assessment_id = ?').run(then, then, id);
}

describe('revisions that show the deal', () => {
  it('names the items added, removed and re-estimated and the totals before and after', async () => {
    const requirements = { projectKind: 'ecommerce' as const, adminPanel: true, auth: 'roles' as const, integrations: ['SAP'] };
    const created = await api.call('assessments.create', { fields: { clientName: 'Deal Compare Ltd', projectTitle: 'Shop', requirements } });
    const drafted = await api.call('scope.draft', { id: created.id });
    const before = drafted.scope!;
    age(created.id);
    const [kept, dropped, ...rest] = before.items;
    const after: Scope = {
      ...before,
      items: [
        { ...kept!, likely: kept!.likely + 4, high: kept!.high + 8 },
        ...rest,
        { id: 'new-item', title: 'Warehouse scanner app', phase: 'Build', role: 'developer', low: 10, likely: 15, high: 25 },
      ],
    };
    await api.call('assessments.update', { id: created.id, fields: { scope: after } });
    const revisions = await api.call('assessments.revisions', { id: created.id });
    const first = revisions[0]!.number;
    const last = revisions.at(-1)!.number;
    expect(first).not.toBe(last);

    const diff = await api.call('assessments.compare', { id: created.id, from: first, to: last });
    const scope = diff.scope!;
    expect(scope.added.map((i) => i.title)).toEqual(['Warehouse scanner app']);
    expect(scope.added[0]).toMatchObject({ low: 10, likely: 15, high: 25 });
    expect(scope.removed.map((i) => i.title)).toEqual([dropped!.title]);
    expect(scope.reestimated).toHaveLength(1);
    expect(scope.reestimated[0]!.to.likely - scope.reestimated[0]!.from.likely).toBe(4);
    expect(scope.reestimated[0]!.to.title).toBe(kept!.title);
    // The totals are the estimate's own, for each revision's framework.
    const framework = diff.recommendation.to.recommended;
    const totalOf = (s: Scope) => estimateScope(s, { framework }).tiers.at(-1)!.total;
    expect(scope.total).toEqual({ from: totalOf(before), to: totalOf(after) });
    expect(scope.total.to).toBeGreaterThan(scope.total.from!);
    expect(scope.tiers).toEqual([{ tier: 1, name: before.tiers[0], from: totalOf(before), to: totalOf(after) }]);
  });

  it('says nothing of a scope when neither revision has one, and everything is added when the first has none', async () => {
    const created = await api.call('assessments.create', { fields: { clientName: 'No Scope Yet Ltd', requirements: { projectKind: 'ecommerce' } } });
    age(created.id);
    await api.call('assessments.update', { id: created.id, fields: { projectTitle: 'Renamed' } });
    expect((await api.call('assessments.compare', { id: created.id, from: 1, to: 2 })).scope).toBeNull();
    age(created.id);
    const drafted = await api.call('scope.draft', { id: created.id });
    const diff = await api.call('assessments.compare', { id: created.id, from: 1, to: drafted.revision });
    expect(diff.scope!.added).toHaveLength(drafted.scope!.items.length);
    expect(diff.scope!.total.from).toBeNull();
    expect(diff.scope!.total.to).toBeGreaterThan(0);
  });

  it('marks the revisions a client edition was exported of, with the proposal number; an internal one is not sent', async () => {
    const created = await api.call('assessments.create', { fields: { clientName: 'Sent Marks Ltd', requirements: { projectKind: 'ecommerce' } } });
    await api.call('proposal.export', { id: created.id, edition: 'internal' });
    expect((await api.call('assessments.revisions', { id: created.id }))[0]!.sent).toBeUndefined();
    const exported = await api.call('proposal.export', { id: created.id });
    expect(exported.cancelled).toBe(false);
    await api.call('assessments.update', { id: created.id, fields: { projectTitle: 'After sending' } });
    const revisions = await api.call('assessments.revisions', { id: created.id });
    expect(revisions).toHaveLength(2);
    expect(revisions[0]!.sent).toMatchObject({ proposalNumber: expect.stringMatching(/^SW-\d{4}-\d{4}$/) as unknown });
    expect(revisions[1]!.sent).toBeUndefined();
    const diff = await api.call('assessments.compare', { id: created.id, from: 1, to: 2 });
    expect(diff.from.sent?.proposalNumber).toBe(revisions[0]!.sent!.proposalNumber);
  });
});
