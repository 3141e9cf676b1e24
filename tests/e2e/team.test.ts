// The team library in the browser UI, two consultants on two `serve`s sharing a real PostgreSQL: connecting in
// Settings → Team, the top bar's sync state, who last changed a shared assessment in the list, and a conflict shown
// three ways in the editor (the version both started from, each side, who changed what) and settled by the consultant.
/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { PASSWORD, type TeamFixture, useTeamCluster } from '../team/team-fixture';
import { callApi, openSession, type Session } from './session';

const pg = useTeamCluster();
let team: TeamFixture;
let alice: Session;
let bob: Session;

beforeAll(async () => {
  team = await pg.newTeam();
  [alice, bob] = await Promise.all([openSession({ env: { PGPASSWORD: PASSWORD } }), openSession({ env: { PGPASSWORD: PASSWORD } })]);
  await Promise.all([alice.open(), bob.open()]);
}, 240_000);
afterAll(async () => {
  await Promise.all([alice?.stop(), bob?.stop()]);
});

async function api(session: Session, channel: string, input: unknown): Promise<{ ok: boolean; value: Record<string, unknown> }> {
  return callApi(session, channel, input);
}

describe('the team library in the UI', () => {
  let sharedId = '';

  test('connecting in Settings → Team syncs and the top bar says so', async () => {
    const created = await api(alice, 'assessments.create', { fields: { clientName: 'Ørsted Bikes', projectTitle: 'Rental portal' } });
    sharedId = String(created.value.id);
    await alice.page.getByRole('button', { name: 'Settings' }).click();
    const section = alice.page.getByTestId('team-settings');
    // The server and the role apart, as the admin sends them.
    await section.getByLabel('Team database URL').fill(team.url('alice', null).replace('alice@', ''));
    await section.getByLabel('Your role').fill('alice');
    await section.getByRole('button', { name: 'Test connection' }).click();
    await expect.poll(() => section.getByTestId('team-message').textContent()).toMatch(/^Connected to alice@127\.0\.0\.1/);
    await section.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect.poll(() => section.getByTestId('team-message').textContent()).toBe('Connected and synced.');
    await expect.poll(() => section.getByTestId('team-pending').innerText()).toBe('0 revisions, 0 deletions or restores');
    await expect.poll(() => alice.page.getByTestId('sync-indicator').textContent()).toMatch(/Synced/);
    expect(await alice.audit()).toEqual([]);
  });

  test("another consultant's list shows the shared assessment and who last changed it", async () => {
    expect(await api(bob, 'team.connect', { url: team.url('bob', null) })).toMatchObject({ ok: true, value: { state: 'synced' } });
    await bob.open();
    await expect.poll(() => bob.page.getByTestId('assessment-row').count()).toBe(1);
    await expect.poll(() => bob.page.getByTestId('shared-by').first().textContent()).toBe('by alice');
  });

  test('the merge takes what only the other side changed without asking, and keeps this side where both changed', async () => {
    await api(alice, 'assessments.update', { id: sharedId, fields: { clientName: 'Ørsted Bikes AS', notes: 'from alice' } });
    await api(bob, 'assessments.update', { id: sharedId, fields: { notes: 'from bob', consultant: 'Bob' } });
    await api(alice, 'team.sync', {});
    expect(await api(bob, 'team.sync', {})).toMatchObject({ value: { state: 'conflict' } });
    await bob.page.goto(`${bob.serve.url.split('#')[0]}#/assessment/${sharedId}`);
    const conflict = bob.page.getByTestId('team-conflict');
    // Three ways: the client only Alice changed is merged for Bob, the notes both changed wait for his choice.
    await expect.poll(() => conflict.locator('[data-part="clientName"]').getAttribute('data-changed-by')).toBe('theirs');
    expect(await conflict.locator('[data-part="notes"]').getAttribute('data-changed-by')).toBe('both');
    expect(await conflict.locator('[data-part="consultant"]').getAttribute('data-changed-by')).toBe('mine');
    expect(await conflict.locator('s, del, .struck').count()).toBe(0);
    await conflict.getByTestId('keep-merge').click();
    await expect.poll(() => conflict.count()).toBe(0);
    expect((await api(bob, 'assessments.get', { id: sharedId })).value).toMatchObject({ clientName: 'Ørsted Bikes AS', notes: 'from bob', consultant: 'Bob' });
    await api(bob, 'team.sync', {});
    expect(await api(alice, 'team.sync', {})).toMatchObject({ value: { state: 'synced', conflicts: 0 } });
  });

  test('a conflict shows, per part, the version both started from, each side and who changed it, and taking the other version settles it', async () => {
    await api(alice, 'assessments.update', { id: sharedId, fields: { projectTitle: 'Rental portal v2' } });
    await api(bob, 'assessments.update', { id: sharedId, fields: { status: 'final' } });
    await api(alice, 'team.sync', {});
    expect(await api(bob, 'team.sync', {})).toMatchObject({ value: { state: 'conflict', conflicts: 1 } });
    // The sync ran through the API, not this page: load the page afresh so its top bar reads the new state.
    await bob.page.goto(`${bob.serve.url.split('#')[0]}#/assessment/${sharedId}`);
    await bob.page.reload();
    const conflict = bob.page.getByTestId('team-conflict');
    await expect.poll(() => conflict.getByRole('heading', { level: 2 }).first().textContent()).toBe('Changed here and by alice');
    await expect.poll(() => conflict.getByTestId('conflict-parts').textContent()).toMatch(/Rental portal v2/);
    expect(await conflict.locator('[data-part="projectTitle"]').getAttribute('data-changed-by')).toBe('theirs');
    expect(await conflict.locator('[data-part="status"]').getAttribute('data-changed-by')).toBe('mine');
    await expect.poll(() => bob.page.getByTestId('sync-indicator').textContent()).toMatch(/Conflict/);
    expect(await bob.audit()).toEqual([]);
    await conflict.getByTestId('keep-theirs').click();
    await expect.poll(() => conflict.count()).toBe(0);
    expect(await api(bob, 'team.sync', {})).toMatchObject({ value: { state: 'synced', conflicts: 0 } });
    expect(await api(alice, 'team.sync', {})).toMatchObject({ value: { state: 'synced', conflicts: 0 } });
    expect((await api(alice, 'assessments.get', { id: sharedId })).value).toMatchObject({ projectTitle: 'Rental portal v2', status: 'draft' });
    // Every revision says who made it, on which device, and whether it settled a conflict.
    await alice.page.goto(`${alice.serve.url.split('#')[0]}#/assessment/${sharedId}/revisions`);
    await expect.poll(() => alice.page.getByTestId('revision-by').first().textContent()).toMatch(/by bob on [0-9a-f]{6} · merged/);
    expect(await alice.page.getByTestId('revision-by').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/by alice on [0-9a-f]{6}$/)]));
  });
});
