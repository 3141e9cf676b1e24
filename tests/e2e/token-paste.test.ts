// The browser transport's token in an open tab: a tab holding a stale token (serve restarted, a new URL printed) is
// signed in by pasting the new URL into its address bar, which changes only the fragment and loads no page.
/// <reference lib="dom" />
import { afterAll, beforeAll, expect, test } from 'vitest';

import { callApi, openSession, type Session } from './session';

let s: Session;

beforeAll(async () => {
  s = await openSession({ viewport: { width: 1366, height: 768 } });
  await s.open();
  await callApi(s, 'assessments.create', { fields: { clientName: 'Token Paste Ltd', projectTitle: 'Portal' } });
}, 240_000);

afterAll(async () => {
  await s?.stop();
});

test('a new URL pasted into an open tab signs it in, without a reload by hand, and leaves the address clean', async () => {
  // The tab's token no longer opens anything, as after a restart of serve.
  await s.page.evaluate(() => sessionStorage.setItem('scopewise.token', 'stale-token-0000000000000000'));
  await s.page.reload();
  await expect.poll(() => s.page.evaluate(() => document.body.innerText)).toMatch(/not signed in/);
  expect(await s.page.getByTestId('assessment-row').count()).toBe(0);

  // The URL serve printed, pasted into the same tab: only its fragment differs.
  await s.page.goto(s.serve.url);
  await s.page.getByTestId('assessment-row').filter({ hasText: 'Token Paste Ltd' }).waitFor();
  expect(s.page.url()).not.toContain('token=');
  expect(await s.page.evaluate(() => sessionStorage.getItem('scopewise.token'))).toBe(s.serve.token);
});
