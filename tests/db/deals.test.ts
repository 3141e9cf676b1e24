// The deal's statuses in the database: sent seals the revision and later edits make a new version; accepted records
// the option, the signer and the date and locks its revision; declined keeps a reason; expiry at start; every change
// a revision; bad changes refused with nothing written. Real SQLite files.
import { describe, expect, it } from 'vitest';

import {
  checkDatabase,
  createAssessment,
  type Database,
  expireOverdue,
  exportBundle,
  importBundle,
  listRevisions,
  pipelineCsv,
  proposalVersion,
  readPipeline,
  recordExport,
  saveAssessment,
  saveEdits,
  setStatus,
  trashAssessment,
} from '../../db';
import { statusChangeSchema } from '../../shared/deal';
import { parseInput } from '../../shared/errors';
import { DEFAULT_RATE_CARD, emptyScope, type Scope, scopeSchema } from '../../shared/scope/schema';
import { tempDatabase } from './temp';

async function fresh(): Promise<Database> {
  return (await tempDatabase()).db;
}

const SCOPE: Scope = scopeSchema.parse({
  ...emptyScope(DEFAULT_RATE_CARD),
  currency: 'EUR',
  tiers: ['Good', 'Better'],
  discountPercent: 10,
  taxPercent: 20,
  items: [
    { id: 'a', title: 'Accounts', phase: 'Build', role: 'developer', low: 2, likely: 2, high: 2 },
    { id: 'b', title: 'Back office', phase: 'Build', role: 'developer', low: 4, likely: 4, high: 4, tier: 2 },
  ],
});

const at = (minute: number): Date => new Date(Date.UTC(2026, 4, 1, 9, minute));
const revisionCount = (handle: Database, id: string): number => listRevisions(handle, id).length;
const exportAt = (handle: Database, id: string, minute: number): void =>
  void recordExport(handle, { assessmentId: id, path: '/tmp/p.pdf', sha256: 'a'.repeat(64), exportedAt: at(minute).toISOString() });

