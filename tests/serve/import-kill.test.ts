// A bundle import killed halfway leaves nothing behind: serve is SIGKILLed while its worker is importing (the write
// transaction open on the worker's own connection), and the next open finds the database as it was, sound.
import { afterEach, describe, expect, it } from 'vitest';

import { checkDatabase, countAssessments, exportBundle, insertDemoAssessments } from '../../db';
import { closeDatabase } from '../../electron/api/services';
import { openForTest, tempDatabase } from '../db/temp';
import { type ServeProcess, startServe } from './serve-process';

let serve: ServeProcess | null = null;
afterEach(async () => {
  await serve?.stop();
  serve = null;
});

async function post(s: ServeProcess, channel: string, body: Uint8Array<ArrayBuffer> | object): Promise<{ ok: boolean; value?: unknown }> {
  const bytes = body instanceof Uint8Array;
  const response = await fetch(`${s.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'X-Scopewise-Token': s.token, 'Content-Type': bytes ? 'application/octet-stream' : 'application/json' },
    body: bytes ? new Blob([body]) : JSON.stringify(body),
  });
  return (await response.json()) as { ok: boolean; value?: unknown };
}

describe('an import killed halfway', () => {
  it('leaves the database as it was and sound after a SIGKILL mid-import', async () => {
    const { db: source } = await tempDatabase();
    insertDemoAssessments(source, { count: 800, seed: 4, now: new Date('2026-07-01T00:00:00Z') });
    const bytes = new TextEncoder().encode(JSON.stringify(exportBundle(source, source.prepare('SELECT id FROM assessments').pluck().all() as string[])));
    closeDatabase(source);

    const running = await startServe();
    serve = running;
    expect((await post(running, 'assessments.create', { fields: { clientName: 'Here before' } })).ok).toBe(true);
    void post(running, 'bundles.import', bytes).catch(() => undefined);
    let seen = false;
    for (let i = 0; i < 4000 && !seen; i++) {
      const progress = (await post(running, 'tasks.progress', {})).value as { phase: string; done: number } | null;
      seen = progress !== null && progress.phase === 'importing' && progress.done > 0;
      if (!seen) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(seen).toBe(true);
    const exited = new Promise((resolve) => running.child.once('exit', resolve));
    running.child.kill('SIGKILL');
    await exited;

    const db = await openForTest(running.databasePath, { mounts: '' });
    expect(countAssessments(db)).toBe(1);
    expect(checkDatabase(db)).toEqual({ ok: true, problems: [] });
  }, 120_000);
});
