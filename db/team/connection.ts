// Which team database this device syncs with, kept in the settings table under "team": the URL without any password,
// and the password only as the OS keychain encrypted it (electron/api/secret-store.ts). Never a password in clear.
import type { Database } from 'better-sqlite3';

import { statement } from '../statements';

const TEAM_KEY = 'team';

export interface TeamConnectionSetting {
  url: string;
  /** base64 of the keychain's ciphertext; absent when the password comes from elsewhere. */
  encryptedPassword?: string;
}

export function getTeamConnection(db: Database): TeamConnectionSetting | null {
  // Rows, not pluck(): the cached statement is shared with db/settings.ts, and pluck() would change it for that caller too.
  const row = statement(db, 'SELECT value FROM settings WHERE key = ?').get(TEAM_KEY) as { value: string } | undefined;
  if (row === undefined) return null;
  const parsed = JSON.parse(row.value) as Partial<TeamConnectionSetting>;
  return typeof parsed.url === 'string'
    ? { url: parsed.url, ...(typeof parsed.encryptedPassword === 'string' ? { encryptedPassword: parsed.encryptedPassword } : {}) }
    : null;
}

export function saveTeamConnection(db: Database, setting: TeamConnectionSetting): void {
  statement(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    TEAM_KEY,
    JSON.stringify(setting),
  );
}

export function forgetTeamConnection(db: Database): void {
  statement(db, 'DELETE FROM settings WHERE key = ?').run(TEAM_KEY);
}

/**
 * Who last shared each of the given assessments and whether a conflict waits (ids not shared are left out). With a
 * conflict, the author is the colleague whose version conflicts with this device's, never this device's own role.
 */
export function teamAuthors(db: Database, ids: readonly string[]): Record<string, { author: string; sharedAt: string; conflict: boolean }> {
  const out: Record<string, { author: string; sharedAt: string; conflict: boolean }> = {};
  const read = statement(
    db,
    `SELECT a.author, a.shared_at, c.author AS other, c.updated_at AS other_at
     FROM team_authors a
     LEFT JOIN (SELECT assessment_id, author, updated_at FROM team_conflicts WHERE assessment_id = ? AND resolved_by IS NULL ORDER BY seq DESC LIMIT 1) c
       ON c.assessment_id = a.assessment_id
     WHERE a.assessment_id = ?`,
  );
  for (const id of ids) {
    const row = read.get(id, id) as { author: string; shared_at: string; other: string | null; other_at: string | null } | undefined;
    if (row === undefined) continue;
    out[id] =
      row.other === null ? { author: row.author, sharedAt: row.shared_at, conflict: false } : { author: row.other, sharedAt: row.other_at!, conflict: true };
  }
  return out;
}
