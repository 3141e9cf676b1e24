// The trash (its own screen, linked from the list) pages through everything in it, not just the newest fifty, and restores any of them.
/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { openSession, type Session } from './session';

let s: Session;
beforeAll(async () => {
  s = await openSession();
  await s.open();
  // Sixty assessments moved to the trash, through the same API the UI uses.
  await s.page.evaluate(async (token) => {
    const post = async (channel: string, body: unknown) =>
      (await (await fetch(`/api/${channel}`, { method: 'POST', headers: { 'X-Scopewise-Token': token }, body: JSON.stringify(body) })).json()).value;
    for (let i = 1; i <= 60; i++) {
      const created = await post('assessments.create', { fields: { clientName: `Trashed client ${i}`, projectTitle: 'Old idea' } });
      await post('assessments.delete', { id: created.id });
    }
  }, s.serve.token);
}, 240_000);
afterAll(async () => s?.stop());

describe('the trash', () => {
  test('shows the newest fifty, then the rest on request, and restores one', async () => {
    await s.page.getByRole('link', { name: 'Trash', exact: true }).click();
    const trash = s.page.getByRole('region', { name: 'Trash' });
    await expect.poll(() => trash.getByRole('listitem').count()).toBe(50);
    await trash.getByRole('button', { name: 'Show more (10 left)' }).click();
    await expect.poll(() => trash.getByRole('listitem').count()).toBe(60);
    await trash.getByRole('button', { name: 'Restore Trashed client 1 —' }).click();
    await expect.poll(() => trash.getByRole('listitem').count()).toBe(50);
    await s.page.getByRole('link', { name: 'Assessments', exact: true }).click();
    await expect.poll(() => s.page.getByTestId('assessment-row').count()).toBe(1);
    expect(s.errors).toEqual([]);
  });
});
