// Errors carried between threads: a worker's error becomes plain data (a structured clone keeps neither the class nor
// its fields) and is revived on the other side as the same kind of error, so dispatch(), the CLI and the app's
// recovery judge it exactly as if it had been thrown on their own thread. Owns only that round trip.
import { DatabaseRefusedError, type RefusalReason } from '../../db';
import { AppError, type ErrorCode } from '../../shared/errors';

/** An error as data: its class's name, its typed code and field when it has them, and what the refusal offers. */
export interface ErrorData {
  name: string;
  message: string;
  stack?: string;
  /** An AppError's typed code, or the fs / SQLite code (ENOSPC, SQLITE_BUSY) of any other error, or ''. */
  code: string;
  app: boolean;
  field?: string;
  refusal?: { path: string; reason: RefusalReason; newestGoodBackup: string | null };
  /** Other plain fields an AppError subclass carries (a lock's holder, where a failed backup was kept). */
  details?: Record<string, unknown>;
}

export function errorToData(error: unknown): ErrorData {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), code: '', app: false };
  const code = (error as { code?: unknown }).code;
  const data: ErrorData = { name: error.name, message: error.message, code: typeof code === 'string' ? code : '', app: error instanceof AppError };
  if (error.stack !== undefined) data.stack = error.stack;
  if (error instanceof AppError && error.field !== undefined) data.field = error.field;
  if (error instanceof DatabaseRefusedError) {
    data.name = 'DatabaseRefusedError';
    data.refusal = { path: error.path, reason: error.reason, newestGoodBackup: error.newestGoodBackup };
  } else if (error instanceof AppError) {
    const details = Object.fromEntries(Object.entries(error).filter(([key, value]) => !['code', 'field', 'name'].includes(key) && isPlain(value)));
    if (Object.keys(details).length > 0) data.details = details;
  }
  return data;
}

function isPlain(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

export function errorFromData(data: ErrorData): Error {
  let error: Error;
  if (data.refusal !== undefined) {
    const refused = new DatabaseRefusedError(data.refusal.path, data.refusal.reason, '');
    refused.message = data.message;
    refused.newestGoodBackup = data.refusal.newestGoodBackup;
    error = refused;
  } else if (data.app) {
    error = Object.assign(new AppError(data.code as ErrorCode, data.message, data.field), data.details ?? {});
  } else {
    error = Object.assign(new Error(data.message), data.code === '' ? {} : { code: data.code });
    error.name = data.name;
  }
  if (data.stack !== undefined) error.stack = data.stack;
  return error;
}
