// Running the CLI in tests: in-process through runCli (fast), or as a real child process (exit codes, stdio).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { runCli } from '../../electron/cli/run';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(args: string[], stdin = ''): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
    readStdin: async () => stdin,
  });
  return { code, stdout, stderr };
}

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The CLI exactly as a user runs it: `npm run --silent scopewise -- ...` is node on build/scopewise.mjs (the bundle). */
export function cliProcess(args: string[], stdin = '', env: NodeJS.ProcessEnv = {}): CliResult {
  const result = spawnSync(process.execPath, ['build/scopewise.mjs', ...args], {
    cwd: root,
    input: stdin,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
