// The known causes of a failed read or write (disk full, read-only, locked, permission), named the same way by the
// CLI, the API and the app. Pure: it reads the `code` an fs or SQLite error carries, never the file system.
import { AppError, type ErrorReason } from './errors';

export type StorageCause = 'disk-full' | 'read-only' | 'locked' | 'permission' | 'no-folder' | 'is-folder';

const CAUSE_TEXT: Record<StorageCause, string> = {
  'disk-full': 'the disk is full',
  'read-only': 'the file system or database file is read-only',
  locked: 'the database is locked by another program',
  permission: 'permission denied',
  'no-folder': 'the folder does not accept new files',
  'is-folder': 'it is a folder',
};

/** The stable key a window words the cause by (shared/errors.ts ERROR_REASONS). */
const CAUSE_REASON: Record<StorageCause, ErrorReason> = {
  'disk-full': 'disk_full',
  'read-only': 'read_only',
  locked: 'database_busy',
  permission: 'permission_denied',
  'no-folder': 'folder_missing',
  'is-folder': 'path_is_folder',
};

const WHAT_TO_DO: Record<StorageCause, string> = {
  'disk-full': 'free some space and try again',
  'read-only': 'make it writable (or move the data folder) and try again',
  locked: 'wait for it to finish, or close it, and try again',
  permission: 'check the permissions of the file and its folder',
  'no-folder': 'check that the folder exists',
  'is-folder': 'choose a file name',
};

/** The error's code (ENOSPC, SQLITE_CORRUPT, ...), or '' when it carries none. */
export function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/** The known cause behind an fs (ENOSPC, EROFS, EACCES...) or SQLite (SQLITE_FULL, SQLITE_READONLY...) error, or null. */
export function storageCause(error: unknown): StorageCause | null {
  const code = errorCode(error);
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL' || (code === 'SQLITE_IOERR_WRITE' && /disk|space/i.test(String(error))))
    return 'disk-full';
  if (code === 'EROFS' || code.startsWith('SQLITE_READONLY')) return 'read-only';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'locked';
  if (code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') return 'permission';
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no-folder';
  if (code === 'EISDIR') return 'is-folder';
  return null;
}

/** The stable key for the error's known cause (disk_full, read_only...), or undefined when it has none. */
export function storageErrorReason(error: unknown): ErrorReason | undefined {
  const cause = storageCause(error);
  return cause === null ? undefined : CAUSE_REASON[cause];
}

/** The cause in a few words ("the disk is full"), for messages that name a file first; the raw code when unknown. */
export function storageReason(error: unknown): string {
  const cause = storageCause(error);
  return cause === null ? errorCode(error) || 'write error' : CAUSE_TEXT[cause];
}

/**
 * The failure as a typed error naming its cause and what to do, or null when the cause is not one of the known
 * ones (the caller then reports an unexpected failure). `doing` names the action ("That", "import"); `unchanged`
 * says the failed action was one transaction, so nothing of it was written (true for every API call).
 */
export function storageError(error: unknown, doing = 'That', unchanged = true): AppError | null {
  const cause = storageCause(error);
  if (cause === null) return null;
  const advice = WHAT_TO_DO[cause];
  return new AppError(
    'io',
    `${doing} failed: ${CAUSE_TEXT[cause]}${unchanged ? '; nothing was changed' : ''}. ${advice.charAt(0).toUpperCase()}${advice.slice(1)}.`,
    undefined,
    CAUSE_REASON[cause],
  );
}
