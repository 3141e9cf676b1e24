// The bundle import runs in a worker thread (electron/api/long-work.ts, electron/api/import-worker.ts): the thread that
// answers the window and the HTTP port stays free while it runs, tasks.progress tells how far it is, tasks.cancel stops
// it with nothing written, and a save made meanwhile waits for it and lands. Real database files, the real worker.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import { checkDatabase, countAssessments, exportBundle, insertDemoAssessments } from '../../db';
import { closeDatabase } from '../../electron/api/services';
import type { TaskProgress } from '../../shared/api/types';
import { tempDatabase } from '../db/temp';
import { type ApiFixture, apiFixture, fingerprint } from './api-fixture';

const COUNT = 800;
let bundleText = '';

beforeAll(async () => {
  const { db } = await tempDatabase();
  insertDemoAssessments(db, { count: COUNT, seed: 11, now: new Date('2026-02-01T00:00:00Z') });
  const ids = db.prepare('SELECT id FROM assessments').pluck().all() as string[];
  bundleText = JSON.stringify(exportBundle(db, ids));
  closeDatabase(db);
}, 120_000);

let api: ApiFixture | null = null;
afterEach(() => {
  api?.close();
  api = null;
});

/**
 * The longest the event loop of this thread went without running a 2 ms timer while `work` ran, and how long it ran.
 * On the main thread the import stalled the loop for its whole run; in the worker the loop keeps turning, so the
 * longest stall is a small part of the run however loaded the machine is.
 */
async function longestStall<T>(work: Promise<T>): Promise<{ value: T; stallMs: number; ranMs: number }> {
  const started = performance.now();
  let last = started;
  let stallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 2);
  try {
    const value = await work;
    return { value, stallMs, ranMs: performance.now() - started };
  } finally {
    clearInterval(timer);
  }
}

