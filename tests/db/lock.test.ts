// The writer's lock: one holder at a time, a refusal naming the holder (process, since when), released on release(),
// and a restore refused while another holds it. (tests/serve/writer-lock.test.ts covers real processes and SIGKILL.)
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { acquireDatabaseLock, createAssessment, createBackup, type DatabaseLock, DatabaseLockedError, lockHolder, restoreBackup } from '../../db';
import { closeAfterTest } from '../fixtures/close-after-test';
import { tempDatabase, tempFolder } from './temp';

/** The writer's lock (an open SQLite connection on the lock file), released after the test; releasing it earlier is fine. */
function lockForTest(path: string, what: string): DatabaseLock {
  return closeAfterTest(acquireDatabaseLock(path, what), (lock) => lock.release());
}

describe('the writer lock', () => {
  it('lets one holder in, refuses a second naming the first, and lets the next in after release', () => {
    const path = join(tempFolder(), 'scopewise.db');
    const first = lockForTest(path, 'scopewise serve');
    expect(lockHolder(path)).toMatchObject({ pid: process.pid, what: 'scopewise serve', since: first.holder.since });
    let refusal: unknown;
    try {
      lockForTest(path, 'scopewise import');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DatabaseLockedError);
    expect((refusal as Error).message).toContain(`in use by scopewise serve (process ${process.pid}, since ${first.holder.since})`);
    expect((refusal as DatabaseLockedError).code).toBe('conflict');
    first.release();
    expect(lockHolder(path)).toBeNull();
    lockForTest(path, 'scopewise import');
    expect(lockHolder(path)).toMatchObject({ what: 'scopewise import' });
  });

  it('refuses a restore while another holds the lock, changing nothing', async () => {
    const { db, path, folder } = await tempDatabase();
    createAssessment(db, { clientName: 'Kept' });
    const backup = await createBackup(db, join(folder, 'backups'), 'manual');
    db.close();
    const held = lockForTest(path, 'the Scopewise app');
    await expect(restoreBackup(path, backup)).rejects.toThrow(/in use by the Scopewise app/);
    held.release();
    await expect(restoreBackup(path, backup)).resolves.toMatchObject({ setAside: expect.any(String) });
  });
});
