// Temporary database files for tests: each test gets its own folder under the OS temp dir, removed after the run.
// Every database opened here is closed after each test by the framework, so a failing assertion leaks no connection.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, afterEach } from 'vitest';

import { type Database, openDatabase, type OpenOptions } from '../../db';

const folders: string[] = [];
const opened: Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

export function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'scopewise-db-'));
  folders.push(folder);
  return folder;
}

/** openDatabase, closed after the test (closing it earlier in the test is fine; a second close does nothing). */
export async function openForTest(path: string, options: OpenOptions = {}): Promise<Database> {
  const db = await openDatabase(path, options);
  opened.push(db);
  return db;
}

/** A fresh database in its own folder, closed after the test; `mounts: ''` keeps the network-file-system check off the real machine. */
export async function tempDatabase(options: OpenOptions = {}): Promise<{ db: Database; path: string; folder: string }> {
  const folder = tempFolder();
  const path = join(folder, 'scopewise.db');
  return { db: await openForTest(path, { mounts: '', ...options }), path, folder };
}

export function fileHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
