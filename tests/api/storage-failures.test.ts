// A full disk and a read-only database, made with real mounts: the API names the cause as the CLI does, start warns
// about a read-only database, and closing (SIGTERM, quitting) never throws but warns, the saves kept in the WAL. Each
// warning carries its key (shared/warnings.ts), in-process and through the services' worker, so the app's German
// dialog says it in German.
import { statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { createAssessment, openDatabase } from '../../db';
import { dispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { hostServices } from '../../electron/api/service-host';
import { exportsFolderFor, openServices } from '../../electron/api/services';
import { warningBox } from '../../electron/main/dialog-text';
import { browserFileActions } from '../../electron/serve/file-actions';
import type { Warning } from '../../shared/warnings';
import { closeAfterTest } from '../fixtures/close-after-test';
import { fillDisk, makeReadOnly, mountTmpfs, unmountAll } from '../fixtures/mounts';

afterEach(unmountAll);

/** openServices, closed after the test by the framework too, so a failing assertion before the close under test leaks nothing. */
async function openServicesForTest(options: Parameters<typeof openServices>[0]) {
  return closeAfterTest(await openServices(options));
}

async function servicesAt(databasePath: string, warnings: string[], keys: (Warning | undefined)[] = []) {
  const services = await openServicesForTest({
    databasePath,
    files: browserFileActions(exportsFolderFor(databasePath)),
    maintenance: false,
    warn: (m, key) => (warnings.push(m), keys.push(key)),
  });
  return { services, handlers: createHandlers(services) };
}

describe('a full disk', () => {
  it('names the full disk when a save fails, and closes without throwing, with a warning', async () => {
    const dir = mountTmpfs('8m');
    const databasePath = join(dir, 'scopewise.db');
    const warnings: string[] = [];
    const keys: (Warning | undefined)[] = [];
    const { services, handlers } = await servicesAt(databasePath, warnings, keys);
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
    const folded = warnings.findIndex((m) => m.includes('could not be folded'));
    expect(keys[folded]).toEqual({ why: 'wal_at_shutdown', params: { file: databasePath, cause: 'disk_full' } });
    expect(warningBox(warnings[folded]!, 'de', keys[folded]).detail).toBe(
      'Das Transaktionsprotokoll von scopewise.db konnte beim Beenden nicht in die Datenbank übernommen werden; jede Speicherung bleibt in scopewise.db-wal erhalten und wird beim nächsten Start übernommen. Ursache: Der Datenträger ist voll.',
    );
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
    const keys: (Warning | undefined)[] = [];
    const services = await openServicesForTest({
      databasePath,
      files: browserFileActions(exportsFolderFor(databasePath)),
      warn: (m, key) => (warnings.push(m), keys.push(key)),
    });
    // The daily backup runs once the integrity check beside the first reads has passed (db/integrity-schedule.ts).
    await services.ready;
    expect(warnings.join('\n')).toMatch(/the daily backup could not be made: .*(full|space)/);
    // The app's dialog: the English sentence as before, in German worded from the key, the cause included.
    const backup = warnings.findIndex((m) => m.startsWith('the daily backup could not be made'));
    expect(keys[backup]).toEqual({ why: 'backup_not_made', params: { cause: 'disk_full' } });
    expect(warningBox(warnings[backup]!, 'en', keys[backup])).toEqual({ message: warnings[backup] });
    expect(warningBox(warnings[backup]!, 'de', keys[backup])).toEqual({
      message: 'Hinweis von Scopewise',
      detail: 'Die tägliche Sicherung konnte nicht erstellt werden. Ursache: Der Datenträger ist voll.',
    });
    expect(services.db.prepare('SELECT count(*) AS n FROM assessments').get()).toEqual({ n: 300 });
    expect(() => services.close()).not.toThrow();
  });
});

/** A database with one assessment on a tmpfs of its own, then made read-only with its folder. */
async function readOnlyDatabase(): Promise<string> {
  const databasePath = join(mountTmpfs('8m'), 'scopewise.db');
  const setup = await openDatabase(databasePath, { mounts: '' });
  createAssessment(setup, { clientName: 'Already here' });
  setup.close();
  makeReadOnly(databasePath);
  return databasePath;
}

describe('a read-only database', () => {
  it('warns at start, names the cause when a save fails, and closes without throwing', async () => {
    const databasePath = await readOnlyDatabase();

    const warnings: string[] = [];
    const keys: (Warning | undefined)[] = [];
    const { services, handlers } = await servicesAt(databasePath, warnings, keys);
    // The read-write connection, which finds the file read-only, is opened once the integrity check has passed.
    await services.ready;
    expect(warnings.join('\n')).toMatch(/scopewise\.db is read-only: Scopewise can show it but cannot save any change/);
    expect(keys).toContainEqual({ why: 'database_read_only', params: { file: databasePath } });
    const listed = await dispatch(handlers, 'assessments.list', {});
    expect(listed.ok).toBe(true);
    const failed = await dispatch(handlers, 'assessments.create', { fields: { clientName: 'Refused' } });
    expect(!failed.ok && failed.error.message).toMatch(/^That failed: the file system or database file is read-only; nothing was changed\./);
    expect(() => services.close()).not.toThrow();
  });
});

describe('a warning through the services’ worker, as the app hosts them', () => {
  it('reaches the host with its key, so the German dialog says a read-only database in German', async () => {
    const databasePath = await readOnlyDatabase();

    const heard: { message: string; warning: Warning | undefined }[] = [];
    const hosted = await hostServices({
      databasePath,
      files: browserFileActions(exportsFolderFor(databasePath)),
      maintenance: false,
      warn: (message, warning) => heard.push({ message, warning }),
    });
    try {
      await hosted.ready;
    } finally {
      hosted.close();
    }
    const readOnly = heard.find(({ warning }) => warning?.why === 'database_read_only');
    expect(readOnly?.message).toMatch(/scopewise\.db is read-only: Scopewise can show it but cannot save any change/);
    expect(warningBox(readOnly!.message, 'de', readOnly!.warning).detail).toBe(
      'scopewise.db ist schreibgeschützt: Scopewise kann die Daten anzeigen, aber keine Änderung speichern. Heben Sie den Schreibschutz der Datei und ihres Ordners auf und starten Sie Scopewise neu.',
    );
  });
});
