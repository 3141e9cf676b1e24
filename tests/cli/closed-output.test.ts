// The CLI's output closed early by its reader (`scopewise list | head`, `show <id> | head`): it stops quietly, with
// exit 0 and nothing on stderr, instead of an EPIPE stack trace.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { beforeAll, describe, expect, it } from 'vitest';

import { tempFolder } from '../db/temp';

const root = fileURLToPath(new URL('../../', import.meta.url));
let database = '';

/** Runs `scopewise <args> | head -n 1` in bash and returns the CLI's exit status, its stderr and what head printed. */
function throughHead(args: string[]): { status: string; stderr: string; stdout: string } {
  const command = `node build/scopewise.mjs ${args.map((a) => `'${a}'`).join(' ')} 2>"$ERR" | head -n 1; echo "\${PIPESTATUS[0]}" > "$STATUS"`;
  const folder = tempFolder();
  const env = { ...process.env, ERR: join(folder, 'err'), STATUS: join(folder, 'status') };
  const result = spawnSync('bash', ['-c', `${command}; cat "$ERR" >&2; cat "$STATUS"`], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
  const lines = result.stdout.trimEnd().split('\n');
  return { status: lines.at(-1)!, stdout: lines.slice(0, -1).join('\n'), stderr: result.stderr };
}

beforeAll(() => {
  database = join(tempFolder(), 'scopewise.db');
  // Enough rows that `list` is still writing when head has gone.
  execFileSync(process.execPath, ['build/scopewise.mjs', 'demo', '--count', '3000', '--db', database], { cwd: root, stdio: 'ignore' });
}, 120_000);

describe('output closed by its reader', () => {
  it('list | head -n 1 prints one line and exits 0 with nothing on stderr', () => {
    const result = throughHead(['list', '--db', database]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe('0');
    expect(result.stdout.split('\n')).toHaveLength(1);
  });

  it('list --json | head -n 1 too', () => {
    const result = throughHead(['list', '--json', '--db', database]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe('0');
  });
});
