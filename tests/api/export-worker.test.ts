// The bundle export runs in a worker thread (electron/api/long-work.ts, electron/api/export-worker.ts): tasks.progress
// tells how far it is, tasks.cancel stops it with no file (not even a temporary) and no export recorded, and a save
// made meanwhile is not held up by it. Real database files, the real worker.
import { readdirSync } from 'node:fs';

import { afterEach, describe, expect, it } from 'vitest';

import { insertDemoAssessments } from '../../db';
import { exportsFolderFor } from '../../electron/api/services';
import type { TaskProgress } from '../../shared/api/types';
import { type ApiFixture, apiFixture, fingerprint } from './api-fixture';

const COUNT = 600;

let api: ApiFixture | null = null;
afterEach(() => {
  api?.close();
  api = null;
});

async function withAssessments(): Promise<{ fixture: ApiFixture; ids: string[] }> {
  api = await apiFixture();
  return { fixture: api, ids: insertDemoAssessments(api.services.db, { count: COUNT, seed: 28, now: new Date('2026-02-01T00:00:00Z') }) };
}

/** Polls tasks.progress until `until` holds for an answer, keeping every answer seen. */
async function watchProgress(fixture: ApiFixture, until: (p: TaskProgress) => boolean): Promise<TaskProgress[]> {
  const seen: TaskProgress[] = [];
  for (let i = 0; i < 4000; i++) {
    const progress = await fixture.call('tasks.progress', {});
    if (progress !== null) {
      seen.push(progress);
      if (until(progress)) return seen;
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  throw new Error(`the export never reached the expected point; last seen ${JSON.stringify(seen.at(-1))}`);
}

const exported = (fixture: ApiFixture): string[] => {
  try {
    return readdirSync(exportsFolderFor(fixture.services.databasePath));
  } catch {
    return [];
  }
};

describe('a bundle export in its worker', () => {
  it('tells its progress and writes the whole bundle', async () => {
    const { fixture, ids } = await withAssessments();
    const exporting = fixture.call('bundles.export', { ids });
    const seen = await watchProgress(fixture, (p) => p.task === 'export' && p.done > 0);
    const result = await exporting;
    expect(result).toMatchObject({ cancelled: false, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(seen.some((p) => p.phase === 'exporting' && p.total === COUNT && p.done > 0 && p.done <= COUNT)).toBe(true);
    expect(exported(fixture)).toEqual(['scopewise-600-assessments.json']);
    expect(await fixture.call('tasks.progress', {})).toBeNull();
  });

  it('is cancelled midway leaving no file, no temporary and no export recorded', async () => {
    const { fixture, ids } = await withAssessments();
    const before = fingerprint(fixture.services.db);
    const exporting = fixture.call('bundles.export', { ids });
    await watchProgress(fixture, (p) => p.task === 'export' && p.done > 0);
    expect(await fixture.call('tasks.cancel', {})).toEqual({ cancelled: true });
    expect(await exporting).toEqual({ cancelled: true });
    expect(exported(fixture)).toEqual([]);
    expect(fingerprint(fixture.services.db)).toBe(before);
    expect(await fixture.call('tasks.progress', {})).toBeNull();
  });

  it('lets a save through while it runs', async () => {
    const { fixture, ids } = await withAssessments();
    const exporting = fixture.call('bundles.export', { ids });
    await watchProgress(fixture, (p) => p.task === 'export' && p.done > 0);
    const started = performance.now();
    const saved = await fixture.call('assessments.create', { fields: { clientName: 'Saved meanwhile' } });
    const savedMs = performance.now() - started;
    const progress = await fixture.call('tasks.progress', {});
    await exporting;
    // Still exporting when the save came back: it did not wait for the export.
    expect(progress).toMatchObject({ task: 'export' });
    expect(savedMs).toBeLessThan(1000);
    expect((await fixture.call('assessments.get', { id: saved.id })).clientName).toBe('Saved meanwhile');
  });
});
