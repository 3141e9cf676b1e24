// A full disk and a read-only database, made with real mounts: the API names the cause as the CLI does, start warns
// about a read-only database, and closing (SIGTERM, quitting) never throws but warns, the saves kept in the WAL.
import { truncateSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAssessment, openDatabase } from '../../db';
import { createHandlers } from '../../electron/api/handlers';
import { dispatch } from '../../electron/api/dispatch';
import { exportsFolderFor, openServices } from '../../electron/api/services';
import { browserFileActions } from '../../electron/serve/file-actions';
import { fillDisk, makeReadOnly, mountTmpfs, unmountAll } from '../fixtures/mounts';

afterEach(unmountAll);

async function servicesAt(databasePath: string, warnings: string[]) {
  const services = await openServices({
    databasePath,
    files: browserFileActions(exportsFolderFor(databasePath)),
    maintenance: false,
    warn: (m) => warnings.push(m),
  });
  return { services, handlers: createHandlers(services) };
}

describe('a full disk', () => {
  it('names the full disk when a save fails, and closes without throwing, with a warning', async () => {
    const dir = mountTmpfs('8m');
    const databasePath = join(dir, 'scopewise.db');
    const warnings: string[] = [];
    const { services, handlers } = await servicesAt(databasePath, warnings);
    for (let i = 0; i < 40; i++) createAssessment(services.db, { clientName: `Client ${i}`, notes: 'n'.repeat(3000) });
    fillDisk(dir);
    // The write-ahead log may still have room from earlier writes, so save until the disk's lack of room shows.
    let failed = await dispatch(handlers, 'assessments.create', { fields: { clientName: 'No room', notes: 'x'.repeat(20_000) } });
    for (let i = 0; failed.ok && i < 200; i++)
      failed = await dispatch(handlers, 'assessments.create', { fields: { clientName: `No room ${i}`, notes: 'x'.repeat(20_000) } });
    expect(failed).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(!failed.ok && failed.error.message).toMatch(/^That failed: the disk is full; nothing was changed\. Free some space and try again\.$/);
    expect(() => services.close()).not.toThrow();
    expect(warnings.join('\n')).toMatch(/could not be folded into the database at shutdown \(the disk is full\)/);
  });
});

describe('a nearly full disk at start', () => {
  it('starts with a warning when the due daily backup cannot be written', async () => {
    const dir = mountTmpfs('8m');
    const databasePath = join(dir, 'scopewise.db');
    const setup = await openDatabase(databasePath, { mounts: '' });
    for (let i = 0; i < 300; i++) createAssessment(setup, { clientName: `Client ${i}`, notes: 'n'.repeat(3000) });
    setup.close();
    // Full, then a little room given back: enough to open the database, not enough for a copy of it.
    fillDisk(dir);
    const filler = join(dir, 'filler');
    truncateSync(filler, statSync(filler).size - 256 * 1024);

    const warnings: string[] = [];
    const services = await openServices({ databasePath, files: browserFileActions(exportsFolderFor(databasePath)), warn: (m) => warnings.push(m) });
    // The daily backup runs once the integrity check beside the first reads has passed (db/integrity-schedule.ts).
    await services.ready;
    expect(warnings.join('\n')).toMatch(/the daily backup could not be made: .*(full|space)/);
    expect(services.db.prepare('SELECT count(*) AS n FROM assessments').get()).toEqual({ n: 300 });
    expect(() => services.close()).not.toThrow();
  });
});

describe('a read-only database', () => {
  it('warns at start, names the cause when a save fails, and closes without throwing', async () => {
    const dir = mountTmpfs('8m');
    const databasePath = join(dir, 'scopewise.db');
    const setup = await openDatabase(databasePath, { mounts: '' });
    createAssessment(setup, { clientName: 'Already here' });
    setup.close();
    makeReadOnly(databasePath);

    const warnings: string[] = [];
    const { services, handlers } = await servicesAt(databasePath, warnings);
    // The read-write connection, which finds the file read-only, is opened once the integrity check has passed.
    await services.ready;
    expect(warnings.join('\n')).toMatch(/scopewise\.db is read-only: Scopewise can show it but cannot save any change/);
    const listed = await dispatch(handlers, 'assessments.list', {});
    expect(listed.ok).toBe(true);
    const failed = await dispatch(handlers, 'assessments.create', { fields: { clientName: 'Refused' } });
    expect(!failed.ok && failed.error.message).toMatch(/^That failed: the file system or database file is read-only; nothing was changed\./);
    expect(() => services.close()).not.toThrow();
  });
});
