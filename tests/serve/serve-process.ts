// Starting `scopewise serve` as a real child process over a temporary database, for transport and end-to-end tests.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface ServeProcess {
  url: string;
  origin: string;
  token: string;
  dir: string;
  databasePath: string;
  child: ChildProcess;
  stderr: () => string;
  stop: () => Promise<void>;
}

/** Serves a fresh database in its own temporary folder, or `databasePath` when given (left in place on stop). */
export async function startServe(options: { databasePath?: string; env?: NodeJS.ProcessEnv } = {}): Promise<ServeProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'scopewise-serve-'));
  const databasePath = options.databasePath ?? join(dir, 'scopewise.db');
  const child = spawn(process.execPath, ['build/scopewise.mjs', 'serve', '--port', '0', '--db', databasePath], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not print its URL in time:\n${errors}`)), 60_000);
    createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}:\n${errors}`)));
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: new URLSearchParams(parsed.hash.slice(1)).get('token') ?? '',
    dir,
    databasePath,
    child,
    stderr: () => errors,
    stop: async () => {
      // Not yet exited: neither an exit code nor a signal (a SIGKILL leaves exitCode null) has arrived.
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
