// Temporary database files for tests: each test gets its own folder under the OS temp dir, removed after the file.
// Every database opened here is closed by the framework (tests/fixtures/close-after-test.ts): after the test that
// opened it, or after the file's last test when a beforeAll opened it for the file, so a failing assertion leaks nothing.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type Database, openDatabase, type OpenOptions } from '../../db';
import { cleanUpAfterFile, closeAfterTest } from '../fixtures/close-after-test';

export function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'scopewise-db-'));
  cleanUpAfterFile(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/** openDatabase, closed after the test, or after the file when opened in a beforeAll (closing it earlier is fine; a second close does nothing). */
export async function openForTest(path: string, options: OpenOptions = {}): Promise<Database> {
  return closeAfterTest(await openDatabase(path, options));
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
