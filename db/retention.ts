// Which backups to keep: pure decisions over file names and times, so the rules are unit-tested without a disk.
// Backup files are named scopewise-<UTC time>-<reason>.db, so names sort by time.

export const BACKUPS_KEPT = 7;
export const BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;

export type BackupReason = 'daily' | 'manual' | 'before-restore' | 'restore-dismissed' | `before-migration-${number}`;

export interface BackupName {
  name: string;
  takenAt: Date;
  reason: string;
}

const PATTERN = /^scopewise-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-([a-z0-9-]+)\.db$/;

export function backupFileName(takenAt: Date, reason: BackupReason): string {
  const stamp = takenAt.toISOString().replace(/[-:]/g, '').replace('.', '');
  return `scopewise-${stamp}-${reason}.db`;
}

export function parseBackupFileName(name: string): BackupName | null {
  const m = PATTERN.exec(name);
  if (m === null) return null;
  const takenAt = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, +m[7]!));
  return Number.isNaN(takenAt.getTime()) ? null : { name, takenAt, reason: m[8]! };
}

/** Backup names in a folder listing, newest first; other files are ignored. */
export function sortBackups(names: readonly string[]): BackupName[] {
  return names
    .map(parseBackupFileName)
    .filter((b): b is BackupName => b !== null)
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || (a.name < b.name ? 1 : -1));
}

/**
 * The backups to delete so that only the newest `keep` remain. Files that are not backups are never named, and
 * neither is a "before-restore" backup: it holds the data a restore replaced and stays until the user dismisses it.
 */
export function backupsToDelete(names: readonly string[], keep = BACKUPS_KEPT): string[] {
  return sortBackups(names)
    .filter((b) => b.reason !== 'before-restore')
    .slice(Math.max(0, keep))
    .map((b) => b.name);
}

/** A start-of-day backup is due when there is none, or the newest is more than a day old (or in the future: a clock change). */
export function isBackupDue(newest: Date | null, now: Date): boolean {
  if (newest === null) return true;
  const age = now.getTime() - newest.getTime();
  return age >= BACKUP_INTERVAL_MS || age < -BACKUP_INTERVAL_MS;
}
