// Restoring a backup over the live database so that a crash at any moment leaves either the old or the restored
// database, never none and never half; and, at the next open, finishing or undoing a restore a crash interrupted.
//
// On disk, in order: a journal (`scopewise.db.restore-journal`, stage "copying") is written; the live file and its
// WAL are kept aside in the backups folder as a "before-restore" backup (a hard link, or a copy where links fail),
// without touching the live file; the backup is copied to `scopewise.db.restoring` and flushed; the journal moves
// to stage "ready"; the live WAL is removed and `scopewise.db.restoring` renamed over `scopewise.db` (one rename);
// the journal is removed. Before "ready" an interrupted restore is undone, from "ready" on it is finished.
import { constants, copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

import { AppError } from '../shared/errors';
import type { Notice } from '../shared/warnings';
import { defaultBackupDir, listBackups, pruneBackups } from './backup';
import { flushFile, flushFolder, writeFileDurably } from './durable-file';
import { connect, type ConnectOptions, DatabaseRefusedError, examineDatabaseFile } from './examine';
import { acquireDatabaseLock, canonicalDatabasePath, type DatabaseLock } from './lock';
import { recordIssuedNumbers } from './proposal-numbers';
import { backupFileName } from './retention';

export interface RestoreResult {
  /** Where the database that was replaced now lives (restore from it to undo), or null when there was none. */
  setAside: string | null;
}

interface RestoreJournal {
  stage: 'copying' | 'ready';
  source: string;
  setAside: string | null;
  startedAt: string;
}

/** A database's own companions: its WAL and rollback journal carry committed or in-flight data; -shm is an index. */
const KEPT_COMPANIONS = ['-wal', '-journal'];
const ALL_COMPANIONS = ['-wal', '-shm', '-journal'];

export function restoreJournalFor(databasePath: string): string {
  return `${canonicalDatabasePath(databasePath)}.restore-journal`;
}

function incomingFor(file: string): string {
  return `${file}.restoring`;
}

function removeAll(path: string, suffixes: readonly string[]): void {
  for (const suffix of suffixes) rmSync(`${path}${suffix}`, { force: true });
}

/** Keeps the live file (and its WAL or journal) under the set-aside name without changing the live file. */
function keepAside(file: string, setAside: string, present: readonly string[]): void {
  for (const suffix of present) {
    try {
      linkSync(`${file}${suffix}`, `${setAside}${suffix}`);
    } catch {
      copyFileSync(`${file}${suffix}`, `${setAside}${suffix}`, constants.COPYFILE_EXCL);
      flushFile(`${setAside}${suffix}`);
    }
  }
  flushFolder(dirname(setAside));
}

/**
 * The one step that changes the live database: its old WAL goes (it is kept aside), the new file takes its name.
 * The writer's lock first covers the new file (db/lock.ts), so no second writer can take it by its new identity.
 */
function swapIn(file: string, journalPath: string, lock: DatabaseLock | undefined): void {
  const incoming = incomingFor(file);
  if (existsSync(incoming)) {
    lock?.cover(incoming);
    // An old WAL or journal beside the new file would be replayed into it: they belong to the set-aside database.
    removeAll(file, ALL_COMPANIONS);
    renameSync(incoming, file);
    flushFolder(dirname(file));
  }
  rmSync(journalPath, { force: true });
  flushFolder(dirname(file));
}

function readJournal(path: string): RestoreJournal | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<RestoreJournal>;
    if ((parsed.stage === 'copying' || parsed.stage === 'ready') && typeof parsed.source === 'string') {
      return {
        stage: parsed.stage,
        source: parsed.source,
        setAside: typeof parsed.setAside === 'string' ? parsed.setAside : null,
        startedAt: String(parsed.startedAt ?? ''),
      };
    }
  } catch {
    // Written whole through a rename, so an unreadable journal was damaged from outside: undo, the safe way.
  }
  return null;
}

