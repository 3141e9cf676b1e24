// A database on a read-only file system opens read-only: the CLI lists, shows, searches, estimates and exports a
// proposal to another, writable folder; every save is refused with the read-only message and nothing is written; the
// services the app and `serve` run start and read.
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { createAssessment, openDatabase } from '../../db';
import { dispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { exportsFolderFor, openServices } from '../../electron/api/services';
import { browserFileActions } from '../../electron/serve/file-actions';
import { tempFolder } from '../db/temp';
import { closeAfterTest } from '../fixtures/close-after-test';
import { mountTmpfs, remountReadOnly, unmountAll } from '../fixtures/mounts';
import { variedScope } from '../fixtures/scopes';
import { pdfText } from '../proposal/pdf-tools';
import { cli } from './cli-helpers';

afterEach(unmountAll);

/** A database with two assessments (one exported, so it has a proposal number), closed, on a file system now read-only. */
async function readOnlyDatabase(): Promise<{ dir: string; path: string; ids: string[] }> {
  const dir = mountTmpfs('8m');
  const path = join(dir, 'scopewise.db');
  const db = await openDatabase(path, { mounts: '' });
  const ids = [createAssessment(db, { clientName: 'Quayside Bakery', scope: variedScope(4) }).id, createAssessment(db, { clientName: 'Harbour Logistics' }).id];
  db.close();
  const out = join(tempFolder(), 'first.pdf');
  expect((await cli(['proposal', ids[0]!, '--out', out, '--db', path])).code).toBe(0);
  remountReadOnly(dir);
  return { dir, path, ids };
}

describe('a database on a read-only file system', () => {
  it('lists, shows, searches, estimates and exports with the CLI, and refuses a save', async () => {
    const { dir, path, ids } = await readOnlyDatabase();
    const before = readdirSync(dir);
    const listed = await cli(['list', '--db', path]);
    expect(listed).toMatchObject({ code: 0 });
    expect(listed.stdout).toContain('Quayside Bakery');
    const searched = await cli(['list', '--search', 'harbour', '--json', '--db', path]);
    expect(searched.code).toBe(0);
    expect(JSON.parse(searched.stdout).map((row: { id: string }) => row.id)).toEqual([ids[1]]);
    expect((await cli(['show', ids[0]!, '--db', path])).code).toBe(0);
    const estimated = await cli(['estimate', ids[0]!, '--db', path]);
    expect(estimated.code, estimated.stderr).toBe(0);

    const out = join(tempFolder(), 'again.pdf');
    const exported = await cli(['proposal', ids[0]!, '--out', out, '--db', path]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stderr).toMatch(/read-only/);
    expect(pdfText(out)).toMatch(/SW-\d{4}-0001/);
    const unnumbered = await cli(['proposal', ids[1]!, '--out', join(tempFolder(), 'unnumbered.pdf'), '--db', path]);
    expect(unnumbered.code, unnumbered.stderr).toBe(0);
    expect(unnumbered.stderr).toMatch(/no proposal number/);

    const refused = await cli(['demo', '--count', '3', '--db', path]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/read-only/);
    expect(readdirSync(dir)).toEqual(before);
  });

  it('starts the services the app and serve run, reads, and refuses a save with the read-only message', async () => {
    const { path, ids } = await readOnlyDatabase();
    const warnings: string[] = [];
    const services = closeAfterTest(
      await openServices({ databasePath: path, files: browserFileActions(exportsFolderFor(tempFolder())), warn: (m) => warnings.push(m) }),
    );
    await services.ready;
    const handlers = createHandlers(services);
    expect(warnings.join('\n')).toMatch(/is read-only: Scopewise can show it but cannot save any change/);
    const listed = await dispatch(handlers, 'assessments.list', { search: 'bakery' });
    expect(listed.ok && (listed.value as { rows: { id: string }[] }).rows.map((row) => row.id)).toEqual([ids[0]]);
    const failed = await dispatch(handlers, 'assessments.create', { fields: { clientName: 'Refused' } });
    expect(!failed.ok && failed.error.message).toMatch(/^That failed: the file system or database file is read-only; nothing was changed\./);
  });
});

describe('a database on a read-only file system that was not closed cleanly', () => {
  it('is refused naming the write-ahead log that only a writable disk can apply', async () => {
    const dir = mountTmpfs('8m');
    const path = join(dir, 'scopewise.db');
    const db = await openDatabase(path, { mounts: '' });
    createAssessment(db, { clientName: 'Only in the log' });
    // Copies the files as a crash would leave them: the save is in the write-ahead log only.
    const image = mountTmpfs('8m');
    for (const suffix of ['', '-wal']) copyFileSync(`${path}${suffix}`, join(image, `scopewise.db${suffix}`));
    db.close();
    remountReadOnly(image);
    const listed = await cli(['list', '--db', join(image, 'scopewise.db')]);
    expect(listed.code).not.toBe(0);
    expect(listed.stderr).toMatch(/is on a read-only file system and was not closed cleanly: its write-ahead log .* holds saves/);
  });
});
