// The writer's lock: one holder at a time, a refusal naming the holder (process, since when), released on release(),
// and a restore refused while another holds it. (tests/serve/writer-lock.test.ts covers real processes and SIGKILL.)
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { acquireDatabaseLock, createAssessment, createBackup, DatabaseLockedError, lockHolder, restoreBackup } from '../../db';
import { tempDatabase, tempFolder } from './temp';

describe('the writer lock', () => {
  it('lets one holder in, refuses a second naming the first, and lets the next in after release', () => {
    const path = join(tempFolder(), 'scopewise.db');
    const first = acquireDatabaseLock(path, 'scopewise serve');
    expect(lockHolder(path)).toMatchObject({ pid: process.pid, what: 'scopewise serve', since: first.holder.since });
    let refusal: unknown;
    try {
      acquireDatabaseLock(path, 'scopewise import');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DatabaseLockedError);
    expect((refusal as Error).message).toContain(`in use by scopewise serve (process ${process.pid}, since ${first.holder.since})`);
    expect((refusal as DatabaseLockedError).code).toBe('conflict');
    first.release();
    expect(lockHolder(path)).toBeNull();
    const second = acquireDatabaseLock(path, 'scopewise import');
    expect(lockHolder(path)).toMatchObject({ what: 'scopewise import' });
    second.release();
  });

  it('refuses a restore while another holds the lock, changing nothing', async () => {
    const { db, path, folder } = await tempDatabase();
    createAssessment(db, { clientName: 'Kept' });
    const backup = await createBackup(db, join(folder, 'backups'), 'manual');
    db.close();
    const held = acquireDatabaseLock(path, 'the Scopewise app');
    await expect(restoreBackup(path, backup)).rejects.toThrow(/in use by the Scopewise app/);
    held.release();
    await expect(restoreBackup(path, backup)).resolves.toMatchObject({ setAside: expect.any(String) });
  });
});