/** Is there anything an interrupted restore left beside the database? Cheap: only looks for file names. */
export function hasInterruptedRestore(databasePath: string): boolean {
  const file = canonicalDatabasePath(databasePath);
  return existsSync(restoreJournalFor(file)) || existsSync(incomingFor(file)) || existsSync(`${incomingFor(file)}-journal`);
}

/**
 * Finishes or undoes a restore that a crash interrupted; the caller holds the database's lock. Says what was done,
 * or returns null when there was nothing to do. When the database itself went missing in a restore by
 * an earlier version (which moved it away first), it is not re-created: the refusal names the backup holding it.
 */
export function recoverInterruptedRestore(databasePath: string, options: ConnectOptions & { backupDir?: string; lock?: DatabaseLock } = {}): Notice | null {
  const file = canonicalDatabasePath(databasePath);
  const journalPath = restoreJournalFor(file);
  const incoming = incomingFor(file);
  if (!existsSync(journalPath)) {
    if (!existsSync(incoming) && !existsSync(`${incoming}-journal`)) return null;
    if (existsSync(file)) {
      removeAll(incoming, ['', '-journal']);
      return {
        said: `removed the remains of an unfinished restore (${basename(incoming)}); the database itself was not changed`,
        warning: { why: 'restore_remains_removed', params: { file, leftover: basename(incoming) } },
      };
    }
    const backupDir = options.backupDir ?? defaultBackupDir(file);
    const error = new DatabaseRefusedError(
      file,
      'unreadable',
      'it is missing after a restore that was interrupted (by an earlier version of Scopewise); an empty database was not created in its place',
    );
    error.newestGoodBackup = newestGoodBeforeRestore(backupDir, options);
    if (error.newestGoodBackup !== null) error.message += `; the database as it was before that restore is ${error.newestGoodBackup}`;
    throw error;
  }
  const journal = readJournal(journalPath);
  if (journal !== null && journal.stage === 'ready') {
    swapIn(file, journalPath, options.lock);
    const kept = journal.setAside === null ? '' : `; the database before it is kept as ${journal.setAside}`;
    const params = { file, backup: basename(journal.source), ...(journal.setAside === null ? {} : { setAside: journal.setAside }) };
    return { said: `finished restoring ${basename(journal.source)}, which was interrupted${kept}`, warning: { why: 'restore_finished', params } };
  }
  // Stage "copying": the live file was never changed, so dropping the new copy and the set-aside names undoes it all.
  removeAll(incoming, ['', '-journal']);
  if (journal?.setAside) removeAll(journal.setAside, ['', ...KEPT_COMPANIONS]);
  rmSync(journalPath, { force: true });
  flushFolder(dirname(file));
  return {
    said: `undid a restore${journal === null ? '' : ` of ${basename(journal.source)}`} that was interrupted before it changed anything; the database is as it was`,
    warning: { why: 'restore_undone', params: journal === null ? { file } : { file, backup: basename(journal.source) } },
  };
}

function keepIssuedNumbers(file: string, options: ConnectOptions): void {
  let live;
  try {
    live = connect(file, { ...options, readonly: true, fileMustExist: true });
  } catch {
    return;
  }
  try {
    recordIssuedNumbers(file, live);
  } finally {
    live.close();
  }
}

function newestGoodBeforeRestore(backupDir: string, options: ConnectOptions): string | null {
  for (const backup of listBackups(backupDir)) {
    if (backup.reason !== 'before-restore') continue;
    try {
      if (examineDatabaseFile(backup.path, options).kind === 'scopewise') return backup.path;
    } catch {
      // A damaged one is skipped.
    }
  }
  return null;
}

/**
 * Replaces the database at `databasePath` (closed by its user) with a good backup, atomically. The current file,
 * whatever its state, is kept as a "before-restore" backup, so the restore can be undone. Needs the database's
 * lock: pass the one held, or it is taken here (and refused while another process holds it).
 */
