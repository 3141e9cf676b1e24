// The writer's lock follows the database file, not the name it is given: a symbolic link (to the file or its folder),
// a `..` path, a hard link, a bind mount of the folder, and a start after `scopewise.db.lock` was deleted are all
// refused while another holds the file; a holder finds out when its lock no longer guards the file.
import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { acquireDatabaseLock, createAssessment, type DatabaseLock, DatabaseLockedError, lockFileFor, openDatabase } from '../../db';
import { closeAfterTest } from '../fixtures/close-after-test';
import { tempFolder } from './temp';

function lockForTest(path: string, what: string): DatabaseLock {
  return closeAfterTest(acquireDatabaseLock(path, what), (lock) => lock.release());
}

function refusal(path: string): unknown {
  try {
    lockForTest(path, 'a second writer');
  } catch (error) {
    return error;
  }
  return null;
}

/** A database with one assessment, closed, in a fresh folder. */
async function savedDatabase(): Promise<{ folder: string; path: string }> {
  const folder = tempFolder();
  const path = join(folder, 'scopewise.db');
  const db = await openDatabase(path, { mounts: '' });
  createAssessment(db, { clientName: 'Held' });
  db.close();
  return { folder, path };
}

const mounted: string[] = [];
afterEach(() => {
  for (const point of mounted.splice(0).reverse()) execFileSync('umount', ['-l', point]);
});

describe('the writer lock follows the file', () => {
  it.each([
    ['a symbolic link to the database', (folder: string, path: string) => (symlinkSync(path, join(folder, 'link.db')), join(folder, 'link.db'))],
    [
      'a symbolic link to its folder',
      (folder: string) => {
        const elsewhere = tempFolder();
        symlinkSync(folder, join(elsewhere, 'data'));
        return join(elsewhere, 'data', 'scopewise.db');
      },
    ],
    ['a path through ..', (folder: string) => (mkdirSync(join(folder, 'sub')), join(folder, 'sub', '..', 'scopewise.db'))],
    [
      'a hard link in another folder',
      (_folder: string, path: string) => {
        const elsewhere = tempFolder();
        linkSync(path, join(elsewhere, 'other-name.db'));
        return join(elsewhere, 'other-name.db');
      },
    ],
  ])('refuses a second writer through %s', async (_name, otherName) => {
    const { folder, path } = await savedDatabase();
    const first = lockForTest(path, 'the Scopewise app');
    const error = refusal(otherName(folder, path));
    expect(error).toBeInstanceOf(DatabaseLockedError);
    expect((error as Error).message).toContain(`in use by the Scopewise app (process ${process.pid}`);
    expect(first.guards()).toBeNull();
  });

  it('refuses a second writer through a bind mount of the folder', async () => {
    const { folder, path } = await savedDatabase();
    const point = tempFolder();
    execFileSync('mount', ['--bind', folder, point]);
    mounted.push(point);
    lockForTest(path, 'the Scopewise app');
    expect(refusal(join(point, 'scopewise.db'))).toBeInstanceOf(DatabaseLockedError);
  });

  it('refuses a second writer through a bind mount of the database file itself', async () => {
    const { path } = await savedDatabase();
    const other = join(tempFolder(), 'mounted.db');
    writeFileSync(other, '');
    execFileSync('mount', ['--bind', path, other]);
    mounted.push(other);
    lockForTest(path, 'the Scopewise app');
    expect(refusal(other)).toBeInstanceOf(DatabaseLockedError);
  });

  it('refuses a second writer started after the lock file was deleted, and the holder learns that its lock file went', async () => {
    const { path } = await savedDatabase();
    const first = lockForTest(path, 'the Scopewise app');
    rmSync(lockFileFor(path));
    const error = refusal(path);
    expect(error).toBeInstanceOf(DatabaseLockedError);
    expect((error as Error).message).toContain('in use by the Scopewise app');
    expect(first.guards()).toMatch(/lock file .*scopewise\.db\.lock was removed or replaced by another program/);
  });

  it('tells the holder when the database file under its name was replaced', async () => {
    const { folder, path } = await savedDatabase();
    const first = lockForTest(path, 'the Scopewise app');
    const other = await savedDatabase();
    execFileSync('cp', [other.path, join(folder, 'replacement.db')]);
    execFileSync('mv', [join(folder, 'replacement.db'), path]);
    expect(first.guards()).toMatch(/scopewise\.db was replaced by another program/);
  });

  it('lets the next writer in through any name once the holder released', async () => {
    const { folder, path } = await savedDatabase();
    symlinkSync(path, join(folder, 'link.db'));
    lockForTest(path, 'the Scopewise app').release();
    const second = lockForTest(join(folder, 'link.db'), 'scopewise import');
    expect(second.databasePath).toBe(path);
  });
});
