// This device's team sync state (one row of team_sync): its device id, the team database it syncs with, how far it
// has pulled, and when it last synced. Owns every statement on team_sync.
import type { Database } from 'better-sqlite3';

import { statement } from '../statements';

export interface TeamState {
  deviceId: string;
  teamId: string | null;
  cursor: number;
  lastSyncAt: string | null;
  lastError: string | null;
}

interface Row {
  device_id: string;
  team_id: string | null;
  cursor: number;
  last_sync_at: string | null;
  last_error: string | null;
}

export function getTeamState(db: Database): TeamState {
  const row = statement(db, 'SELECT device_id, team_id, cursor, last_sync_at, last_error FROM team_sync WHERE id = 1').get() as Row;
  return { deviceId: row.device_id, teamId: row.team_id, cursor: row.cursor, lastSyncAt: row.last_sync_at, lastError: row.last_error };
}

/**
 * Binds this database to a team database. Another team than the one it last synced with starts over: nothing of
 * this device's counts as shared there yet, and everything there is pulled from the start. One transaction.
 */
export function bindTeam(db: Database, teamId: string): void {
  db.transaction(() => {
    const state = getTeamState(db);
    if (state.teamId === teamId) return;
    statement(db, 'UPDATE revisions SET team_seq = NULL WHERE team_seq IS NOT NULL').run();
    statement(db, 'UPDATE team_sync SET team_id = ?, cursor = 0 WHERE id = 1').run(teamId);
  }).immediate();
}

/** Notes the end of a sync: its time when it converged, else the reason it stopped (shown in Settings → Team). */
export function recordSyncOutcome(db: Database, outcome: { at: string; error: string | null }): void {
  if (outcome.error === null) statement(db, 'UPDATE team_sync SET last_sync_at = ?, last_error = NULL WHERE id = 1').run(outcome.at);
  else statement(db, 'UPDATE team_sync SET last_error = ? WHERE id = 1').run(outcome.error);
}

/** How much waits to be shared: revisions not yet on the team database, and moves to or from the trash. */
export function pendingCounts(db: Database): { revisions: number; trash: number } {
  return {
    revisions: statement(db, 'SELECT count(*) FROM revisions WHERE team_seq IS NULL').pluck().get() as number,
    trash: statement(db, 'SELECT count(*) FROM team_trash_outbox').pluck().get() as number,
  };
}
