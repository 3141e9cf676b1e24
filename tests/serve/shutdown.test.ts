// SIGTERM stops `serve` cleanly even when the database cannot be written any more: a full disk (a real tiny tmpfs)
// makes the closing checkpoint fail, which is a warning on stderr and exit code 0, never a crash.
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { fillDisk, mountTmpfs, unmountAll } from '../fixtures/mounts';
import { type ServeProcess, startServe } from './serve-process';

let serve: ServeProcess | null = null;
afterEach(async () => {
  await serve?.stop();
  serve = null;
  unmountAll();
});

describe('serve shutdown', () => {
  it('exits 0 with a warning on SIGTERM when the disk is full', async () => {
    const dir = mountTmpfs('8m');
    serve = await startServe({ databasePath: join(dir, 'scopewise.db') });
    for (let i = 0; i < 30; i++) {
      const reply = await fetch(`${serve.origin}/api/assessments.create`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Scopewise-Token': serve.token },
        body: JSON.stringify({ fields: { clientName: `Client ${i}`, notes: 'n'.repeat(3000) } }),
      });
      expect(reply.status).toBe(200);
    }
    fillDisk(dir);
    const exited = new Promise<number | null>((resolve) => serve!.child.once('exit', (code) => resolve(code)));
    serve.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(serve.stderr()).toMatch(/warning: .*could not be folded into the database at shutdown \(the disk is full\)/);
  }, 120_000);
});