/** Told how far a restore's copy is, and asked whether to stop while it copies (the app's tasks.cancel). */
export interface RestoreProgress {
  onProgress?: (copiedPages: number, totalPages: number) => void;
  /** Checked between the copy's steps: true stops the restore, and the database is left as it was. */
  cancelled?: () => boolean;
}

/** A restore stopped on request while it copied: the database was not changed. */
export class RestoreCancelledError extends AppError {
  constructor() {
    super('unavailable', 'The restore was cancelled; nothing was changed.', 'backup', 'cancelled');
  }
}

export async function restoreBackup(
  databasePath: string,
  backupPath: string,
  options: ConnectOptions & { backupDir?: string; now?: Date; lock?: DatabaseLock } & RestoreProgress = {},
): Promise<RestoreResult> {
  // The real path: through a symbolic link, the restore replaces the database, not the link.
  const file = canonicalDatabasePath(databasePath);
  const source = resolve(backupPath);
  if (source === file || canonicalDatabasePath(source) === file)
    throw new AppError('invalid_input', `${source}: is the database itself, not a backup`, 'backup');
  let examination;
  try {
    examination = examineDatabaseFile(source, options);
  } catch (error) {
    throw new AppError('invalid_input', `${source}: not a good backup (${error instanceof Error ? error.message : String(error)})`, 'backup');
  }
  if (examination.kind !== 'scopewise') throw new AppError('invalid_input', `${source}: not a Scopewise backup`, 'backup');

  const lock = options.lock ?? acquireDatabaseLock(file, 'a restore', options);
  const backupDir = options.backupDir ?? defaultBackupDir(file);
  const journalPath = restoreJournalFor(file);
  const incoming = incomingFor(file);
  let setAside: string | null = null;
  try {
    recoverInterruptedRestore(file, { ...options, backupDir, lock });
    const present = ['', ...KEPT_COMPANIONS].filter((suffix) => existsSync(`${file}${suffix}`));
    // The numbers the database being replaced gave out stay issued (db/proposal-numbers.ts): they go to the ledger first.
    if (present.includes('')) keepIssuedNumbers(file, options);
    mkdirSync(backupDir, { recursive: true });
    if (present.length > 0) {
      // A name no backup has yet: undoing a failed restore removes the set-aside names, never someone else's file.
      let at = (options.now ?? new Date()).getTime();
      do setAside = join(backupDir, backupFileName(new Date(at++), 'before-restore'));
      while (['', ...KEPT_COMPANIONS].some((suffix) => existsSync(`${setAside}${suffix}`)));
    }
    const journal: RestoreJournal = { stage: 'copying', source, setAside, startedAt: new Date().toISOString() };
    writeFileDurably(journalPath, JSON.stringify(journal));
    try {
      removeAll(incoming, ['', '-journal']);
      if (setAside !== null) keepAside(file, setAside, present);
      const db = connect(source, { ...options, readonly: true, fileMustExist: true });
      try {
        await db.backup(incoming, {
          progress: ({ totalPages, remainingPages }) => {
            if (options.cancelled?.() === true) throw new RestoreCancelledError();
            options.onProgress?.(totalPages - remainingPages, totalPages);
            // SQLite's pages per step as before (better-sqlite3's default): the backup is not written meanwhile.
            return 100;
          },
        });
        if (options.cancelled?.() === true) throw new RestoreCancelledError();
      } finally {
        db.close();
      }
      flushFile(incoming);
      flushFolder(dirname(file));
    } catch (error) {
      removeAll(incoming, ['', '-journal']);
      if (setAside !== null) removeAll(setAside, ['', ...KEPT_COMPANIONS]);
      rmSync(journalPath, { force: true });
      throw error;
    }
    writeFileDurably(journalPath, JSON.stringify({ ...journal, stage: 'ready' }));
    swapIn(file, journalPath, lock);
  } finally {
    if (options.lock === undefined) lock.release();
  }
  pruneBackups(backupDir);
  return { setAside };
}
