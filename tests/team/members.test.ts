// The admin's path, against a real PostgreSQL: `team members` lists each consultant with devices and last change,
// `team revoke` takes a role's reading and writing away while its past changes stay attributed to it, and `team status
// --url` answers for an admin who has no local database.
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { createAssessment, listRevisions } from '../../db';
import { getTeamState } from '../../db/team';
import { cli } from '../cli/cli-helpers';
import { tempFolder } from '../db/temp';
import { newDevice, syncDevice, useTeamCluster } from './team-fixture';

const pg = useTeamCluster();

describe('the team admin', () => {
  it('lists each consultant with their devices and last change, and revokes one whose past changes stay attributed', async () => {
    const team = await pg.newTeam();
    const alice = await newDevice();
    const bob = await newDevice();
    let db = await bob.open();
    const bobs = createAssessment(db, { projectTitle: "Bob's shop" }).id;
    const bobDevice = getTeamState(db).deviceId;
    db.close();
    await syncDevice(team, bob.path, 'bob');
    await syncDevice(team, alice.path, 'alice');

    const listed = await cli(['team', 'members', '--url', team.ownerUrl, '--json']);
    expect(listed.code, listed.stderr).toBe(0);
    const members = JSON.parse(listed.stdout) as { role: string; access: string; devices: { id: string }[]; lastChange: string | null; changes: number }[];
    expect(members.map((m) => [m.role, m.access, m.devices.length, m.changes])).toEqual([
      ['alice', 'read-write', 1, 0],
      ['bob', 'read-write', 1, 1],
      ['carol', 'read-write', 0, 0],
    ]);
    expect(members[1]!.devices[0]!.id).toBe(bobDevice);
    expect(members[1]!.lastChange).toEqual(expect.stringMatching(/^\d{4}-/));
    expect((await cli(['team', 'members', '--url', team.ownerUrl])).stdout).toMatch(/^bob: read-write; 1 change, last .*; devices: [0-9a-f]{32} \(last seen/m);

    const revoked = await cli(['team', 'revoke', '--url', team.ownerUrl, '--role', 'bob']);
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(revoked.stdout).toMatch(/bob may no longer read or write .*past changes stay/);
    db = await bob.open();
    createAssessment(db, { projectTitle: 'After leaving' });
    db.close();
    const refused = await cli(['sync', '--db', bob.path, '--team-url', team.url('bob')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/lacks rights on the team schema/);
    expect(() => pg.cluster.psql('SELECT count(*) FROM scopewise.changes', team.name, 'bob')).toThrow(/permission denied/);

    const after = JSON.parse((await cli(['team', 'members', '--url', team.ownerUrl, '--json'])).stdout) as typeof members;
    expect(after.find((m) => m.role === 'bob')).toMatchObject({ access: 'revoked', changes: 1 });
    // Alice still has Bob's work, and knows it was his.
    await syncDevice(team, alice.path, 'alice');
    db = await alice.open();
    expect(listRevisions(db, bobs).map((r) => r.author)).toEqual(['bob']);
    db.close();
  });

  it('refuses to revoke a role that does not exist or the owner itself, naming it', async () => {
    const team = await pg.newTeam();
    const unknown = await cli(['team', 'revoke', '--url', team.ownerUrl, '--role', 'nobody']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/--role: no PostgreSQL role named nobody/);
    const self = await cli(['team', 'revoke', '--url', team.ownerUrl, '--role', 'team_owner']);
    expect(self.code).toBe(2);
    expect(self.stderr).toMatch(/--role: team_owner is the role running this command/);
  });

  it('answers team status --url for an admin without a local database, and creates none', async () => {
    const team = await pg.newTeam();
    const path = join(tempFolder(), 'never-made.db');
    const status = await cli(['team', 'status', '--url', team.ownerUrl, '--db', path, '--json']);
    expect(status.code, status.stderr).toBe(0);
    expect(JSON.parse(status.stdout)).toEqual({ device: null, server: { reachable: true, schemaVersion: 2 } });
    const words = await cli(['team', 'status', '--url', team.ownerUrl, '--db', path]);
    expect(words.stdout).toMatch(/no local database here.*\nteam database reachable \(schema version 2\)/);
    const { existsSync } = await import('node:fs');
    expect(existsSync(path)).toBe(false);
  });
});
