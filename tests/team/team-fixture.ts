// A team database for one test file: a real PostgreSQL cluster (pg-cluster.ts) with a database owned by an ordinary
// role (no superuser), the team schema made by `team init`, and consultant roles granted by `team grant`.
import { join } from 'node:path';

import { afterAll, beforeAll } from 'vitest';

import { type Database, openDatabase } from '../../db';
import { cli, type CliResult } from '../cli/cli-helpers';
import { openForTest, tempFolder } from '../db/temp';
import { PgCluster } from './pg-cluster';

export const CONSULTANTS = ['alice', 'bob', 'carol'] as const;
export type Consultant = (typeof CONSULTANTS)[number];
export const PASSWORD = 'correct horse';

/** One team database: made by `team init` as its owner, with the consultants granted by `team grant`. */
export interface TeamFixture {
  name: string;
  ownerUrl: string;
  url: (role: string, password?: string | null) => string;
}

export interface ClusterFixture {
  cluster: PgCluster;
  /** A new, empty team database (each test its own, so devices see only that test's work). */
  newTeam: () => Promise<TeamFixture>;
}

export function useTeamCluster(): ClusterFixture {
  const fixture = {} as ClusterFixture;
  let teams = 0;
  beforeAll(async () => {
    const cluster = await PgCluster.create();
    cluster.psql(`CREATE ROLE team_owner LOGIN PASSWORD '${PASSWORD}'`);
    for (const role of [...CONSULTANTS, 'mallory']) cluster.psql(`CREATE ROLE ${role} LOGIN PASSWORD '${PASSWORD}';`);
    fixture.cluster = cluster;
  }, 120_000);
  fixture.newTeam = async () => {
    const name = `team${++teams}`;
    fixture.cluster.psql(`CREATE DATABASE ${name} OWNER team_owner`);
    const team: TeamFixture = {
      name,
      ownerUrl: fixture.cluster.url('team_owner', PASSWORD, name),
      url: (role, password = PASSWORD) => fixture.cluster.url(role, password, name),
    };
    const init = await cli(['team', 'init', '--url', team.ownerUrl]);
    if (init.code !== 0) throw new Error(`team init failed: ${init.stderr}`);
    for (const role of CONSULTANTS) {
      const granted = await cli(['team', 'grant', '--url', team.ownerUrl, '--role', role]);
      if (granted.code !== 0) throw new Error(`team grant failed: ${granted.stderr}`);
    }
    return team;
  };
  afterAll(() => fixture.cluster?.destroy());
  return fixture;
}

/** A device: its own SQLite file in its own folder; every database `open` returns is closed after the test (tests/db/temp.ts). */
export async function newDevice(): Promise<{ path: string; open: () => Promise<Database> }> {
  const path = join(tempFolder(), 'scopewise.db');
  (await openDatabase(path, { mounts: '' })).close();
  return { path, open: () => openForTest(path, { mounts: '' }) };
}

export interface SyncJson {
  pushed: number;
  pulled: number;
  conflicts: { id: string; projectTitle: string }[];
  skipped: { id: string; seq: number; reason: string }[];
  notices: { kind: string; id: string; by: string }[];
}

export async function syncDevice(team: TeamFixture, path: string, role: Consultant): Promise<SyncJson & { result: CliResult }> {
  const result = await cli(['sync', '--db', path, '--team-url', team.url(role), '--json']);
  if (result.code !== 0) throw new Error(`sync failed (${result.code}): ${result.stderr}`);
  return { ...(JSON.parse(result.stdout) as SyncJson), result };
}
