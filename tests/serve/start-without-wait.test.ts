// `scopewise serve` prints its URL without waiting for the integrity check (db/integrity-schedule.ts): on a database
// whose quick_check takes a noticeable time, the URL comes first and the verdict after. A file the check refuses makes
// serve stop with the damage message and the newest good backup, leaving the file as it was. Real child processes.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { createBackup, defaultBackupDir, openDatabase } from '../../db';
import { closeDatabase } from '../../electron/api/services';
import { type ServeProcess, startServe } from './serve-process';

const folders: string[] = [];
const serving: ServeProcess[] = [];
afterEach(async () => {
  for (const serve of serving.splice(0)) await serve.stop();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const PAGE = 4096;

/** A database of about 70 MB (300,000 settings rows: one statement, seconds), whose quick_check takes hundreds of ms. */
async function bigDatabase(): Promise<{ path: string; backup: string }> {
  const folder = mkdtempSync(join(tmpdir(), 'scopewise-serve-big-'));
  folders.push(folder);
  const path = join(folder, 'scopewise.db');
  const db = await openDatabase(path, { mounts: '' });
  db.exec(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000)
     INSERT INTO settings (key, value) SELECT 'padding-' || i, json_quote(hex(randomblob(100))) FROM n`,
  );
  const backup = await createBackup(db, defaultBackupDir(path), 'manual');
  closeDatabase(db);
  return { path, backup };
}

function waitForExit(serve: ServeProcess): Promise<number | null> {
  if (serve.child.exitCode !== null) return Promise.resolve(serve.child.exitCode);
  return new Promise((resolve) => serve.child.once('exit', (code) => resolve(code)));
}

describe('serve starts without the wait', () => {
  it('prints the URL before the integrity check of a big database has finished, and reports the check after', async () => {
    const { path } = await bigDatabase();
    const serve = await startServe({ databasePath: path });
    serving.push(serve);
    // The URL line has arrived: the check is still running.
    expect(serve.stderr()).not.toMatch(/integrity check passed/);
    const deadline = Date.now() + 60_000;
    while (!/integrity check passed/.test(serve.stderr()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    expect(serve.stderr()).toMatch(/integrity check passed \(\d+ ms\)/);
    const response = await fetch(`${serve.origin}/api/assessments.create`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Scopewise-Token': serve.token },
      body: JSON.stringify({ fields: { clientName: 'After The Check' } }),
    });
    expect(((await response.json()) as { ok: boolean }).ok).toBe(true);
  }, 120_000);

  it('stops with the damage message and the newest good backup when the check refuses the file, writing nothing', async () => {
    const { path, backup } = await bigDatabase();
    const bytes = readFileSync(path);
    const page = Math.floor((bytes.length / PAGE) * 0.75);
    bytes.fill(0x5a, page * PAGE, page * PAGE + 2000);
    writeFileSync(path, bytes);
    const before = createHash('sha256').update(bytes).digest('hex');
    const serve = await startServe({ databasePath: path });
    serving.push(serve);
    // The exit a refused database gets at start (electron/cli/run.ts: a named error is exit 2).
    expect(await waitForExit(serve)).toBe(2);
    expect(serve.stderr()).toMatch(/is damaged/);
    expect(serve.stderr()).toContain(backup);
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(before);
  }, 120_000);
});
