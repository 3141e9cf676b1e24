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

/** Who last shared each of the given assessments and whether a conflict waits (ids not shared are left out). */
export function teamAuthors(db: Database, ids: readonly string[]): Record<string, { author: string; sharedAt: string; conflict: boolean }> {
  const out: Record<string, { author: string; sharedAt: string; conflict: boolean }> = {};
  const read = statement(
    db,
    `SELECT author, shared_at, EXISTS (SELECT 1 FROM team_conflicts c WHERE c.assessment_id = a.assessment_id AND c.resolved_by IS NULL) AS conflict
     FROM team_authors a WHERE a.assessment_id = ?`,
  );
  for (const id of ids) {
    const row = read.get(id) as { author: string; shared_at: string; conflict: 0 | 1 } | undefined;
    if (row !== undefined) out[id] = { author: row.author, sharedAt: row.shared_at, conflict: row.conflict === 1 };
  }
  return out;
}
