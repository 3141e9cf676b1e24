// The crash test: a child process saves continuously and reports each committed id; it is SIGKILLed at random
// moments, 20 times. Afterwards the file passes integrity_check and every id reported as saved is present.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { checkDatabase, getAssessment } from '../../db';
import { killAfterTest } from '../fixtures/close-after-test';
import { seededRandom } from '../fixtures/records';
import { killRounds, testSeed } from '../fixtures/runs';
import { openForTest, tempFolder } from './temp';

const root = fileURLToPath(new URL('../../', import.meta.url));
const writer = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));

/** Runs the writer until it has reported at least one id, then waits `delayMs` more and kills it without warning. */
function runAndKill(path: string, delayMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = killAfterTest(spawn(process.execPath, ['--import', 'tsx', writer, path], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] }));
    let out = '';
    let err = '';
    let armed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (!armed && out.includes('\n')) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer exited by itself (code ${code}): ${err}`));
      // Only complete lines were reported; a line cut by the kill was never a report.
      else resolve(out.split('\n').slice(0, -1));
    });
  });
}

describe('crash safety', () => {
  it('keeps every reported save and a sound file through SIGKILLs at random moments (20 rounds unless SCOPEWISE_KILL_ROUNDS)', async () => {
    const path = join(tempFolder(), 'scopewise.db');
    const random = seededRandom(testSeed('crash safety'));
    const reported = new Set<string>();
    const rounds = killRounds(20);
    for (let round = 0; round < rounds; round++) {
      for (const id of await runAndKill(path, Math.floor(random() * 150))) reported.add(id);
    }
    expect(reported.size).toBeGreaterThan(rounds);
    const db = await openForTest(path, { mounts: '' });
    expect(checkDatabase(db)).toEqual({ ok: true, problems: [] });
    const missing = [...reported].filter((id) => getAssessment(db, id) === null);
    expect(missing).toEqual([]);
  }, 120_000);
});
