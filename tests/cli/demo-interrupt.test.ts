// Stopping `demo` midway (Ctrl+C, a kill) leaves nothing half-written: each batch is its own transaction, so the
// database holds whole batches only, passes its integrity check and opens for the next command. A real child process
// of the bundled CLI, interrupted after its first batch.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { checkDatabase, countAssessments } from '../../db';
import { openForTest, tempFolder } from '../db/temp';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BATCH = 500;
const COUNT = 40_000;

/** Runs `demo` and sends `signal` once its first batch is reported written; resolves with how it ended. */
function interruptedDemo(path: string, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['build/scopewise.mjs', 'demo', '--count', String(COUNT), '--seed', '5', '--db', path], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let sent = false;
    const limit = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr += text;
      if (!sent && /assessments written/.test(stderr)) {
        sent = true;
        child.kill(signal);
      }
    });
    child.on('error', reject);
    child.on('close', (code, ended) => {
      clearTimeout(limit);
      resolve({ code, signal: ended, stderr });
    });
  });
}

describe('demo stopped midway', () => {
  for (const signal of ['SIGINT', 'SIGKILL'] as const) {
    it(`keeps whole batches only after ${signal}, and the database checks out`, async () => {
      const path = join(tempFolder(), 'scopewise.db');
      const ended = await interruptedDemo(path, signal);
      expect(ended.stderr).toMatch(/scopewise: demo: 500\/40,?000 assessments written/);
      // It stopped before the end: a later batch was under way when the signal came.
      expect(ended.code === 0).toBe(false);
      const db = await openForTest(path, { mounts: '' });
      const written = countAssessments(db);
      expect(written).toBeGreaterThan(0);
      expect(written).toBeLessThan(COUNT);
      expect(written % BATCH).toBe(0);
      expect(checkDatabase(db).ok).toBe(true);
    });
  }
});
