// The team channels as the UI calls them, over a real PostgreSQL: connect (the password only ever stored encrypted by
// the keychain), test, status through the states the top bar shows, a conflict's two sides and its resolution.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { insertDemoAssessments } from '../../db';
import { dispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import type { SecretStore } from '../../electron/api/secret-store';
import { exportsFolderFor, openServices, type Services } from '../../electron/api/services';
import { browserFileActions } from '../../electron/serve/file-actions';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/api/contract';
import { tempFolder } from '../db/temp';
import { PASSWORD, useTeamCluster } from './team-fixture';

const pg = useTeamCluster();

/** Stands in for the OS keychain (Electron's safeStorage cannot run here): real encryption under a key it keeps. */
function testKeychain(): SecretStore {
  const key = randomBytes(32);
  return {
    available: () => true,
    encrypt: (secret) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    decrypt: (base64) => {
      const data = Buffer.from(base64, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(12, 28));
      return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

const open: Services[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

async function device(secrets?: SecretStore) {
  const databasePath = join(tempFolder(), 'scopewise.db');
  const services = await openServices({
    databasePath,
    files: browserFileActions(exportsFolderFor(databasePath)),
    maintenance: false,
    ...(secrets ? { secrets } : {}),
  });
  open.push(services);
  const handlers = createHandlers(services);
  const call = async <K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>> => {
    const result = await dispatch(handlers, channel, input);
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.value as ChannelOutput<K>;
  };
  return { services, call, databasePath };
}

describe('team channels', () => {
  it('keeps the password only as the keychain encrypted it, and syncs on connect', async () => {
    const team = await pg.newTeam();
    const alice = await device(testKeychain());
    await alice.call('assessments.create', { fields: { projectTitle: 'First shared' } });
    const status = await alice.call('team.connect', { url: team.url('alice', null), password: PASSWORD });
    expect(status).toMatchObject({ state: 'synced', passwordFrom: 'keychain', pending: { revisions: 0, trash: 0 }, conflicts: 0 });
    expect(status.team).toMatch(/^alice@127\.0\.0\.1:\d+\/team\d+$/);
    alice.services.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(alice.databasePath).includes(Buffer.from(PASSWORD))).toBe(false);
    expect(await alice.call('team.test', {})).toMatchObject({ ok: true });
    expect(await alice.call('team.disconnect', {})).toMatchObject({ state: 'off', team: null });
  });

  it('refuses to store a password where there is no keychain (serve), naming PGPASSWORD', async () => {
    const team = await pg.newTeam();
    const served = await device();
    await expect(served.call('team.connect', { url: team.url('alice') })).rejects.toMatchObject({
      code: 'unsupported',
      message: expect.stringMatching(/PGPASSWORD/),
    });
    expect(await served.call('team.status', {})).toMatchObject({ state: 'off' });
  });

  it('answers a failed connection test in words and shows offline without stopping the app', async () => {
    const team = await pg.newTeam();
    const alice = await device(testKeychain());
    expect(await alice.call('team.test', { url: team.url('alice', null), password: 'wrong' })).toEqual({
      ok: false,
      message: expect.stringMatching(/password was refused/),
      why: 'team_password_refused',
      params: { server: expect.stringContaining('alice@') },
    });
    const status = await alice.call('team.connect', { url: 'postgres://alice@127.0.0.1:1/team', password: PASSWORD });
    expect(status).toMatchObject({
      state: 'offline',
      lastError: expect.stringMatching(/nothing answers/),
      // The same failure as a key, for a window to word in its language.
      lastErrorWhy: 'team_unreachable',
      lastErrorParams: { server: expect.stringContaining('alice@127.0.0.1:1') },
    });
    const created = await alice.call('assessments.create', { fields: { projectTitle: 'Offline work' } });
    expect((await alice.call('assessments.get', { id: created.id })).projectTitle).toBe('Offline work');
  });

  it("shows a conflict's two sides with who made the other, and a resolution settles it on both devices", async () => {
    const team = await pg.newTeam();
    const alice = await device(testKeychain());
    const bob = await device(testKeychain());
    const shared = await alice.call('assessments.create', { fields: { projectTitle: 'Shared', requirements: { projectKind: 'api-service' } } });
    await alice.call('team.connect', { url: team.url('alice', null), password: PASSWORD });
    await bob.call('team.connect', { url: team.url('bob', null), password: PASSWORD });
    expect(await bob.call('team.authors', { ids: [shared.id] })).toEqual({ [shared.id]: { author: 'alice', sharedAt: expect.any(String), conflict: false } });

    await alice.call('assessments.update', { id: shared.id, fields: { projectTitle: 'Shared (Alice)' } });
    await bob.call('assessments.update', { id: shared.id, fields: { requirements: { projectKind: 'api-service', apiDocs: true, concurrency: 'high-async' } } });
    await alice.call('team.sync', {});
    expect(await bob.call('team.sync', {})).toMatchObject({ state: 'conflict', conflicts: 1 });
    // The marker names the colleague, on either laptop, never the consultant's own role.
    expect(await bob.call('team.authors', { ids: [shared.id] })).toEqual({ [shared.id]: { author: 'alice', sharedAt: expect.any(String), conflict: true } });
    await alice.call('team.sync', {});
    expect(await alice.call('team.authors', { ids: [shared.id] })).toEqual({ [shared.id]: { author: 'bob', sharedAt: expect.any(String), conflict: true } });
    const view = await bob.call('team.conflict', { id: shared.id });
    expect(view).not.toBeNull();
    expect(view!.theirs).toMatchObject({ projectTitle: 'Shared (Alice)', author: 'alice' });
    expect(view!.comparison.fields.map((f) => [f.label, f.from, f.to])).toEqual([['Project title', 'Shared', 'Shared (Alice)']]);
    expect(view!.comparison.answers.length).toBeGreaterThan(0);
    // Three ways: the title only Alice changed and the answers only Bob changed are merged without asking.
    expect(view!.base).toMatchObject({ projectTitle: 'Shared', requirements: { projectKind: 'api-service' } });
    expect(view!.parts.map((p) => [p.part, p.base, p.mine, p.theirs, p.changedBy])).toEqual([
      ['projectTitle', 'Shared', 'Shared', 'Shared (Alice)', 'theirs'],
      ['concurrency', 'Not answered', expect.stringMatching(/many at once/), 'Not answered', 'mine'],
      ['apiDocs', 'Not answered', 'Yes', 'Not answered', 'mine'],
    ]);
    expect(view!.autoMerged).toEqual(['projectTitle']);
    expect(view!.merged).toMatchObject({ projectTitle: 'Shared (Alice)', requirements: { apiDocs: true, concurrency: 'high-async' } });
    expect(view!.theirs).toMatchObject({ author: 'alice', deviceId: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(view!.mineBy.author).toBe('bob');

    await bob.call('team.resolve', { id: shared.id, fields: view!.merged });
    const revisions = await alice.call('assessments.revisions', { id: shared.id });
    expect(revisions.map((r) => [r.author, r.merged])).toEqual([
      ['alice', false],
      ['alice', false],
    ]);
    expect(await bob.call('team.sync', {})).toMatchObject({ state: 'synced', conflicts: 0 });
    expect(await alice.call('team.sync', {})).toMatchObject({ state: 'synced', conflicts: 0 });
    const history = await alice.call('assessments.revisions', { id: shared.id });
    expect(history.at(-1)).toMatchObject({ author: 'bob', merged: true, deviceId: expect.stringMatching(/^[0-9a-f]{32}$/) });
    const onAlice = await alice.call('assessments.get', { id: shared.id });
    expect(onAlice).toMatchObject({ projectTitle: 'Shared (Alice)', requirements: { apiDocs: true } });
    expect(await alice.call('team.conflict', { id: shared.id })).toBeNull();
  });
});

describe('an honest status', () => {
  it('says how many changes wait instead of "synced", and offline once a test of the saved connection fails', async () => {
    const team = await pg.newTeam();
    const alice = await device(testKeychain());
    expect(await alice.call('team.connect', { url: team.url('alice', null), password: PASSWORD })).toMatchObject({ state: 'synced' });
    await alice.call('assessments.create', { fields: { projectTitle: 'Not yet shared' } });
    expect(await alice.call('team.status', {})).toMatchObject({ state: 'waiting', pending: { revisions: 1, trash: 0 } });
    pg.cluster.stop('immediate');
    try {
      expect(await alice.call('team.test', {})).toMatchObject({ ok: false, message: expect.stringMatching(/nothing answers|connection was lost/) });
      expect(await alice.call('team.status', {})).toMatchObject({ state: 'offline' });
    } finally {
      await pg.cluster.start();
    }
    expect(await alice.call('team.test', {})).toMatchObject({ ok: true });
    expect(await alice.call('team.sync', {})).toMatchObject({ state: 'synced', pending: { revisions: 0, trash: 0 } });
  });

  it('shows the counts while a long sync runs', async () => {
    const team = await pg.newTeam();
    const alice = await device(testKeychain());
    insertDemoAssessments(alice.services.db, { count: 350, seed: 7 });
    const connecting = alice.call('team.connect', { url: team.url('alice', null), password: PASSWORD });
    const seen: number[] = [];
    for (let i = 0; i < 2000 && seen.length < 2; i++) {
      const status = await alice.call('team.status', {});
      const moved = status.progress === null ? 0 : status.progress.pushed + status.progress.pulled;
      if (status.state === 'syncing' && moved > 0 && !seen.includes(moved)) seen.push(moved);
      await new Promise((r) => setTimeout(r, 2));
    }
    expect(await connecting).toMatchObject({ state: 'synced', progress: null });
    expect(seen.length).toBeGreaterThanOrEqual(1);
    expect(seen[0]).toBeLessThan(350 * 2);
  });

  it('refuses a typed password in a test as connect does where there is no keychain, and names the way to give it', async () => {
    const team = await pg.newTeam();
    const served = await device();
    expect(await served.call('team.test', { url: team.url('alice', null), password: PASSWORD })).toEqual({
      ok: false,
      message: expect.stringMatching(/no keychain.*PGPASSWORD/),
      why: 'team_no_keychain',
    });
    const missing = await served.call('team.test', { url: team.url('alice', null), password: '' });
    expect(missing).toEqual({
      ok: false,
      message: expect.stringMatching(/no password was given.*PGPASSWORD/),
      why: 'team_no_password',
      params: { server: expect.stringContaining('alice@') },
    });
    expect(missing.message).not.toMatch(/SASL/);
  });
});

describe('team settings beside the branding', () => {
  it('reading the team connection leaves the branding readable (they share the settings table)', async () => {
    const alice = await device(testKeychain());
    await alice.call('settings.update', { branding: { companyName: 'Fjordline Consulting' } });
    await alice.call('team.status', {});
    expect((await alice.call('settings.get', {})).branding.companyName).toBe('Fjordline Consulting');
  });
});
