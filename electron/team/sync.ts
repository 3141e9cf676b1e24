// One sync with the team database: push what this device has not shared, pull what others shared after its cursor,
// and repeat until neither moves anything. Each local step is its own short transaction (db/team), so the UI is never
// held up, and a sync stopped anywhere (kill, dropped connection, server restart) resumes with nothing lost or doubled.
import type { Database } from 'better-sqlite3';
import { applyChanges, bindTeam, getTeamState, markShared, recordSyncOutcome, takeOutgoing } from '../../db/team';
import { AppError } from '../../shared/errors';
import { connectTeam, type TeamConnectOptions, type TeamConnection } from './connect';
import { describeTeamError } from './errors';
import { pullChanges } from './pull';
import { pushChanges } from './push';
import { TEAM_SCHEMA_VERSION, teamSchemaVersion } from './schema';

export interface SyncReport {
  pushed: number;
  pulled: number;
  /** Assessments that got a conflict in this sync (each keeps both sides). */
  conflicts: string[];
  converged: true;
  team: string;
}

export interface SyncOptions {
  /** Changes per push or pull round trip. */
  batch?: number;
  now?: () => Date;
}

/** Checks the team database has a schema this Scopewise can use, and binds the local database to it. */
async function prepare(db: Database, connection: TeamConnection, deviceId: string): Promise<void> {
  const { client } = connection;
  const version = await teamSchemaVersion(client);
  if (version === 0)
    throw new AppError(
      'not_found',
      `team database ${connection.target.label}: no team schema there yet; the database owner creates it with: scopewise team init --url <owner-url>`,
    );
  if (version > TEAM_SCHEMA_VERSION)
    throw new AppError(
      'unsupported',
      `team database ${connection.target.label}: its schema (version ${version}) is newer than this Scopewise knows; update Scopewise`,
    );
  const team = await client.query('SELECT id::text AS id FROM scopewise.team LIMIT 1');
  bindTeam(db, team.rows[0].id as string);
  await client.query('INSERT INTO scopewise.devices (id) VALUES ($1) ON CONFLICT (id) DO UPDATE SET last_seen = now()', [deviceId]);
}

/** Syncs over an open connection until converged. */
export async function syncOver(db: Database, connection: TeamConnection, options: SyncOptions = {}): Promise<SyncReport> {
  const batch = options.batch ?? 500;
  const now = options.now ?? (() => new Date());
  const { deviceId } = getTeamState(db);
  const report: SyncReport = { pushed: 0, pulled: 0, conflicts: [], converged: true, team: connection.target.label };
  try {
    await prepare(db, connection, deviceId);
    for (;;) {
      const outgoing = takeOutgoing(db, batch);
      if (outgoing.length > 0) {
        const seqs = await pushChanges(connection.client, deviceId, outgoing);
        markShared(db, outgoing, seqs);
        report.pushed += outgoing.length;
      }
      const incoming = await pullChanges(connection.client, getTeamState(db).cursor, batch);
      if (incoming.length > 0) {
        const applied = applyChanges(db, incoming, deviceId, now());
        report.pulled += applied.applied;
        for (const id of applied.conflicts) if (!report.conflicts.includes(id)) report.conflicts.push(id);
      }
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
