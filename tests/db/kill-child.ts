// Running a child process to kill it without warning: the crash tests of restore and upgrade start a tsx script that
// says `cue` on stdout when the risky work begins and "done" when it ends, and SIGKILL it some milliseconds after the cue.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { killAfterTest } from '../fixtures/close-after-test';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runs `script` with `args` and kills it `delayMs` after it prints `cue` (never, when delayMs is negative). Resolves
 * whether the kill came first and how long after the cue the child ended; rejects when it failed by itself.
 */
export function runAndKill(script: string, args: string[], cue: string, delayMs: number): Promise<{ killed: boolean; ms: number }> {
  return new Promise((resolve, reject) => {
    const child = killAfterTest(spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] }));
    let out = '';
    let err = '';
    let started = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (started === 0 && out.includes(`${cue}\n`)) {
        started = Date.now();
        if (delayMs >= 0) setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ killed: true, ms: Date.now() - started });
      else if (code === 0 && out.includes('done\n')) resolve({ killed: false, ms: Date.now() - started });
      else reject(new Error(`${script} failed by itself (code ${code}): ${err}`));
    });
  });
}
