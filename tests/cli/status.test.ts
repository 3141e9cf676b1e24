// `scopewise status` and `scopewise pipeline`: a proposal sent, revised (the client's copy says version 2), accepted
// with its option and signer, found in `list --status` and the pipeline; bad changes exit 2 with one line and write
// nothing. The PDFs are read back with poppler's pdftotext.
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { createAssessment, listRevisions, saveAssessment, trashAssessment } from '../../db';
import { DEFAULT_RATE_CARD, emptyScope, type Scope, scopeSchema } from '../../shared/scope/schema';
import { openForTest, tempFolder } from '../db/temp';
import { pdfText, requirePdfTools } from '../proposal/pdf-tools';
import { cli, type CliResult } from './cli-helpers';

const SCOPE: Scope = scopeSchema.parse({
  ...emptyScope(DEFAULT_RATE_CARD),
  currency: 'EUR',
  tiers: ['Essential', 'Complete'],
  recommendedTier: 1,
  taxPercent: 19,
  taxLabel: 'MwSt',
  items: [
    { id: 'a', title: 'Accounts', phase: 'Build', role: 'developer', low: 2, likely: 3, high: 5 },
    { id: 'b', title: 'Back office', phase: 'Build', role: 'developer', low: 4, likely: 5, high: 8, tier: 2 },
  ],
});

async function seeded(): Promise<{ db: string; id: string; folder: string }> {
  const folder = tempFolder();
  const path = join(folder, 'scopewise.db');
  const db = await openForTest(path, { mounts: '' });
  const { id } = createAssessment(db, { clientName: 'Brauerei Ost', projectTitle: 'Webshop', scope: SCOPE, requirements: { projectKind: 'ecommerce' } });
  db.close();
  return { db: path, id, folder };
}

async function revisions(db: string, id: string): Promise<number> {
  const handle = await openForTest(db, { mounts: '' });
  const count = listRevisions(handle, id).length;
  handle.close();
  return count;
}

function expectRefused(result: CliResult, pattern: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
}

describe('scopewise status', () => {
  it('sends, revises (the client edition then prints version 2), accepts, and lists it by status and in the pipeline', async () => {
    requirePdfTools();
    const { db, id, folder } = await seeded();
    const first = join(folder, 'v1.pdf');
    expect((await cli(['proposal', id, '--out', first, '--db', db])).code).toBe(0);
    expect(pdfText(first, 1)).toMatch(/SW-\d{4}-0001 · version 1/);

    const sent = await cli(['status', id, 'sent', '--db', db]);
    expect(sent.stderr).toBe('');
    expect(sent.stdout).toMatch(new RegExp(`^${id}: sent \\(valid until \\d{4}-\\d{2}-\\d{2}\\), revision \\d+\\n$`));

    const handle = await openForTest(db, { mounts: '' });
    saveAssessment(handle, id, { projectTitle: 'Webshop and back office' });
    handle.close();
    const second = join(folder, 'v2.pdf');
    expect((await cli(['proposal', id, '--out', second, '--db', db])).code).toBe(0);
    expect(pdfText(second, 1)).toMatch(/SW-\d{4}-0001 · version 2/);

    const accepted = await cli(['status', id, 'accepted', '--tier', '2', '--by', 'Greta Ost', '--json', '--db', db]);
    expect(accepted.code).toBe(0);
    const record = JSON.parse(accepted.stdout);
    expect(record).toMatchObject({ id, status: 'accepted', deal: { acceptedTier: 2, acceptedBy: 'Greta Ost', currency: 'EUR' } });

    const listed = JSON.parse((await cli(['list', '--status', 'accepted', '--json', '--db', db])).stdout);
    expect(listed.map((r: { id: string }) => r.id)).toEqual([id]);
    const pipeline = JSON.parse((await cli(['pipeline', '--json', '--db', db])).stdout);
    expect(pipeline.statuses.find((s: { status: string }) => s.status === 'accepted')).toEqual({
      status: 'accepted',
      count: 1,
      values: [{ currency: 'EUR', total: record.deal.value }],
    });
    expect(pipeline.won.count).toBe(1);
    expect(pipeline.winRate).toBe(1);
    const text = (await cli(['pipeline', '--db', db])).stdout;
    expect(text).toMatch(/accepted\s+1\s+€/);
    expect(text).toContain('win rate 100%');
    const csv = (await cli(['pipeline', '--csv', '--db', db])).stdout.split('\r\n');
    expect(csv[0]).toBe('id,client,project,status,value,currency,date,valid_until,option,accepted_by,decline_reason');
    expect(csv[1]).toContain(`${id},Brauerei Ost,Webshop and back office,accepted,`);
    expect(csv[1]).toContain(',2,Greta Ost,');
  });

  it('records a decline with its reason, and the reasons show in the pipeline', async () => {
    const { db, id } = await seeded();
    expect((await cli(['status', id, 'sent', '--db', db])).code).toBe(0);
    const declined = await cli(['status', id, 'declined', '--reason', 'Budget frozen', '--db', db]);
    expect(declined.stdout).toMatch(/: declined \(Budget frozen\), revision/);
    const pipeline = JSON.parse((await cli(['pipeline', '--json', '--db', db])).stdout);
    expect(pipeline.declineReasons).toEqual([{ reason: 'Budget frozen', count: 1 }]);
    expect(pipeline.winRate).toBe(0);
  });

  it('refuses, with one line and nothing written: no option, no name, an option not offered, a bad status, a trashed assessment', async () => {
    const { db, id } = await seeded();
    const before = await revisions(db, id);
    expectRefused(await cli(['status', id, 'accepted', '--by', 'Greta', '--db', db]), /^scopewise: --tier: .*accepting needs one/);
    expectRefused(await cli(['status', id, 'accepted', '--tier', '1', '--db', db]), /^scopewise: --by: .*accepting needs one/);
    expectRefused(
      await cli(['status', id, 'accepted', '--tier', '3', '--by', 'G', '--db', db]),
      /--tier: expected an option this proposal offers \(1 to 2\), got 3/,
    );
    expectRefused(await cli(['status', id, 'accepted', '--tier', 'two', '--by', 'G', '--db', db]), /--tier: expected an integer from 1 to 3/);
    expectRefused(await cli(['status', id, 'won', '--db', db]), /status: expected one of sent, accepted, declined, got "won"/);
    expectRefused(await cli(['status', id, 'sent', '--reason', 'x', '--db', db]), /--reason: .*only a decline takes one/);
    expectRefused(await cli(['status', id, '--db', db]), /missing <status>/);
    expect(await revisions(db, id)).toBe(before);
    const handle = await openForTest(db, { mounts: '' });
    trashAssessment(handle, id);
    handle.close();
    expectRefused(await cli(['status', id, 'sent', '--db', db]), /is in the trash; restore it before changing its status/);
    expect(await revisions(db, id)).toBe(before);
    expectRefused(
      await cli(['pipeline', '--from', '2026-05-02', '--to', '2026-05-01', '--db', db]),
      /--from: expected a period whose start is not after its end/,
    );
  });
});
