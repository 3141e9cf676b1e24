// One writer per database, with real processes: a second `serve` and a writing CLI command are refused while a
// `serve` has the database, naming it (process, since when); reading commands still work; a SIGKILLed holder
// leaves no lock behind.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { cliProcess } from '../cli/cli-helpers';
import { tempFolder } from '../db/temp';
import { startServe, type ServeProcess } from './serve-process';

const running: ServeProcess[] = [];
afterEach(async () => {
  for (const serve of running.splice(0)) await serve.stop();
});

function bundleFile(folder: string): string {
  const now = new Date().toISOString();
  const path = join(folder, 'one.json');
  const assessment = {
    id: randomUUID(),
    clientName: 'Second Writer',
    projectTitle: 'Refused',
    consultant: '',
    status: 'draft',
    requirements: {},
    notes: '',
    createdAt: now,
    updatedAt: now,
    revisions: [],
  };
  writeFileSync(path, JSON.stringify({ format: 'scopewise-bundle', version: 1, assessments: [assessment] }));
  return path;
}

describe('one writer per database', () => {
  it('refuses a second serve and a CLI import while serve runs, lets list read, and frees the lock when serve is killed', async () => {
    const folder = tempFolder();
    const databasePath = join(folder, 'scopewise.db');
    const first = await startServe({ databasePath });
    running.push(first);
    const pid = first.child.pid!;

    // A second serve that wrongly started is still stopped after the test.
    const second = startServe({ databasePath }).then((serve) => (running.push(serve), serve));
    await expect(second).rejects.toThrow(new RegExp(`in use by scopewise serve \\(process ${pid}, since \\d{4}-`));
    const bundle = bundleFile(folder);
    const refused = cliProcess(['import', bundle, '--db', databasePath]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(new RegExp(`in use by scopewise serve \\(process ${pid}, since `));
    const listed = cliProcess(['list', '--db', databasePath]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toBe('No assessments.\n');

    const killed = new Promise((resolve) => first.child.once('exit', resolve));
    first.child.kill('SIGKILL');
    await killed;
    // Killed, not stopped: stop() waits for an exit code a SIGKILL never gives; its own folder is empty.
    running.splice(0);
    rmSync(first.dir, { recursive: true, force: true });
    const imported = cliProcess(['import', bundle, '--db', databasePath]);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toMatch(/^added 1,/);
    expect(imported.code).toBe(0);
  }, 180_000);
});
