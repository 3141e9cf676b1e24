// Why a file could not be written, named from the system's error code, so an export that fails for a known cause
// says which (permission, read-only, full disk) instead of "please try again". Shared by the handlers and the CLI.
import { dirname } from 'node:path';

import { AppError } from '../../shared/errors';
import { storageCause, storageErrorReason, storageReason } from '../../shared/storage-error';

/** The cause in a few words (shared/storage-error.ts names them for every write), or null when the error carries no code we can name. */
export function writeFailureReason(error: unknown): string | null {
  if ((error as NodeJS.ErrnoException | null)?.code === 'ENAMETOOLONG') return 'the file name is too long';
  return storageCause(error) === null ? null : storageReason(error);
}

/** An export's failure as an AppError naming the cause and the folder, or the error unchanged when its cause is unknown. */
export function describeWriteFailure(error: unknown, what: string, path: string): unknown {
  if (error instanceof AppError) return error;
  const reason = writeFailureReason(error);
  if (reason === null) return error;
  const advice = reason === 'permission denied' ? "; Scopewise may not create files there. Change the folder's permissions or choose another" : '';
  return new AppError(
    'io',
    `${what} could not be written to the folder ${dirname(path)}: ${reason}${advice}. Nothing was written.`,
    'path',
    storageErrorReason(error),
  );
}
