// Setting up and reaching the team database: `team init` as the database owner (no superuser), twice is harmless;
// a role without rights, a wrong password or an unreachable host each get one clear line, and the local database
// keeps working; the password may come from PGPASSWORD instead of the URL.
import { createServer } from 'node:net';

import { afterEach, describe, expect, it } from 'vitest';

import { createAssessment, listAssessments } from '../../db';
import { cli } from '../cli/cli-helpers';
import { newDevice, PASSWORD, useTeamCluster } from './team-fixture';

const pg = useTeamCluster();

afterEach(() => {
  delete process.env.PGPASSWORD;
});

async function unusedPort(): Promise<number> {
  return new Promise((resolvePort) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address !== null ? address.port : 1));
    });
  });
}

describe('team database access', () => {
  it('creates the team schema as the database owner, and a second init finds it up to date', async () => {
    const team = await pg.newTeam();
    const again = await cli(['team', 'init', '--url', team.ownerUrl]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/up to date \(version 2\)/);
    expect(pg.cluster.psql("SELECT rolsuper FROM pg_roles WHERE rolname = 'team_owner'")).toMatch(/\bf\b/);
  });

  it('refuses team init by a role that may not create the schema, naming the fix', async () => {
    pg.cluster.psql('CREATE DATABASE owned_elsewhere OWNER team_owner');
    pg.cluster.psql('REVOKE CREATE ON DATABASE owned_elsewhere FROM PUBLIC');
    const result = await cli(['team', 'init', '--url', pg.cluster.url('mallory', PASSWORD, 'owned_elsewhere')]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/cannot create the team schema.*owner/);
  });

  it('refuses a role without rights on the team schema with a clear message, and writes nothing there', async () => {
    const team = await pg.newTeam();
    const device = await newDevice();
    const db = await device.open();
    createAssessment(db, { projectTitle: 'Not for mallory' });
    db.close();
    const result = await cli(['sync', '--db', device.path, '--team-url', team.url('mallory')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/lacks rights on the team schema.*team grant/);
    expect(result.stdout).toBe('');
    expect(pg.cluster.psql('SELECT count(*) FROM scopewise.changes', team.name)).toMatch(/\b0\b/);
  });

  it('says a wrong password was refused and an unreachable host does not answer; the local database keeps working', async () => {
    const team = await pg.newTeam();
    const device = await newDevice();
    const wrong = await cli(['sync', '--db', device.path, '--team-url', team.url('alice', 'not the password')]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/password was refused/);
    expect(wrong.stderr).not.toMatch(/not the password/);
    const port = await unusedPort();
    const offline = await cli(['sync', '--db', device.path, '--team-url', `postgres://alice:${PASSWORD}@127.0.0.1:${port}/team`]);
    expect(offline.code).toBe(1);
    expect(offline.stderr).toMatch(/nothing answers there.*offline/);
    const db = await device.open();
    createAssessment(db, { projectTitle: 'Still works offline' });
    expect(listAssessments(db).rows.map((r) => r.projectTitle)).toEqual(['Still works offline']);
    db.close();
    const status = await cli(['team', 'status', '--db', device.path, '--json']);
    expect(JSON.parse(status.stdout)).toMatchObject({
      lastSyncAt: null,
      pending: { revisions: 1, trash: 0 },
      lastError: expect.stringMatching(/nothing answers/),
    });
  });

  it('takes the password from PGPASSWORD when the URL has none', async () => {
    const team = await pg.newTeam();
    const device = await newDevice();
    const db = await device.open();
    createAssessment(db, { projectTitle: 'Password from the environment' });
    db.close();
    const missing = await cli(['sync', '--db', device.path, '--team-url', team.url('alice', null)]);
    expect(missing.code).toBe(1);
    process.env.PGPASSWORD = PASSWORD;
    const result = await cli(['sync', '--db', device.path, '--team-url', team.url('alice', null), '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ pushed: 1, conflicts: [] });
  });

  it("leaves a consultant's role unable to change or delete what was shared", async () => {
    const team = await pg.newTeam();
    const device = await newDevice();
    const db = await device.open();
    createAssessment(db, { projectTitle: 'Immutable once shared' });
    db.close();
    expect((await cli(['sync', '--db', device.path, '--team-url', team.url('alice')])).code).toBe(0);
    for (const sql of ["UPDATE scopewise.changes SET fields = '{}'", 'DELETE FROM scopewise.changes', 'TRUNCATE scopewise.changes']) {
      expect(() => pg.cluster.psql(sql, team.name, 'alice')).toThrow(/permission denied/);
    }
    expect(pg.cluster.psql('SELECT count(*) FROM scopewise.changes', team.name, 'alice')).toMatch(/\b1\b/);
  });

  it('refuses a URL that is not a PostgreSQL URL before touching anything', async () => {
    const device = await newDevice();
    const result = await cli(['sync', '--db', device.path, '--team-url', 'https://example.com/team']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--team-url: expected a postgres:\/\/ or postgresql:\/\/ URL/);
  });
});
