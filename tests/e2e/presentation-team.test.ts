// Presentation mode with the team library connected (two `serve`s sharing a real PostgreSQL): the top bar's sync
// state, Settings (out of reach), and an assessment in conflict show no internal notes and no other client's name, the
// conflict waits behind a plain notice, and it is shown and settled again once presentation mode is left.
/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { PASSWORD, useTeamCluster } from '../team/team-fixture';
import { callApi, openSession, type Session } from './session';

const pg = useTeamCluster();
let alice: Session;
let bob: Session;

const CLIENT = 'Fundación Niños Solidarios';
const OTHER_CLIENT = 'Harbourside Turbine Telemetry AB';
const NOTES = ['Alice: their CFO distrusts us', 'Bob: margin forty percent', 'Team: never mention the audit'];

async function api(session: Session, channel: string, input: unknown): Promise<Record<string, unknown>> {
  const result = await callApi(session, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`);
  return result.value;
}

async function screenText(page: Session['page']): Promise<string> {
  return page.evaluate(() => {
    const values = [...document.querySelectorAll('input, textarea, select')].map((el) => (el as HTMLInputElement).value);
    const titles = [...document.querySelectorAll('[title], [aria-label]')].map(
      (el) => `${el.getAttribute('title') ?? ''} ${el.getAttribute('aria-label') ?? ''}`,
    );
    return `${document.body.innerText}\n${values.join('\n')}\n${titles.join('\n')}\n${document.title}`;
  });
}

beforeAll(async () => {
  const team = await pg.newTeam();
  [alice, bob] = await Promise.all([
    openSession({ env: { PGPASSWORD: PASSWORD }, viewport: { width: 1366, height: 768 } }),
    openSession({ env: { PGPASSWORD: PASSWORD }, viewport: { width: 1366, height: 768 } }),
  ]);
  await Promise.all([alice.open(), bob.open()]);
  await api(alice, 'team.connect', { url: team.url('alice', null) });
  await api(bob, 'team.connect', { url: team.url('bob', null) });
}, 240_000);
afterAll(async () => {
  await Promise.all([alice?.stop(), bob?.stop()]);
});

describe('presentation mode with the team library', () => {
  test('a conflict, the sync state and Settings (out of reach) show no notes and no other client, and the conflict returns after', async () => {
    // Bob's own client (the one he presents) and another client's assessment, both shared; then both edit his client.
    const other = await api(bob, 'assessments.create', { fields: { clientName: OTHER_CLIENT, projectTitle: 'Telemetry API', notes: NOTES[2] } });
    const presented = await api(bob, 'assessments.create', { fields: { clientName: CLIENT, projectTitle: 'Volunteer portal', notes: NOTES[2] } });
    const id = String(presented.id);
    await api(bob, 'team.sync', {});
    await api(alice, 'team.sync', {});
    // Alice renames the client in her version (a conflict shows her version's fields) and writes her notes; Bob his.
    await api(alice, 'assessments.update', { id, fields: { clientName: OTHER_CLIENT, notes: NOTES[0] } });
    await api(bob, 'assessments.update', { id, fields: { projectTitle: 'Volunteer portal v2', notes: NOTES[1] } });
    await api(alice, 'team.sync', {});
    expect(await api(bob, 'team.sync', {})).toMatchObject({ state: 'conflict', conflicts: 1 });
    expect(other.id).toBeDefined();

    await bob.open();
    await bob.page.getByRole('button', { name: 'Presentation mode' }).click();
    const base = bob.serve.url.replace(/#.*$/, '');
    const screens: [string, () => Promise<void>][] = [
      [
        'editor with a conflict',
        async () => {
          await bob.page.goto(`${base}#/assessment/${id}`);
          await bob.page.getByTestId('team-conflict-notice').waitFor();
          await expect.poll(() => bob.page.getByTestId('sync-indicator').textContent()).toMatch(/Conflict/);
        },
      ],
      [
        'revisions',
        async () => {
          await bob.page.getByRole('link', { name: 'Revisions', exact: true }).click();
          await bob.page.getByRole('heading', { name: 'Revisions' }).waitFor();
        },
      ],
      [
        // Settings (the team section among them) is out of reach while presenting; the top bar still syncs.
        'settings, out of reach',
        async () => {
          await bob.page.goto(`${base}#/settings`);
          await bob.page.getByTestId('presentation-note').waitFor();
          expect(await bob.page.getByTestId('team-settings').count()).toBe(0);
        },
      ],
      [
        'the sync state after syncing from the top bar',
        async () => {
          await bob.page.getByTestId('sync-indicator').click();
          await expect.poll(() => bob.page.getByTestId('sync-indicator').textContent()).toMatch(/Conflict/);
        },
      ],
      [
        'list',
        async () => {
          await bob.page.getByRole('link', { name: 'Assessments', exact: true }).click();
          await bob.page.getByTestId('presented').waitFor();
        },
      ],
    ];
    for (const [name, visit] of screens) {
      await visit();
      const text = await screenText(bob.page);
      for (const note of NOTES) expect(text, `${name}: ${note}`).not.toContain(note);
      expect(text, name).not.toContain(OTHER_CLIENT);
      expect(text, name).not.toContain('alice');
      const violations = await bob.audit();
      expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
    }

    // Out of presentation mode the conflict is shown whole again, and settled.
    await bob.page.getByRole('button', { name: 'Presentation mode' }).click();
    await bob.page.getByTestId('leave-presentation').click();
    await bob.page.goto(`${base}#/assessment/${id}`);
    const conflict = bob.page.getByTestId('team-conflict');
    await expect.poll(() => conflict.getByTestId('conflict-parts').textContent()).toContain(OTHER_CLIENT);
    await conflict.getByTestId('keep-mine').click();
    await expect.poll(() => conflict.count()).toBe(0);
    expect(bob.errors).toEqual([]);
  }, 180_000);
});
