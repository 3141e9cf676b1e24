// The team library live, two consultants on two `serve`s sharing a real PostgreSQL: a colleague's new assessment
// appears in the open list, marked as new, without leaving it; an open assessment a colleague changed updates in
// place when nothing is being typed, and is only offered while the consultant types.
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
  expect(await callApi(alice, 'team.connect', { url: team.url('alice', null) })).toMatchObject({ ok: true });
  expect(await callApi(bob, 'team.connect', { url: team.url('bob', null) })).toMatchObject({ ok: true });
  // The top bar learns of the team from a fresh page, as after a restart.
  await Promise.all([alice.open(), bob.open()]);
}, 240_000);
afterAll(async () => {
  await Promise.all([alice?.stop(), bob?.stop()]);
});

describe('a colleague’s work appears live', () => {
  let sharedId = '';

  test('a new assessment from a colleague appears in the open list, marked new, and the count follows', async () => {
    await expect.poll(() => bob.page.getByTestId('assessment-row').count()).toBe(0);
    const created = await callApi(alice, 'assessments.create', { fields: { clientName: 'Ålesund Ferries', projectTitle: 'Booking API' } });
    sharedId = String(created.value.id);
    await callApi(alice, 'team.sync', {});
    // Bob's background sync, as the timer would run it: the page itself is not touched.
    await callApi(bob, 'team.sync', {});
    await expect.poll(() => bob.page.getByTestId('assessment-row').count(), { timeout: 15_000 }).toBe(1);
    expect(await bob.page.getByTestId('assessment-row').first().textContent()).toMatch(/Ålesund Ferries/);
    expect(await bob.page.getByTestId('row-fresh').count()).toBe(1);
    expect((await bob.page.locator('.list-screen .count').textContent())?.replace(/\s+/g, ' ').trim()).toBe('1 assessment');
    await expect.poll(() => bob.page.getByTestId('shared-by').first().textContent()).toBe('by alice');
    expect(await bob.audit()).toEqual([]);
  });

  test('an open assessment a colleague changed updates in place, and while typing is offered instead', async () => {
    await bob.page.getByTestId('assessment-row').first().click();
    const client = bob.page.getByLabel('Client name');
    await expect.poll(() => client.inputValue()).toBe('Ålesund Ferries');
    await bob.page.getByRole('heading', { level: 1 }).first().click();

    await callApi(alice, 'assessments.update', { id: sharedId, fields: { clientName: 'Ålesund Ferries AS' } });
    await callApi(alice, 'team.sync', {});
    await callApi(bob, 'team.sync', {});
    await expect.poll(() => client.inputValue(), { timeout: 15_000 }).toBe('Ålesund Ferries AS');
    expect(await bob.page.getByTestId('team-changed').count()).toBe(0);

    // Now Bob is typing in the project title: Alice's next change is offered, and what he typed stays.
    const title = bob.page.getByLabel('Project title');
    await title.click();
    await title.pressSequentially(' v2', { delay: 10 });
    await callApi(alice, 'assessments.update', { id: sharedId, fields: { notes: 'call on Monday' } });
    await callApi(alice, 'team.sync', {});
    await callApi(bob, 'team.sync', {});
    await expect.poll(() => bob.page.getByTestId('team-changed').count(), { timeout: 15_000 }).toBe(1);
    expect(await title.inputValue()).toBe('Booking API v2');
    expect(bob.errors).toEqual([]);
  });
});
