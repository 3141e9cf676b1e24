// Temporary database files for tests: each test gets its own folder under the OS temp dir, removed after the run.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openDatabase, type Database, type OpenOptions } from '../../db';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

export function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'scopewise-db-'));
  folders.push(folder);
  return folder;
}

/** A fresh database in its own folder; `mounts: ''` keeps the network-file-system check off the real machine. */
export async function tempDatabase(options: OpenOptions = {}): Promise<{ db: Database; path: string; folder: string }> {
  const folder = tempFolder();
  const path = join(folder, 'scopewise.db');
  return { db: await openDatabase(path, { mounts: '', ...options }), path, folder };
}

export function fileHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
