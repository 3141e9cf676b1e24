// Backups in Settings through the browser: make one, restore it, and the copy the restore kept is marked as kept
// until dismissed; Dismiss turns it into an ordinary backup that rotation may delete.
/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { foreignRequests, openSession, type Session } from './session';

let session: Session;
beforeAll(async () => {
  session = await openSession();
  await session.open();
}, 240_000);
afterAll(async () => session?.stop());

describe('backups in Settings', () => {
  test('a restore keeps the replaced data until the user dismisses it', async () => {
    const page = session.page;
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Create backup' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Backup created: scopewise-.*-manual\.db/);
    const made = ((await page.getByRole('status').textContent()) ?? '').replace(/^.*Backup created: /, '').trim();

    await page.getByRole('button', { name: `Restore ${made}` }).click();
    await page.getByRole('button', { name: 'Yes, restore' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Restored the backup/);
    const kept = page.getByRole('row').filter({ hasText: 'Before a restore (kept until dismissed)' });
    await expect.poll(() => kept.count()).toBe(1);
    const name = ((await kept.locator('code').textContent()) ?? '').trim();

    await page.getByRole('button', { name: `Dismiss ${name}` }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/will now be rotated away like any other backup/);
    await expect.poll(() => kept.count()).toBe(0);
    await expect
      .poll(() =>
        page
          .getByRole('row')
          .filter({ hasText: name.replace('before-restore', 'restore-dismissed') })
          .count(),
      )
      .toBe(1);
    expect(foreignRequests(session.requests, session.serve.origin)).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
