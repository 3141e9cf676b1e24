// A proposal number is a commercial identifier: a restore never issues one again, and an assessment keeps the number
// it was sent with. Backup → exports → restore → exports; the same with numbers given before the ledger existed; and
// a restore of a backup made on another machine.
import { rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { createBackup, findProposalNumber, proposalNumberLedgerFor, readNumberLedger } from '../../db';
import { pdfText } from '../proposal/pdf-tools';
import { type ApiFixture, apiFixture } from './api-fixture';

const open: ApiFixture[] = [];
afterEach(() => {
  for (const api of open.splice(0)) api.close();
});

async function fixture(): Promise<ApiFixture> {
  const api = await apiFixture();
  open.push(api);
  return api;
}

async function create(api: ApiFixture, clientName: string): Promise<string> {
  return (await api.call('assessments.create', { fields: { clientName } })).id;
}

/** Exports the assessment's proposal and returns the number its assessment now has (the one the PDF prints). */
async function exportNumber(api: ApiFixture, id: string): Promise<string> {
  await api.call('proposal.export', { id });
  return findProposalNumber(api.services.db, id)!;
}

function seq(number: string): number {
  return Number(number.slice(-4));
}

async function backupNow(api: ApiFixture): Promise<string> {
  return (await api.call('backups.create', {})).name;
}

describe('proposal numbers across a restore', () => {
  it.each([
    ['with the ledger', false],
    ['when the numbers were given before the ledger existed', true],
  ])('backup, exports, restore, exports: %s, no number is issued twice and each assessment keeps its own', async (_name, withoutLedger) => {
    const api = await fixture();
    const first = await create(api, 'First');
    const later = await create(api, 'Later');
    expect(seq(await exportNumber(api, first))).toBe(1);
    const backup = await backupNow(api);
    const gone = await create(api, 'Gone after the restore');
    const sentLater = await exportNumber(api, later);
    const sentGone = await exportNumber(api, gone);
    expect([seq(sentLater), seq(sentGone)]).toEqual([2, 3]);
    if (withoutLedger) rmSync(proposalNumberLedgerFor(api.services.databasePath));

    await api.call('backups.restore', { name: backup });
    expect(findProposalNumber(api.services.db, later)).toBeNull();
    // The preview already prints the number the assessment was sent with.
    const preview = await api.call('proposal.preview', { id: later });
    const previewFile = join(api.dir, 'preview.pdf');
    writeFileSync(previewFile, Buffer.from(preview.pdfBase64, 'base64'));
    expect(pdfText(previewFile)).toContain(sentLater);
    expect(await exportNumber(api, later)).toBe(sentLater);
    const fresh = await create(api, 'Fresh');
    expect(seq(await exportNumber(api, fresh))).toBe(4);
    expect(await exportNumber(api, first)).toBe(findProposalNumber(api.services.db, first));
    expect(readNumberLedger(proposalNumberLedgerFor(api.services.databasePath)).map((entry) => seq(entry.number))).toEqual([1, 2, 3, 4]);
  });

  it("restores another machine's backup without issuing this machine's numbers again, and keeps that machine's", async () => {
    const here = await fixture();
    const there = await fixture();
    const ours = [await create(here, 'Ours 1'), await create(here, 'Ours 2'), await create(here, 'Ours 3')];
    for (const id of ours) await exportNumber(here, id);
    const theirs = [await create(there, 'Theirs 1'), await create(there, 'Theirs 2')];
    const theirNumbers = [await exportNumber(there, theirs[0]!), await exportNumber(there, theirs[1]!)];
    const backup = await createBackup(there.services.db, here.services.backupDir, 'manual');

    await here.call('backups.restore', { name: basename(backup) });
    expect(theirs.map((id) => findProposalNumber(here.services.db, id))).toEqual(theirNumbers);
    expect(await exportNumber(here, theirs[1]!)).toBe(theirNumbers[1]);
    const next = await create(here, 'After the restore');
    expect(seq(await exportNumber(here, next))).toBe(4);
  });
});
