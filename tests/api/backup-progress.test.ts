// A backup made in the app (backups.create) tells its progress through tasks.progress and stops on tasks.cancel,
// leaving no backup and no partial file; one left alone is listed. A restore tells its copy's progress and, cancelled
// while it copies, leaves the database as it was. Real database files.
import { existsSync, readdirSync } from 'node:fs';

import { afterEach, describe, expect, it } from 'vitest';

import { catchUpSearchIndex, insertDemoAssessments } from '../../db';
import type { TaskProgress } from '../../shared/api/types';
import { type ApiFixture, apiFixture, fingerprint } from './api-fixture';

let api: ApiFixture | null = null;
afterEach(() => {
  api?.close();
  api = null;
});

async function firstProgress(fixture: ApiFixture): Promise<TaskProgress> {
  for (let i = 0; i < 10_000; i++) {
    const progress = await fixture.call('tasks.progress', {});
    if (progress !== null) return progress;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error('the backup never showed its progress');
}

describe('a backup made in the app', () => {
  it('tells its progress, then is listed', async () => {
    api = await apiFixture();
    const fixture = api;
    insertDemoAssessments(fixture.services.db, { count: 300, seed: 9 });
    const making = fixture.call('backups.create', {});
    expect(await firstProgress(fixture)).toMatchObject({ task: 'backup', phase: expect.stringMatching(/^(copying|checking)$/) });
    const made = await making;
    expect((await fixture.call('backups.list', {})).map((b) => b.name)).toContain(made.name);
    expect(await fixture.call('tasks.progress', {})).toBeNull();
  });

  it('is cancelled midway, leaving no backup and no partial file', async () => {
    api = await apiFixture();
    const fixture = api;
    insertDemoAssessments(fixture.services.db, { count: 1500, seed: 9 });
    const backups = (): string[] => (existsSync(fixture.services.backupDir) ? readdirSync(fixture.services.backupDir) : []);
    const before = backups();
    const making = fixture.raw('backups.create', {});
    await firstProgress(fixture);
    expect(await fixture.call('tasks.cancel', {})).toEqual({ cancelled: true });
    expect(await making).toMatchObject({ ok: false, error: { message: expect.stringMatching(/cancelled; nothing was written/) } });
    expect(backups()).toEqual(before);
    expect(await fixture.call('tasks.progress', {})).toBeNull();
  }, 60_000);
});

describe('a restore made in the app', () => {
  it('tells its progress, and cancelled while it copies leaves the database and the backups as they were', async () => {
    api = await apiFixture();
    const fixture = api;
    insertDemoAssessments(fixture.services.db, { count: 1500, seed: 10 });
    const backup = await fixture.call('backups.create', {});
    await fixture.call('assessments.create', { fields: { clientName: 'Made after the backup' } });
    // Closing for the restore takes the search backlog into the index (as any close does); the rest must not change.
    catchUpSearchIndex(fixture.services.db);
    const before = fingerprint(fixture.services.db);
    // Reading a backup leaves its -wal and -shm beside it, as any restore does; no backup comes or goes.
    const backupFiles = (): string =>
      readdirSync(fixture.services.backupDir)
        .filter((name) => !/-(wal|shm)$/.test(name))
        .sort()
        .join(' ');
    const backups = backupFiles();
    const restoring = fixture.raw('backups.restore', { name: backup.name });
    expect(await firstProgress(fixture)).toMatchObject({ task: 'restore', phase: 'copying' });
    expect(await fixture.call('tasks.cancel', {})).toEqual({ cancelled: true });
    expect(await restoring).toMatchObject({ ok: false, error: { message: expect.stringMatching(/restore was cancelled; nothing was changed/) } });
    expect(fingerprint(fixture.services.db)).toBe(before);
    expect(backupFiles()).toBe(backups);
    expect(await fixture.call('tasks.progress', {})).toBeNull();
    // Not cancelled, the same restore goes through.
    expect(await fixture.call('backups.restore', { name: backup.name })).toEqual({ ok: true });
    expect((await fixture.call('assessments.list', { search: 'Made after' })).total).toBe(0);
  }, 60_000);
});