/** Polls tasks.progress until `until` holds for an answer, keeping every answer seen. */
async function watchProgress(fixture: ApiFixture, until: (p: TaskProgress) => boolean): Promise<TaskProgress[]> {
  const seen: TaskProgress[] = [];
  for (let i = 0; i < 2000; i++) {
    const progress = await fixture.call('tasks.progress', {});
    if (progress !== null) {
      seen.push(progress);
      if (until(progress)) return seen;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`the import never reached the expected point; last seen ${JSON.stringify(seen.at(-1))}`);
}

describe('a bundle import in its worker', () => {
  it('leaves this thread free, tells its progress, and answers small calls at once', async () => {
    api = await apiFixture();
    const fixture = api;
    expect(await fixture.call('tasks.progress', {})).toBeNull();
    const importing = fixture.call('bundles.import', { json: bundleText });
    const watched = watchProgress(fixture, (p) => p.phase === 'importing' && p.done > 0);
    const { value: report, stallMs, ranMs } = await longestStall(importing);
    const seen = await watched;
    // Before the worker, the import ran on this thread for seconds: no timer fired and no call was answered.
    expect(stallMs).toBeLessThan(Math.min(1000, ranMs / 3));
    expect(report.added).toHaveLength(COUNT);
    expect(seen.some((p) => p.phase === 'importing' && p.total === COUNT && p.done > 0 && p.done <= COUNT)).toBe(true);
    expect(await fixture.call('tasks.progress', {})).toBeNull();
    expect(countAssessments(fixture.services.db, {})).toBe(COUNT);
  });

  it('is cancelled halfway with nothing written, and says so', async () => {
    api = await apiFixture();
    const fixture = api;
    await fixture.call('assessments.create', { fields: { clientName: 'Here before' } });
    const before = fingerprint(fixture.services.db);
    expect(await fixture.call('tasks.cancel', {})).toEqual({ cancelled: false });
    const importing = fixture.call('bundles.import', { json: bundleText });
    await watchProgress(fixture, (p) => p.phase === 'importing' && p.done > 0);
    expect(await fixture.call('tasks.cancel', {})).toEqual({ cancelled: true });
    const report = await importing;
    expect(report).toEqual({ cancelled: true, added: [], updated: [], restored: [], skipped: [], copies: [] });
    expect(fingerprint(fixture.services.db)).toBe(before);
    expect(await fixture.call('tasks.progress', {})).toBeNull();
  });

  it('keeps a save made during the import waiting, then lands it, with no busy error', async () => {
    api = await apiFixture();
    const fixture = api;
    const importing = fixture.call('bundles.import', { json: bundleText });
    await watchProgress(fixture, (p) => p.phase === 'importing');
    const saved = await fixture.call('assessments.create', { fields: { clientName: 'Saved meanwhile' } });
    expect((await importing).added).toHaveLength(COUNT);
    expect((await fixture.call('assessments.get', { id: saved.id })).clientName).toBe('Saved meanwhile');
    expect(countAssessments(fixture.services.db, {})).toBe(COUNT + 1);
  });

  it('answers a search while the import holds the write, from what was there before', async () => {
    api = await apiFixture();
    const fixture = api;
    await fixture.call('assessments.create', { fields: { clientName: 'Searchable Before' } });
    // A search takes the index's backlog in (db/search-backlog.ts); during the import the index cannot be written.
    expect((await fixture.call('assessments.list', { search: 'Searchable' })).total).toBe(1);
    const importing = fixture.call('bundles.import', { json: bundleText });
    await watchProgress(fixture, (p) => p.phase === 'importing' && p.done > 0);
    const started = performance.now();
    const found = await fixture.call('assessments.list', { search: 'Searchable' });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(found.rows.map((a) => a.clientName)).toContain('Searchable Before');
    await importing;
  });

  it('runs a restore asked for during an import after it, never beside it', async () => {
    api = await apiFixture();
    const fixture = api;
    await fixture.call('assessments.create', { fields: { clientName: 'In the backup' } });
    const backup = await fixture.call('backups.create', {});
    const importing = fixture.call('bundles.import', { json: bundleText });
    await watchProgress(fixture, (p) => p.phase === 'importing' && p.done > 0);
    const restoring = fixture.call('backups.restore', { name: backup.name });
    expect((await importing).added).toHaveLength(COUNT);
    expect(await restoring).toEqual({ ok: true });
    expect(countAssessments(fixture.services.db, {})).toBe(1);
    expect(checkDatabase(fixture.services.db)).toEqual({ ok: true, problems: [] });
  });

  it('imports the bytes of a bundle file as the browser sends them, handed to the worker without a copy', async () => {
    api = await apiFixture();
    const fixture = api;
    const bytes = new TextEncoder().encode(`\uFEFF${bundleText}`);
    const { value: report, stallMs, ranMs } = await longestStall(fixture.call('bundles.import', { bytes }));
    expect(stallMs).toBeLessThan(Math.min(1000, ranMs / 3));
    expect(report.added).toHaveLength(COUNT);
    expect(bytes.byteLength).toBe(0);
  });

  it('refuses bytes that are not a bundle, naming why, and writes nothing', async () => {
    api = await apiFixture();
    const fixture = api;
    const before = fingerprint(fixture.services.db);
    const refused = await fixture.raw('bundles.import', { bytes: new TextEncoder().encode('{"hello": "world"') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/not valid JSON/) } });
    expect(fingerprint(fixture.services.db)).toBe(before);
  });

  it('refuses a malformed bundle whole, naming what is wrong, from the worker', async () => {
    api = await apiFixture();
    const fixture = api;
    const before = fingerprint(fixture.services.db);
    const broken = JSON.parse(bundleText) as { assessments: { requirements: Record<string, unknown> }[] };
    broken.assessments[7]!.requirements.auth = 'telepathy';
    const refused = await fixture.raw('bundles.import', { json: JSON.stringify(broken) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('assessments[7].requirements.auth') } });
    expect(fingerprint(fixture.services.db)).toBe(before);
  });
});
