// Starting without reading the whole file first (db/integrity-schedule.ts, electron/api/integrity-gate.ts): the first
// reads run while quick_check runs in a worker; a damaged file is still refused before anything is written to it, with
// the newest good backup named; a save made at once waits for the verdict and lands. Real files, real worker.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { type CheckEvent, createBackup, DatabaseRefusedError, defaultBackupDir, insertDemoAssessments, openDatabase, openWithScheduledCheck } from '../../db';
import { dispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { closeDatabase, exportsFolderFor, openServices } from '../../electron/api/services';
import { browserFileActions } from '../../electron/serve/file-actions';
import { openForTest } from '../db/temp';
import { closeAfterTest } from '../fixtures/close-after-test';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true })));

const PAGE = 4096;

function hashOf(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** A database of `count` demo assessments, closed cleanly (WAL folded in), with a good backup taken first. */
async function databaseWith(count: number): Promise<{ path: string; backup: string }> {
  const folder = mkdtempSync(join(tmpdir(), 'scopewise-start-'));
  folders.push(folder);
  const path = join(folder, 'scopewise.db');
  const db = await openDatabase(path, { mounts: '' });
  insertDemoAssessments(db, { count, seed: 7, now: new Date('2026-01-01T00:00:00Z') });
  const backup = await createBackup(db, defaultBackupDir(path), 'manual');
  closeDatabase(db);
  return { path, backup };
}

/**
 * Scribbles over pages three quarters into the file: deep in the assessments' rows, past the header, the schema and
 * the migration history that opening reads, so only a check that reads every page finds it.
 */
function damageDeepPages(path: string): void {
  const bytes = readFileSync(path);
  const pages = bytes.length / PAGE;
  const first = Math.floor(pages * 0.75);
  for (let page = first; page < first + 3; page++) bytes.fill(0x5a, page * PAGE, page * PAGE + 2000);
  writeFileSync(path, bytes);
}

/** The services over `path`, closed after the test by the framework (a test may close them earlier: a second close does nothing). */
async function services(path: string, events: CheckEvent[] = []) {
  return closeAfterTest(await openServices({ databasePath: path, files: browserFileActions(exportsFolderFor(path)), onCheck: (event) => events.push(event) }));
}

describe('opening an existing database without the wait', () => {
  it('serves the first reads from a read-only connection while the check runs, then switches to a writable one', async () => {
    const { path } = await databaseWith(300);
    const events: CheckEvent[] = [];
    const opened = await services(path, events);
    expect(events.map((e) => e.phase)).toEqual(['started']);
    expect(opened.db.readonly).toBe(true);
    const handlers = createHandlers(opened);
    const page = await dispatch(handlers, 'assessments.list', {});
    expect(page.ok).toBe(true);
    await opened.ready;
    expect(events.map((e) => e.phase)).toEqual(['started', 'passed']);
    expect(events[1]).toMatchObject({ where: 'worker' });
    expect(opened.db.readonly).toBe(false);
  });

  it('holds a save made right after opening until the check passes, then saves it', async () => {
    const { path } = await databaseWith(300);
    const events: CheckEvent[] = [];
    const opened = await services(path, events);
    const handlers = createHandlers(opened);
    const saving = dispatch(handlers, 'assessments.create', { fields: { clientName: 'Saved Early' } }).then((result) => {
      expect(events.map((e) => e.phase)).toEqual(['started', 'passed']);
      return result;
    });
    expect(events.map((e) => e.phase)).toEqual(['started']);
    const result = await saving;
    if (!result.ok) throw new Error(result.error.message);
    const id = (result.value as { id: string }).id;
    // Closed, then read back through a connection of its own: the save is in the file.
    opened.close();
    const again = await openForTest(path, { mounts: '' });
    expect((again.prepare('SELECT client_name AS name FROM assessments WHERE id = ?').get(id) as { name: string }).name).toBe('Saved Early');
  });

  it('refuses a file damaged deep inside: nothing is written, every call answers the damage, the newest good backup is named', async () => {
    const { path, backup } = await databaseWith(300);
    damageDeepPages(path);
    const before = hashOf(path);
    const size = statSync(path).size;
    const events: CheckEvent[] = [];
    const opened = await services(path, events);
    const handlers = createHandlers(opened);
    const save = dispatch(handlers, 'assessments.create', { fields: { clientName: 'Must Not Land' } });
    const refusal = await opened.ready.then(
      () => null,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(DatabaseRefusedError);
    expect((refusal as DatabaseRefusedError).reason).toBe('corrupt');
    expect((refusal as DatabaseRefusedError).newestGoodBackup).toBe(backup);
    expect((refusal as Error).message).toContain(backup);
    expect((refusal as Error).message).toMatch(/left as it is/);
    expect(events.at(-1)).toMatchObject({ phase: 'failed', where: 'worker' });
    const saved = await save;
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.error.message).toMatch(/damaged/);
    const read = await dispatch(handlers, 'assessments.list', {});
    expect(read.ok).toBe(false);
    opened.close();
    expect(statSync(path).size).toBe(size);
    expect(hashOf(path)).toBe(before);
    expect(existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0).toBe(0);
  });

  it('closing before the verdict stops the check: no read-write connection is made and nothing is refused', async () => {
    const { path } = await databaseWith(300);
    const before = hashOf(path);
    const events: CheckEvent[] = [];
    const opened = await services(path, events);
    opened.close();
    await expect(opened.ready).resolves.toBeUndefined();
    expect(opened.refusal).toBeNull();
    expect(opened.db.open).toBe(false);
    expect(events.map((e) => e.phase)).toEqual(['started']);
    expect(hashOf(path)).toBe(before);
    // The lock was released with close(): the next start opens at once.
    const next = await services(path);
    await next.ready;
  });

  it('checks in full before opening when a check cannot be deferred: a file not in WAL mode', async () => {
    const { path, backup } = await databaseWith(300);
    const db = await openDatabase(path, { mounts: '' });
    db.pragma('journal_mode = DELETE');
    db.close();
    damageDeepPages(path);
    const before = hashOf(path);
    const error = await openWithScheduledCheck(path, { mounts: '' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatabaseRefusedError);
    expect((error as DatabaseRefusedError).newestGoodBackup).toBe(backup);
    expect(hashOf(path)).toBe(before);
  });
});
