// Long CLI work tells its progress on a terminal (electron/cli/progress.ts) and stops cleanly on Ctrl+C
// (electron/cli/interrupt.ts): a backup counts its pages and, stopped midway, leaves no file, not even the partial
// one; check names the part it is checking; demo counts the assessments in. Real database files, the real commands.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { BackupCancelledError, backupDatabase, insertDemoAssessments } from '../../db';
import { closeDatabase } from '../../electron/api/services';
import type { CliIO } from '../../electron/cli/command';
import { runCli } from '../../electron/cli/run';
import { tempDatabase, tempFolder } from '../db/temp';

async function demoDatabase(count: number): Promise<string> {
  const { db, path } = await tempDatabase();
  insertDemoAssessments(db, { count, seed: 28, now: new Date('2026-03-01T00:00:00Z') });
  closeDatabase(db);
  return path;
}

function terminal(onLine: (line: string | null) => void = () => undefined): { io: CliIO; lines: (string | null)[]; stderr: () => string } {
  const lines: (string | null)[] = [];
  let stderr = '';
  return {
    lines,
    stderr: () => stderr,
    io: {
      out: () => undefined,
      err: (text) => (stderr += text),
      readStdin: async () => '',
      progress: (line) => {
        lines.push(line);
        onLine(line);
      },
    },
  };
}

/** Ctrl+C as the CLI's own handler receives it, without signalling the test runner's process. */
const pressCtrlC = (known: Set<unknown>): void =>
  process
    .listeners('SIGINT')
    .filter((l) => !known.has(l))
    .forEach((l) => l('SIGINT'));

const leftovers: string[] = [];
afterEach(() => leftovers.splice(0));

describe('progress and cancel of long CLI work', () => {
  it('counts the pages of a backup on a terminal and clears the line', async () => {
    const path = await demoDatabase(600);
    const out = join(tempFolder(), 'copy.db');
    const { io, lines } = terminal();
    expect(await runCli(['backup', '--out', out, '--db', path], io)).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(lines.at(-1)).toBeNull();
    const shown = lines.slice(0, -1);
    expect(shown.length).toBeGreaterThanOrEqual(2);
    for (const line of shown) expect(line).toMatch(/^copying [\d,]+ of [\d,]+ pages$/);
  });

  it('stops a backup on Ctrl+C midway, leaving no file and no partial file, with exit code 130', async () => {
    const path = await demoDatabase(600);
    const out = join(tempFolder(), 'copy.db');
    const known = new Set<unknown>(process.listeners('SIGINT'));
    const { io, lines, stderr } = terminal((line) => {
      if (line !== null && lines.length === 1) pressCtrlC(known);
    });
    expect(await runCli(['backup', '--out', out, '--db', path], io)).toBe(130);
    expect(stderr()).toMatch(/backup: cancelled; nothing was written/);
    expect(readdirSync(dirname(out))).toEqual([]);
    // The handler is gone once the command ends: Ctrl+C means what it always means again.
    expect(process.listeners('SIGINT').filter((l) => !known.has(l))).toEqual([]);
  });

  it('cancels a backup between steps at the database level, whatever asks', async () => {
    const { db } = await tempDatabase();
    insertDemoAssessments(db, { count: 400, seed: 3 });
    const out = join(tempFolder(), 'copy.db');
    let steps = 0;
    await expect(backupDatabase(db, out, { onProgress: () => void steps++, cancelled: () => steps >= 2 })).rejects.toBeInstanceOf(BackupCancelledError);
    expect(readdirSync(dirname(out))).toEqual([]);
    closeDatabase(db);
  });

  it('names the part check is reading on a terminal', async () => {
    const path = await demoDatabase(50);
    const { io, lines } = terminal();
    expect(await runCli(['check', '--db', path], io)).toBe(0);
    expect(lines).toEqual(['checking the file (1 of 2: integrity)', 'checking the file (2 of 2: foreign keys and search index)', null]);
  });

  it('counts demo assessments in on a terminal', async () => {
    const path = join(tempFolder(), 'scopewise.db');
    const { io, lines, stderr } = terminal();
    expect(await runCli(['demo', '--count', '1200', '--seed', '4', '--db', path], io)).toBe(0);
    expect(lines.at(-2)).toBe('writing 1,200 of 1,200 demo assessments');
    expect(lines.at(-1)).toBeNull();
    expect(stderr()).not.toMatch(/assessments written/);
  }, 60_000);
});
