// Temporary database files for tests: each test gets its own folder under the OS temp dir, removed after the run.
// Every database opened here is closed after each test by the framework, so a failing assertion leaks no connection.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, afterEach, expect } from 'vitest';

import { type Database, openDatabase, type OpenOptions } from '../../db';

const folders: string[] = [];
// A database opened in a test is closed after that test; one opened in beforeAll (shared by a file's tests) after all.
const openedInTest: Database[] = [];
const openedForFile: Database[] = [];
afterEach(() => {
  for (const db of openedInTest.splice(0)) db.close();
});
afterAll(() => {
  for (const db of openedForFile.splice(0)) db.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

export function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'scopewise-db-'));
  folders.push(folder);
  return folder;
}

/** openDatabase, closed after the test, or after the file's tests when opened in beforeAll (closing it earlier is fine). */
export async function openForTest(path: string, options: OpenOptions = {}): Promise<Database> {
  const db = await openDatabase(path, options);
  (expect.getState().currentTestName === undefined ? openedForFile : openedInTest).push(db);
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
