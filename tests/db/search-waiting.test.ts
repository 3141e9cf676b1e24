// A search finds every committed assessment even when the search index cannot take in its backlog: on a full disk,
// and on a read-only connection (as before the integrity verdict), the assessments still waiting are matched by their
// words now, and not by the words the index still holds for them.
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { countAssessments, createAssessment, type Database, iterateAssessments, listAssessments, saveAssessment } from '../../db';
import { connect } from '../../db/examine';
import { closeAfterTest } from '../fixtures/close-after-test';
import { fillDisk, mountTmpfs, unmountAll } from '../fixtures/mounts';
import { openForTest, tempDatabase } from './temp';

afterEach(unmountAll);

const waiting = (db: Database): number => db.prepare('SELECT count(*) FROM search_backlog').pluck().get() as number;
const found = (db: Database, search: string): string[] => [...iterateAssessments(db, { search })].map((r) => r.id).sort();

/** An indexed assessment renamed, and a new one, both waiting in the backlog. */
function withWaitingRows(db: Database): { renamed: string; added: string; settled: string } {
  const settled = createAssessment(db, { clientName: 'Settled Shipyard' }).id;
  const renamed = createAssessment(db, { clientName: 'Harbour Logistics' }).id;
  expect(found(db, 'harbour')).toEqual([renamed]);
  expect(waiting(db)).toBe(0);
  saveAssessment(db, renamed, { clientName: 'Lighthouse Freight' });
  const added = createAssessment(db, { clientName: 'Quayside Bakery', notes: 'Wants online orders.' }).id;
  expect(waiting(db)).toBe(2);
  return { renamed, added, settled };
}

function expectEveryCommittedWord(db: Database, ids: { renamed: string; added: string; settled: string }): void {
  expect(found(db, 'lighthouse')).toEqual([ids.renamed]);
  expect(found(db, 'harbour')).toEqual([]);
  expect(found(db, 'quaysi')).toEqual([ids.added]);
  expect(found(db, 'online orders')).toEqual([ids.added]);
  expect(found(db, 'shipyard')).toEqual([ids.settled]);
  expect(listAssessments(db, { search: 'bakery' }).rows.map((row) => row.id)).toEqual([ids.added]);
  expect(countAssessments(db, { search: 'freight' })).toBe(1);
}

describe('searching while the index cannot catch up', () => {
  it('finds the waiting assessments on a read-only connection', async () => {
    const { db, path } = await tempDatabase();
    const ids = withWaitingRows(db);
    const reader = closeAfterTest(connect(path, { readonly: true, fileMustExist: true }));
    expectEveryCommittedWord(reader, ids);
    expect(waiting(db)).toBe(2);
  });

  it('finds the waiting assessments when the disk is full', async () => {
    const dir = mountTmpfs('4m');
    const db = await openForTest(join(dir, 'scopewise.db'), { mounts: '' });
    const ids = withWaitingRows(db);
    // An empty write-ahead log on a full disk: the catch-up has nowhere to write.
    db.pragma('wal_checkpoint(TRUNCATE)');
    fillDisk(dir);
    expectEveryCommittedWord(db, ids);
    expect(waiting(db)).toBe(2);
  });
});
