// Moving work between two consultants' machines through the browser: a bundle exported on one `serve` is imported
// on another through Settings' file field, and importing it again skips what is already there.
/// <reference lib="dom" />
import { readFileSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { callApi, foreignRequests, openSession, type Session, tokenLeaks } from './session';

let from: Session;
let to: Session;
beforeAll(async () => {
  [from, to] = await Promise.all([openSession(), openSession()]);
  await Promise.all([from.open(), to.open()]);
}, 240_000);
afterAll(async () => {
  await Promise.all([from?.stop(), to?.stop()]);
});

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

  test('nothing left 127.0.0.1 on either machine, and the token is in no URL and no cookie', async () => {
    for (const s of [from, to]) expect(foreignRequests(s.requests, s.serve.origin)).toEqual([]);
    for (const s of [from, to]) expect(await tokenLeaks(s)).toEqual([]);
    expect([...from.errors, ...to.errors]).toEqual([]);
  });
});
