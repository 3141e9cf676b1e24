// A restore racing a second would-be writer, with real processes: the holder of the writer's lock restores a backup
// three times while another process tries to write through another name of the same file. No save the other process
// acknowledged may be lost: each is in the database at the end, or in the "before-restore" backup of a restore that
// began after the save was acknowledged (what a restore replaces on purpose).
import { spawn } from 'node:child_process';
import { rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

import { acquireDatabaseLock, createAssessment, createBackup, listBackups, lockFileFor, openDatabase, restoreBackup } from '../../db';
import { closeAfterTest, killAfterTest } from '../fixtures/close-after-test';
import { tempFolder } from './temp';

const root = fileURLToPath(new URL('../../', import.meta.url));

function idsIn(path: string): Set<string> {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    return new Set((db.prepare('SELECT id FROM assessments').all() as { id: string }[]).map((row) => row.id));
  } finally {
    db.close();
  }
}

/** Starts the second writer on `path`; resolves its acknowledged ids once it exits. */
function startSecondWriter(path: string, count: number): { started: Promise<void>; writing: Promise<void>; acked: Promise<{ id: string; at: number }[]> } {
  const child = killAfterTest(
    spawn(process.execPath, ['--import', 'tsx', 'tests/db/second-writer.ts', path, String(count)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] }),
  );
  let out = '';
  let err = '';
  let onStart: () => void = () => undefined;
  let onWrite: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (onStart = resolve));
  const writing = new Promise<void>((resolve) => (onWrite = resolve));
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
    if (out.includes('trying\n')) onStart();
    if (out.includes('ack ')) onWrite();
  });
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const acked = new Promise<{ id: string; at: number }[]>((resolve, reject) => {
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`the second writer failed (code ${code}): ${err}`));
      else resolve([...out.matchAll(/^ack (\S+) (\d+)$/gm)].map((match) => ({ id: match[1]!, at: Number(match[2]) })));
    });
  });
  return { started, writing, acked };
}

describe('a restore racing a second writer', () => {
  it.each([
    ['a symbolic link to the database', (folder: string, path: string) => (symlinkSync(path, join(folder, 'link.db')), join(folder, 'link.db'))],
    ['the database after its lock file was deleted', (_folder: string, path: string) => (rmSync(lockFileFor(path)), path)],
  ])('loses no acknowledged save when the other writes through %s', { timeout: 60_000 }, async (_name, otherName) => {
    const folder = tempFolder();
    const path = join(folder, 'scopewise.db');
    const backupDir = join(folder, 'backups');
    const db = await openDatabase(path, { mounts: '' });
    createAssessment(db, { clientName: 'In the backup' });
    const backup = await createBackup(db, backupDir, 'manual');
    db.close();

    const lock = closeAfterTest(acquireDatabaseLock(path, 'the Scopewise app'), (held) => held.release());
    const second = startSecondWriter(otherName(folder, path), 60);
    await second.started;
    // The restores start as soon as the other writes (it got in beside the holder) or after 1.5 s of being refused.
    await Promise.race([second.writing, sleep(1500)]);
    const restores: { startedAt: number; setAside: string }[] = [];
    for (let n = 0; n < 3; n++) {
      const startedAt = Date.now();
      const { setAside } = await restoreBackup(path, backup, { backupDir, lock });
      restores.push({ startedAt, setAside: setAside! });
      await sleep(200);
    }
    lock.release();
    const acked = await second.acked;

    expect(acked).toHaveLength(60);
    const live = idsIn(path);
    const setAside = restores.map((restore) => ({ ...restore, ids: idsIn(restore.setAside) }));
    const lost = acked.filter(({ id, at }) => !live.has(id) && !setAside.some((restore) => restore.startedAt > at && restore.ids.has(id)));
    expect(lost).toEqual([]);
    expect(listBackups(backupDir).filter((b) => b.reason === 'before-restore')).toHaveLength(3);
  });
});
