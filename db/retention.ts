// Which backups to keep: pure decisions over file names and times, so the rules are unit-tested without a disk.
// Backup files are named scopewise-<UTC time>-<reason>.db, so names sort by time, as long as the clock that named them
// was right. A name dated in the future was given by a clock that was wrong (time only runs forward), so it says
// nothing about when the backup was made: such backups count as made before every backup with a believable date
// (among themselves, by name), and the backup just made always counts as the newest.

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

/** How far ahead of the clock a name may be dated and still be believed (two clocks a little apart). */
export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/** Is the backup dated in the future, as `now` sees it? */
export function isDatedInFuture(backup: BackupName, now: Date): boolean {
  return backup.takenAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS;
}

/** Backup names in a folder listing, newest first by the order they were made (see above); other files are ignored. */
export function sortBackups(names: readonly string[], now: Date = new Date()): BackupName[] {
  return names
    .map(parseBackupFileName)
    .filter((b): b is BackupName => b !== null)
    .sort(
      (a, b) => Number(isDatedInFuture(a, now)) - Number(isDatedInFuture(b, now)) || b.takenAt.getTime() - a.takenAt.getTime() || (a.name < b.name ? 1 : -1),
    );
}

export interface RotationOptions {
  now?: Date;
  /** The backup just made: whatever the names around it, it is the newest and is never deleted. */
  justMade?: string;
}

/**
 * The backups to delete so that only the newest `keep` remain, by the order they were made. Files that are not backups
 * are never named, nor is the backup just made, nor a "before-restore" backup: it holds the data a restore replaced
 * and stays until the user dismisses it.
 */
export function backupsToDelete(names: readonly string[], keep = BACKUPS_KEPT, options: RotationOptions = {}): string[] {
  const rotating = sortBackups(names, options.now)
    .filter((b) => b.reason !== 'before-restore')
    .map((b) => b.name);
  const ordered =
    options.justMade !== undefined && rotating.includes(options.justMade)
      ? [options.justMade, ...rotating.filter((name) => name !== options.justMade)]
      : rotating;
  return ordered.slice(Math.max(0, keep));
}

/** A start-of-day backup is due when there is none, or the newest is more than a day old (or in the future: a clock change). */
export function isBackupDue(newest: Date | null, now: Date): boolean {
  if (newest === null) return true;
  const age = now.getTime() - newest.getTime();
  return age >= BACKUP_INTERVAL_MS || age < -BACKUP_INTERVAL_MS;
}
