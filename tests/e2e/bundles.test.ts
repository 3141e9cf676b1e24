// Moving work between two consultants' machines through the browser: a bundle exported on one `serve` is imported
// on another through Settings' file field, and importing it again skips what is already there.
/// <reference lib="dom" />
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { exportBundle, insertDemoAssessments, openDatabase } from '../../db';
import { closeDatabase } from '../../electron/api/services';
import { callApi, foreignRequests, openSession, type Session, tokenLeaks } from './session';

let from: Session;
let to: Session;
beforeAll(async () => {
  [from, to] = await Promise.all([openSession(), openSession()]);
  await Promise.all([from.open(), to.open()]);
}, 240_000);
const folders: string[] = [];
afterAll(async () => {
  await Promise.all([from?.stop(), to?.stop()]);
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A bundle file of `count` demo assessments, written here (not through a session). */
async function largeBundle(count: number): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'scopewise-e2e-bundle-'));
  folders.push(folder);
  const db = await openDatabase(join(folder, 'source.db'), { mounts: '' });
  insertDemoAssessments(db, { count, seed: 3, now: new Date('2026-04-01T00:00:00Z') });
  const path = join(folder, 'large.json');
  writeFileSync(path, JSON.stringify(exportBundle(db, db.prepare('SELECT id FROM assessments').pluck().all() as string[])));
  closeDatabase(db);
  return path;
}

async function api(session: Session, channel: string, input: unknown): Promise<{ ok: boolean; value: Record<string, unknown> }> {
  return callApi(session, channel, input);
}

describe('bundles between two machines', () => {
  let bundlePath = '';

  test('a bundle exported on one machine carries the assessment', async () => {
    const created = await api(from, 'assessments.create', { fields: { clientName: 'Ólafsson Fisheries', projectTitle: 'Catch tracker' } });
    expect(created.ok).toBe(true);
    const exported = await api(from, 'bundles.export', { ids: [created.value.id] });
    expect(exported).toMatchObject({ ok: true, value: { cancelled: false } });
    bundlePath = String(exported.value.path);
    expect(JSON.parse(readFileSync(bundlePath, 'utf8'))).toMatchObject({ format: 'scopewise-bundle', version: 1 });
  });

  test('importing it on the other machine through Settings adds it to the list', async () => {
    await to.page.getByRole('button', { name: 'Settings' }).click();
    await to.page.getByLabel('Bundle file').setInputFiles(bundlePath);
    await expect.poll(() => to.page.getByRole('status').textContent()).toMatch(/Bundle imported: 1 added/);
    await to.page.getByRole('link', { name: 'Assessments', exact: true }).click();
    await to.page.getByRole('searchbox', { name: 'Search assessments' }).fill('olafs');
    await expect.poll(() => to.page.getByTestId('assessment-row').count()).toBe(1);
    await expect.poll(() => to.page.getByTestId('assessment-row').first().textContent()).toContain('Ólafsson Fisheries');
  });

  test('importing the same bundle again skips it, and a file that is not a bundle is refused with its reason', async () => {
    await to.page.getByRole('button', { name: 'Settings' }).click();
    await to.page.getByLabel('Bundle file').setInputFiles(bundlePath);
    await expect.poll(() => to.page.getByRole('status').textContent()).toMatch(/0 added, 0 updated, 1 skipped/);
    await to.page.getByLabel('Bundle file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
    await expect.poll(() => to.page.getByRole('status').textContent()).toMatch(/hello: unknown field|format: missing/);
    const list = await api(to, 'assessments.list', {});
    expect(list.value.total).toBe(1);
  });

  test('a large import shows its progress bar and can be cancelled, with nothing imported', async () => {
    const big = await largeBundle(2000);
    const before = (await api(to, 'assessments.list', {})).value.total;
    await to.page.getByRole('button', { name: 'Settings' }).click();
    await to.page.getByLabel('Bundle file').setInputFiles(big);
    const bar = to.page.getByRole('progressbar');
    await expect.poll(() => to.page.getByText(/Importing [\d,]+ of 2,000 assessments/).count(), { timeout: 20_000 }).toBe(1);
    expect(await bar.getAttribute('max')).toBe('2000');
    await to.page.getByRole('button', { name: 'Cancel import' }).click();
    await expect.poll(() => to.page.getByRole('status').first().textContent()).toMatch(/Import cancelled/);
    expect(await bar.count()).toBe(0);
    expect((await api(to, 'assessments.list', {})).value.total).toBe(before);
  });

  test('nothing left 127.0.0.1 on either machine, and the token is in no URL and no cookie', async () => {
    for (const s of [from, to]) expect(foreignRequests(s.requests, s.serve.origin)).toEqual([]);
    for (const s of [from, to]) expect(await tokenLeaks(s)).toEqual([]);
    expect([...from.errors, ...to.errors]).toEqual([]);
  });
});
