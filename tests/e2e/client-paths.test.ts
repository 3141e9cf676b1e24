// While presenting, no message on screen names a file path, even one the server sent as it was: a team library
// reached through a socket folder that does not exist fails with pg's own words, which carry the folder's path.
/// <reference lib="dom" />
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import type { TeamStatus } from '../../shared/api/team';
import { callApi, openSession, type Session } from './session';

let s: Session;
let socketFolder = '';

beforeAll(async () => {
  s = await openSession({ viewport: { width: 1366, height: 768 } });
  await s.open();
  socketFolder = join(s.serve.dir, 'team-socket');
  // No PostgreSQL listens there: the first sync fails and its error names the socket file in that folder.
  const connected = await callApi<TeamStatus>(s, 'team.connect', { url: `postgres://ana@localhost/scopewise?host=${socketFolder}` });
  expect(connected.error).toBeUndefined();
  expect(connected.value.lastError).toContain(socketFolder);
}, 240_000);

afterAll(async () => {
  await s?.stop();
});

/** The sync indicator's tooltip and accessible name, where the last sync error is shown. */
async function syncMessages(): Promise<string> {
  const indicator = s.page.getByTestId('sync-indicator');
  await expect.poll(async () => (await indicator.getAttribute('title')) ?? '', { timeout: 20_000 }).toMatch(/\S/);
  return `${await indicator.getAttribute('title')}\n${await indicator.getAttribute('aria-label')}`;
}

describe('messages while presenting show no file path', () => {
  test('the team sync error names no folder while presenting', async () => {
    await s.page.evaluate(() => localStorage.setItem('scopewise.presentation', 'on'));
    await s.open();
    const shown = await syncMessages();
    expect(shown).not.toContain(s.serve.dir);
    expect(shown).not.toMatch(/\/tmp\/|\.s\.PGSQL/);
    expect(shown).toContain('a file on this computer');
  });

  test('outside presentation mode the same error keeps its path', async () => {
    await s.page.evaluate(() => localStorage.removeItem('scopewise.presentation'));
    await s.open();
    expect(await syncMessages()).toContain(join(socketFolder, '.s.PGSQL.5432'));
    expect(s.errors).toEqual([]);
  });
});
