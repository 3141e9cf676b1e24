// The warnings the services raise while the app runs (a database opened read-only, a daily backup not made, a
// shutdown that left work for the next start), as stable keys beside their English sentence, so the app's dialog can
// say them in its own language while the CLI and `serve` print the sentence. Pure: it reads errors, never the disk.
import { AppError } from './errors';
import { errorCode, storageErrorReason } from './storage-error';

/**
 * What a warning is about. Extend, never rename: the app's dialog words them (electron/main/dialog-text.ts).
 * params: `file` (the database's path), and what each reason names beside it (shared/README.md, Warnings).
 */
export const WARNING_REASONS = [
  // Opening the database (db/open.ts, db/restore.ts).
  'restore_remains_removed',
  'restore_finished',
  'restore_undone',
  'wal_unavailable',
  'database_read_only',
  'network_file_system',
  // Closing it (electron/api/services.ts closeDatabase).
  'search_index_at_shutdown',
  'wal_at_shutdown',
  'close_failed',
  // The start-up maintenance (db/maintenance.ts).
  'backup_not_made',
  'backups_in_future',
  'trash_not_emptied',
  'empty_assessments_kept',
  'proposals_not_expired',
] as const;
export type WarningReason = (typeof WARNING_REASONS)[number];

export type WarningParams = Record<string, string | number>;

/** A warning as a stable key and the words it needs; the English sentence travels beside it. */
export interface Warning {
  why: WarningReason;
  params: WarningParams;
}

/** A warning's English sentence (for the CLI, `serve` and the logs) with its key (for a window). */
export interface Notice {
  said: string;
  warning: Warning;
}

/** Told about a condition that does not stop the work; `warning` says the same as `message` in keys (absent from older callers). */
export type Warn = (message: string, warning?: Warning) => void;

/**
 * Why an action failed, as warning params: `cause`, the error's reason key (an AppError's `why`, with its params, or
 * the known storage cause: shared/storage-error.ts), else `code`, the raw code it carries (EEXIST, SQLITE_IOERR...).
 */
export function causeParams(error: unknown): WarningParams {
  // An AppError's `code` (io, invalid_input...) is not the system's: only its reason says why.
  if (error instanceof AppError) return error.why === undefined ? {} : { ...error.params, cause: error.why };
  const reason = storageErrorReason(error);
  if (reason !== undefined) return { cause: reason };
  const code = errorCode(error);
  return code === '' ? {} : { code };
}
