// What the app does once after opening the database: the daily backup when due, then purging the old trash.
import type { Database } from 'better-sqlite3';
import { backupIfDue } from './backup';
import { purgeTrash } from './trash';

export interface MaintenanceReport {
  /** The backup taken, or null when the newest was less than a day old. */
  backup: string | null;
  /** Assessments deleted for good after 30 days in the trash. */
  purged: number;
}

export async function runStartupMaintenance(db: Database, backupDir: string, now = new Date()): Promise<MaintenanceReport> {
  const backup = await backupIfDue(db, backupDir, now);
  return { backup, purged: purgeTrash(db, now) };
}
