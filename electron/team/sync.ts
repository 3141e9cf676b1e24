// One sync with the team database: push what this device has not shared, pull what others shared after its cursor,
// and repeat until neither moves anything. Each local step is its own short transaction (db/team), so the UI is never
// held up, and a sync stopped anywhere (kill, dropped connection, server restart) resumes with nothing lost or doubled.
import type { Database } from 'better-sqlite3';

import {
  applyChanges,
  bindTeam,
  getTeamState,
  markShared,
  recordSyncOutcome,
  type SkippedChange,
  takeOutgoing,
  type TeamChange,
  type TeamNotice,
} from '../../db/team';
import { AppError } from '../../shared/errors';
import { connectTeam, type TeamConnection, type TeamConnectOptions } from './connect';
import { describeTeamError } from './errors';
import { pullChanges } from './pull';
import { pushChanges } from './push';
import { TEAM_SCHEMA_VERSION, teamSchemaVersion } from './schema';

export interface SyncReport {
  pushed: number;
  pulled: number;
  /** Assessments that got a conflict in this sync (each keeps both sides). */
  conflicts: string[];
  /** Changes of the team's log set aside in this sync as unreadable (electron/team/pull.ts), with the reason. */
  skipped: SkippedChange[];
  /** What colleagues' changes did to this device's work in this sync (db/team/notices.ts). */
  notices: TeamNotice[];
  /** Assessments this sync changed here (for the UI to refresh in place). */
  changed: string[];
  converged: true;
  team: string;
}

export interface SyncOptions {
  /** Changes per push or pull round trip. */
  batch?: number;
  now?: () => Date;
  /** Called after each round trip with what has moved so far (for a progress display). */
  onProgress?: (progress: { pushed: number; pulled: number }) => void;
}

/** Checks the team database has a schema this Scopewise can use, binds the local database to it; returns the role. */
async function prepare(db: Database, connection: TeamConnection, deviceId: string): Promise<string> {
  const { client } = connection;
  const version = await teamSchemaVersion(client);
  if (version === 0)
    throw new AppError(
      'not_found',
      `team database ${connection.target.label}: no team schema there yet; the database owner creates it with: scopewise team init --url <owner-url>`,
      undefined,
      'team_not_set_up',
      { server: connection.target.label },
    );
  if (version > TEAM_SCHEMA_VERSION)
    throw new AppError(
      'unsupported',
      `team database ${connection.target.label}: its schema (version ${version}) is newer than this Scopewise knows; update Scopewise`,
      undefined,
      'team_schema_newer',
      { server: connection.target.label },
    );
  if (version < TEAM_SCHEMA_VERSION)
    throw new AppError(
      'unsupported',
      `team database ${connection.target.label}: its schema (version ${version}) is older than this Scopewise needs (${TEAM_SCHEMA_VERSION}); the database owner upgrades it with: scopewise team init --url <owner-url>`,
      undefined,
      'team_schema_older',
      { server: connection.target.label },
    );
  const team = await client.query<{ id: string }>('SELECT id::text AS id FROM scopewise.team LIMIT 1');
  const teamId = team.rows[0]?.id;
  if (teamId === undefined)
    throw new AppError('conflict', `team database ${connection.target.label}: it holds no team; run team init first`, undefined, 'team_not_set_up', {
      server: connection.target.label,
    });
  bindTeam(db, teamId);
  await client.query('INSERT INTO scopewise.devices (id) VALUES ($1) ON CONFLICT (id) DO UPDATE SET last_seen = now()', [deviceId]);
  const role = await client.query<{ role: string }>('SELECT current_user AS role');
  return role.rows[0]!.role;
}

/** Syncs over an open connection until converged. */
export async function syncOver(db: Database, connection: TeamConnection, options: SyncOptions = {}): Promise<SyncReport> {
  const batch = options.batch ?? 500;
  const now = options.now ?? (() => new Date());
  const { deviceId } = getTeamState(db);
  const report: SyncReport = { pushed: 0, pulled: 0, conflicts: [], skipped: [], notices: [], changed: [], converged: true, team: connection.target.label };
  try {
    const self = { deviceId, role: await prepare(db, connection, deviceId) };
    for (;;) {
      const outgoing = takeOutgoing(db, batch);
      if (outgoing.length > 0) {
        const seqs = await pushChanges(connection.client, deviceId, outgoing);
        markShared(db, outgoing, seqs, { author: self.role, deviceId });
        report.pushed += outgoing.length;
      }
      const incoming = await pullChanges(connection.client, getTeamState(db).cursor, batch);
      if (incoming.length > 0) {
        const changes: TeamChange[] = [];
        const skipped: SkippedChange[] = [];
        for (const row of incoming)
          if ('change' in row) changes.push(row.change);
          else skipped.push(row.skipped);
        const applied = applyChanges(db, { changes, skipped }, self, now());
        report.pulled += applied.applied;
        report.skipped.push(...skipped);
        report.notices.push(...applied.notices);
        for (const id of applied.changed) if (!report.changed.includes(id)) report.changed.push(id);
        for (const id of applied.conflicts) if (!report.conflicts.includes(id)) report.conflicts.push(id);
      }
      options.onProgress?.({ pushed: report.pushed, pulled: report.pulled });
      if (outgoing.length < batch && incoming.length < batch) break;
    }
  } catch (error) {
    const described = describeTeamError(error, connection.target.label);
    recordSyncOutcome(db, { at: now().toISOString(), error: described.message });
    throw described;
  }
  recordSyncOutcome(db, { at: now().toISOString(), error: null });
  return report;
}

/** Connects, syncs until converged, and closes. */
export async function syncTeam(db: Database, connect: TeamConnectOptions, options: SyncOptions = {}): Promise<SyncReport> {
  let connection: TeamConnection;
  try {
    connection = await connectTeam(connect);
  } catch (error) {
    const described = describeTeamError(error, 'team database');
    recordSyncOutcome(db, { at: (options.now ?? (() => new Date()))().toISOString(), error: described.message });
    throw described;
  }
  try {
    return await syncOver(db, connection, options);
  } finally {
    await connection.close();
  }
}