describe('status changes', () => {
  it('sent seals the exported revision: a later edit makes a new revision, and its export version 2', async () => {
    const handle = await fresh();
    const { id } = createAssessment(handle, { clientName: 'Acme', scope: SCOPE }, { now: at(0) });
    exportAt(handle, id, 1);
    expect(proposalVersion(handle, id, 1)).toBe(1);
    const sent = setStatus(handle, id, { status: 'sent' }, { now: at(2) });
    expect(sent.status).toBe('sent');
    // The proposal was saved on 1 May; valid for the settings' 30 days.
    expect(sent.deal).toMatchObject({ sentAt: at(2).toISOString(), validUntil: '2026-05-31', currency: 'EUR' });
    // Better (tier 2, the default recommended): 6 days × 550.00 + PM 20% + QA 15% + 10% contingency, less 10%; before tax.
    expect(sent.deal!.value).toBeGreaterThan(0);
    // Re-exporting after the status change alone keeps version 1: nothing the client reads changed.
    expect(proposalVersion(handle, id, sent.revision)).toBe(1);
    const edited = saveAssessment(handle, id, { projectTitle: 'Shop, revised' }, { now: at(3) });
    expect(edited.revision).toBe(sent.revision + 1);
    expect(proposalVersion(handle, id, edited.revision)).toBe(2);
    exportAt(handle, id, 4);
    expect(proposalVersion(handle, id, edited.revision)).toBe(2);
    const statuses = listRevisions(handle, id).map((r) => r.fields.status);
    expect(statuses).toContain('sent');
  });

  it('accepted records the option, the signer and the date, keeps the sending, and locks the revision', async () => {
    const handle = await fresh();
    const { id } = createAssessment(handle, { clientName: 'Acme', scope: SCOPE }, { now: at(0) });
    setStatus(handle, id, { status: 'sent' }, { now: at(1) });
    const accepted = setStatus(handle, id, { status: 'accepted', tier: 1, by: 'Jane Roe' }, { now: at(5) });
    expect(accepted.status).toBe('accepted');
    expect(accepted.deal).toMatchObject({ acceptedTier: 1, acceptedBy: 'Jane Roe', decidedAt: at(5).toISOString(), sentAt: at(1).toISOString() });
    const sentValue = listRevisions(handle, id).find((r) => r.fields.status === 'sent')!.fields.deal!.value!;
    expect(accepted.deal!.value).toBeLessThan(sentValue);
    const after = saveAssessment(handle, id, { notes: 'Kick-off booked.' }, { now: at(6) });
    expect(after.revision).toBe(accepted.revision + 1);
    expect(listRevisions(handle, id).at(-2)!.fields.status).toBe('accepted');
  });

  it('declined keeps a reason and the value that was on the table', async () => {
    const handle = await fresh();
    const { id } = createAssessment(handle, { scope: SCOPE }, { now: at(0) });
    const sent = setStatus(handle, id, { status: 'sent' }, { now: at(1) });
    const declined = setStatus(handle, id, { status: 'declined', reason: 'Budget moved to next year' }, { now: at(9) });
    expect(declined.deal).toMatchObject({ declineReason: 'Budget moved to next year', value: sent.deal!.value, decidedAt: at(9).toISOString() });
  });

  it.each([
    ['accepting without an option', { status: 'accepted', by: 'Jane' }, 'tier', /accepting needs one/],
    ['accepting without a name', { status: 'accepted', tier: 1 }, 'by', /accepting needs one/],
    ['a blank name', { status: 'accepted', tier: 1, by: '   ' }, 'by', /at least 1/],
    ['a reason on an acceptance', { status: 'accepted', tier: 1, by: 'Jane', reason: 'x' }, 'reason', /only a decline/],
    ['an unknown status', { status: 'won' }, 'status', /sent, accepted, declined/],
  ])('refuses %s, naming the field', (_name, input, field, message) => {
    let error: unknown;
    try {
      parseInput(statusChangeSchema, input);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'invalid_input', field });
    expect((error as Error).message).toMatch(message);
  });

  it('refuses an option the proposal does not offer, and a change in the trash, writing nothing', async () => {
    const handle = await fresh();
    const { id } = createAssessment(handle, { scope: SCOPE }, { now: at(0) });
    expect(() => setStatus(handle, id, { status: 'accepted', tier: 3, by: 'Jane' }, { now: at(1) })).toThrow(
      /tier: expected an option this proposal offers \(1 to 2\)/,
    );
    const bare = createAssessment(handle, {}, { now: at(0) }).id;
    expect(() => setStatus(handle, bare, { status: 'accepted', tier: 2, by: 'Jane' }, { now: at(1) })).toThrow(/\(1 to 1\)/);
    trashAssessment(handle, id, at(2));
    expect(() => setStatus(handle, id, { status: 'sent' }, { now: at(3) })).toThrow(/is in the trash; restore it before changing its status/);
    expect(revisionCount(handle, id)).toBe(1);
    expect(revisionCount(handle, bare)).toBe(1);
    expect(readPipeline(handle, { today: '2026-05-01' }).statuses.every((s) => s.count === 0)).toBe(true);
  });

  it('an edit cannot set accepted, declined or expired, leave them, or change the deal; it may keep them', async () => {
    const handle = await fresh();
    const { id } = createAssessment(handle, {}, { now: at(0) });
    expect(() => saveEdits(handle, id, { status: 'accepted' })).toThrow(/status: accepted is recorded with a status change/);
    expect(() => saveEdits(handle, id, { deal: { acceptedBy: 'Me' } })).toThrow(/deal: changed only by a status change/);
    expect(revisionCount(handle, id)).toBe(1);
    setStatus(handle, id, { status: 'declined' }, { now: at(1) });
    const kept = saveEdits(handle, id, { status: 'declined', notes: 'Maybe next year.' }, { now: at(3) });
    expect(kept.status).toBe('declined');
    // A stale editor saving the status it last saw never undoes the decision; sending again reopens it.
    expect(() => saveEdits(handle, id, { status: 'sent' }, { now: at(4) })).toThrow(/status: this proposal is declined; mark it sent again to reopen it/);
    expect(setStatus(handle, id, { status: 'sent' }, { now: at(5) }).status).toBe('sent');
    expect(saveEdits(handle, id, { status: 'draft' }, { now: at(6) }).status).toBe('draft');
  });

  it('expires, at start, the sent proposals whose validity date has passed, each as a revision', async () => {
    const handle = await fresh();
    const a = createAssessment(handle, {}, { now: at(0) }).id;
    const b = createAssessment(handle, {}, { now: at(0) }).id;
    setStatus(handle, a, { status: 'sent' }, { now: at(1) });
    setStatus(handle, b, { status: 'sent' }, { now: new Date('2026-05-20T09:00:00Z') });
    expect(expireOverdue(handle, '2026-05-31')).toEqual([]);
    const later = new Date('2026-06-01T08:00:00Z');
    expect(expireOverdue(handle, '2026-06-01', { now: later })).toEqual([a]);
    const pipeline = readPipeline(handle, { today: '2026-06-01', from: '2026-05-01', to: '2026-06-30' });
    expect(pipeline.expired).toBe(1);
    expect(pipeline.statuses.find((s) => s.status === 'sent')!.count).toBe(1);
    expect(listRevisions(handle, a).at(-1)!.fields).toMatchObject({ status: 'expired', deal: { decidedAt: later.toISOString(), validUntil: '2026-05-31' } });
  });
});

describe('a deal in a bundle', () => {
  it('travels with the assessment: the other database lists it accepted, with its record and value, in its pipeline', async () => {
    const handle = await fresh();
    const { id } = createAssessment(handle, { clientName: 'Acme', scope: SCOPE }, { now: at(0) });
    setStatus(handle, id, { status: 'sent' }, { now: at(1) });
    const accepted = setStatus(handle, id, { status: 'accepted', tier: 2, by: 'Jane Roe' }, { now: at(2) });
    const bundle = exportBundle(handle, [id]);
    const { db: other } = await tempDatabase();
    importBundle(other, bundle);
    const pipeline = readPipeline(other, { from: '2026-05-01', to: '2026-05-01', today: '2026-05-01' });
    expect(pipeline.statuses.find((s) => s.status === 'accepted')).toEqual({
      status: 'accepted',
      count: 1,
      values: [{ currency: 'EUR', total: accepted.deal!.value }],
    });
    expect(pipeline.decided[0]).toMatchObject({ id, acceptedTier: 2, acceptedBy: 'Jane Roe' });
  });
});

describe('the pipeline', () => {
  it('counts and values per status and currency, the open ones by validity date, the win rate, value won and reasons of a period', async () => {
    const handle = await fresh();
    const gbp = { ...SCOPE, currency: 'GBP', discountPercent: 0 };
    const make = (scope: Scope | null): string => createAssessment(handle, scope === null ? {} : { scope }, { now: at(0) }).id;
    const [a, b, c, d, e, f] = [make(SCOPE), make(SCOPE), make(gbp), make(SCOPE), make(null), make(SCOPE)];
    for (const id of [a, b, c, d, e, f]) setStatus(handle, id, { status: 'sent' }, { now: at(1) });
    setStatus(handle, a, { status: 'accepted', tier: 2, by: 'A' }, { now: at(10) });
    setStatus(handle, c, { status: 'accepted', tier: 1, by: 'C' }, { now: at(11) });
    setStatus(handle, d, { status: 'declined', reason: 'Too expensive' }, { now: at(12) });
    setStatus(handle, e, { status: 'declined', reason: 'Too expensive' }, { now: at(13) });
    // Decided before the period: counted by status, not in the period's figures.
    setStatus(handle, f, { status: 'declined', reason: 'Chose another vendor' }, { now: new Date('2026-01-10T10:00:00Z') });
    const worth = (id: string): number => listRevisions(handle, id).at(-1)!.fields.deal!.value!;

    const p = readPipeline(handle, { from: '2026-04-01', to: '2026-05-31', today: '2026-05-02' });
    expect(p.statuses.map((s) => [s.status, s.count])).toEqual([
      ['sent', 1],
      ['accepted', 2],
      ['declined', 3],
      ['expired', 0],
    ]);
    expect(p.statuses[1]!.values).toEqual([
      { currency: 'EUR', total: worth(a) },
      { currency: 'GBP', total: worth(c) },
    ]);
    expect(p.open.map((r) => r.id)).toEqual([b]);
    expect(p.open[0]).toMatchObject({ status: 'sent', validUntil: '2026-05-31', currency: 'EUR' });
    expect(p.won.count).toBe(2);
    expect(p.declined).toBe(2);
    expect(p.winRate).toBe(0.5);
    expect(p.declineReasons).toEqual([{ reason: 'Too expensive', count: 2 }]);
    expect(p.decided.map((r) => r.id)).toEqual([e, d, c, a]);
    expect(p.decided[3]).toMatchObject({ acceptedTier: 2, acceptedBy: 'A' });

    trashAssessment(handle, b);
    expect(readPipeline(handle, { today: '2026-05-02' }).open).toEqual([]);

    const csv = [...pipelineCsv(handle)].join('');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,client,project,status,value,currency,date,valid_until,option,accepted_by,decline_reason');
    expect(lines).toHaveLength(6);
    expect(lines.find((l) => l.startsWith(a))).toContain(`,accepted,${(worth(a) / 100).toFixed(2)},EUR,`);
  });

  it('answers with the indexes and running totals of migration 12, never scanning the table', async () => {
    const handle = await fresh();
    const plans = [
      "SELECT id FROM assessments WHERE deleted_at IS NULL AND deal_at IS NOT NULL AND status IN ('accepted', 'declined', 'expired') AND deal_at >= '2026' AND deal_at < '2027'",
      "SELECT id FROM assessments INDEXED BY assessments_live_validity WHERE deleted_at IS NULL AND status = 'sent' AND valid_until < '2026-05-01'",
    ].map((sql) => (handle.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | '));
    expect(plans[0]).toMatch(/USING INDEX assessments_live_deals \(status=\? AND deal_at>\? AND deal_at<\?\)/);
    expect(plans[1]).toMatch(/USING INDEX assessments_live_validity \(valid_until<\?\)/);
  });

  it('keeps the running totals equal to a count of the rows through sends, decisions, edits, trash, restore and purge', async () => {
    const handle = await fresh();
    const ids = Array.from(
      { length: 8 },
      (_, i) => createAssessment(handle, { scope: i % 2 === 0 ? SCOPE : { ...SCOPE, currency: 'GBP' } }, { now: at(0) }).id,
    );
    ids.forEach((id, i) => {
      if (i % 4 !== 3) setStatus(handle, id, { status: 'sent' }, { now: at(1) });
      if (i % 4 === 1) setStatus(handle, id, { status: 'accepted', tier: 1, by: 'X' }, { now: at(2) });
      if (i % 4 === 2) setStatus(handle, id, { status: 'declined', ...(i === 2 ? { reason: 'Too expensive' } : {}) }, { now: at(2) });
    });
    saveAssessment(handle, ids[0]!, { notes: 'edited' }, { now: at(3) });
    setStatus(handle, ids[2]!, { status: 'sent' }, { now: at(3) });
    saveEdits(handle, ids[2]!, { status: 'draft' }, { now: at(3) });
    trashAssessment(handle, ids[1]!, at(4));
    trashAssessment(handle, ids[5]!, at(4));
    handle.prepare('UPDATE assessments SET deleted_at = NULL WHERE id = ?').run(ids[5]);
    handle.prepare('DELETE FROM assessments WHERE id = ?').run(ids[4]);
    const recount = handle
      .prepare(
        `SELECT status, coalesce(deal_currency, '') AS currency, count(*) AS count, coalesce(sum(deal_value), 0) AS total FROM assessments
         WHERE deleted_at IS NULL AND deal_at IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`,
      )
      .all();
    expect(handle.prepare('SELECT status, currency, count, total FROM deal_totals WHERE count > 0 ORDER BY 1, 2').all()).toEqual(recount);
    expect(recount.length).toBeGreaterThan(2);
    const byDay = handle
      .prepare(
        `SELECT substr(deal_at, 1, 10) AS day, status, coalesce(deal_currency, '') AS currency, coalesce(json_extract(deal, '$.declineReason'), '') AS reason,
           count(*) AS count, coalesce(sum(deal_value), 0) AS total FROM assessments
         WHERE deleted_at IS NULL AND deal_at IS NOT NULL AND status IN ('accepted', 'declined', 'expired') GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
      )
      .all();
    expect(handle.prepare('SELECT day, status, currency, reason, count, total FROM deal_days WHERE count > 0 ORDER BY 1, 2, 3, 4').all()).toEqual(byDay);
    expect(byDay.length).toBeGreaterThan(1);
    expect(checkDatabase(handle)).toEqual({ ok: true, problems: [] });
    // A total edited by hand is found by check.
    handle.prepare("UPDATE deal_totals SET total = total + 1 WHERE status = 'sent'").run();
    expect(checkDatabase(handle).problems).toEqual(['pipeline: the running totals in deal_totals differ from the proposals they count']);
  });
});
