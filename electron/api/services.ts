// What the handlers work with: the open database (swapped on restore), its folders, and the platform's file actions.
// Shared by the Electron main process and `scopewise serve`; opening takes the writer's lock (db/lock.ts) for as long
// as the services live. The integrity check runs beside the first reads (db/integrity-schedule.ts); every write and
// the start-up maintenance wait for its verdict (`ready`).
import { dirname, join, resolve } from 'node:path';

import {
  acquireDatabaseLock,
  catchUpSearchIndex,
  CheckCancelledError,
  type CheckEvent,
  type Database,
  type DatabaseLock,
  defaultBackupDir,
  openDatabase,
  type OpenOptions,
  openWithScheduledCheck,
  runStartupMaintenance,
} from '../../db';
import { storageReason } from '../../shared/storage-error';
import { causeParams, type Warn } from '../../shared/warnings';
import { TeamSync } from '../team/service';
import type { FileActions } from './file-actions';
import { LongWork } from './long-work';
import { ProposalRenderer } from './proposal-renderer';
import type { SecretStore } from './secret-store';

export interface Services {
  readonly databasePath: string;
  readonly dataFolder: string;
  readonly backupDir: string;
  readonly nativeBinding: string | undefined;
  readonly files: FileActions;
  /** The writer's lock on the database, held until close(); a restore needs it. */
  readonly lock: DatabaseLock;
  /**
   * The open database; replaced when the integrity check passes (read-only until then) and when a backup is
   * restored, so read it on every call.
   */
  db: Database;
  /**
   * Settles once the file's integrity check has a verdict: resolves when `db` can be written (and the start-up
   * maintenance is done), rejects with the DatabaseRefusedError of a damaged file, naming the newest good backup.
   * Every write waits for it (electron/api/integrity-gate.ts); nothing is written before it resolves.
   */
  ready: Promise<void>;
  /** The refusal `ready` rejected with, once it did; then every call answers it. */
  refusal: Error | null;
  /** Closes the database (keeping the lock) so a restore can replace it; reopen() opens it again. */
  closeForRestore(): void;
  /** The team library's sync (electron/team/service.ts); `start()` it to sync in the background. */
  readonly team: TeamSync;
  /** Long work in a worker thread (a bundle import or export), with its progress and cancel (electron/api/long-work.ts). */
  readonly work: LongWork;
  /**
   * Renders proposals in a worker thread of its own (electron/api/proposal-renderer.ts) when the services run in
   * theirs (`renderInWorker`); null when they are called in-process (tests), which render on their own thread.
   */
  readonly proposals: ProposalRenderer | null;
  reopen(): Promise<void>;
  close(): void;
}

export interface ServicesOptions {
  databasePath: string;
  files: FileActions;
  nativeBinding?: string;
  /** Told about what does not stop the work (db/open.ts, closeDatabase, the start-up maintenance), with its key (shared/warnings.ts). */
  warn?: Warn;
  /** Daily backup and trash purge at start (the app and serve do it; tests may not want it). */
  maintenance?: boolean;
  /** Names this program to another one refused the lock ("scopewise serve"). */
  holderName?: string;
  /** Told when the background integrity check starts and ends (the bench and tests watch it). */
  onCheck?: (event: CheckEvent) => void;
  /** The OS keychain for the team password (the app's main process); none for serve. */
  secrets?: SecretStore;
  /** Told before an older database is upgraded, a one-time wait (db/open.ts). */
  onUpgrade?: OpenOptions['onUpgrade'];
  /** Proposals render in a worker of their own, so a render never holds up other calls (the services' worker sets it). */
  renderInWorker?: boolean;
}

export function exportsFolderFor(databasePath: string): string {
  return join(dirname(resolve(databasePath)), 'exports');
}

/**
 * Closes a database cleanly: the WAL is checkpointed into the main file first. Never throws: at shutdown a
 * read-only file or a full disk can make the checkpoint fail, and the committed saves are safe in the WAL anyway
 * (SQLite replays it at the next open), so that is a warning, not a failed exit.
 */
export function closeDatabase(db: Database, warn: Warn = () => undefined): void {
  if (!db.open) return;
  try {
    // The search index takes in its backlog, so the next start's searches, which run on a read-only connection until
    // the integrity verdict, find every word (db/search-backlog.ts); a refusal leaves it for the next search.
    catchUpSearchIndex(db);
  } catch (error) {
    warn(`${db.name}: the search index could not take in the last changes at shutdown (${storageReason(error)}); it does at the next search`, {
      why: 'search_index_at_shutdown',
      params: { file: db.name, ...causeParams(error) },
    });
  }
  try {
    // A read-only connection (before the integrity verdict) has nothing to fold in and must not try.
    if (!db.readonly) db.pragma('wal_checkpoint(TRUNCATE)');
  } catch (error) {
    warn(
      `${db.name}: the write-ahead log could not be folded into the database at shutdown (${storageReason(error)}); every save is kept in ${db.name}-wal and is applied at the next start`,
      { why: 'wal_at_shutdown', params: { file: db.name, ...causeParams(error) } },
    );
  }
  try {
    db.close();
  } catch (error) {
    warn(`${db.name}: closing failed (${storageReason(error)}); every committed save is kept and is applied at the next start`, {
      why: 'close_failed',
      params: { file: db.name, ...causeParams(error) },
    });
  }
}

export async function openServices(options: ServicesOptions): Promise<Services> {
  const databasePath = resolve(options.databasePath);
  const backupDir = defaultBackupDir(databasePath);
  const warn = options.warn ?? (() => undefined);
  const binding = options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding };
  const lock = acquireDatabaseLock(databasePath, options.holderName ?? 'Scopewise', binding);
  const upgrade = options.onUpgrade === undefined ? {} : { onUpgrade: options.onUpgrade };
  const open = (): Promise<Database> => openDatabase(databasePath, { backupDir, lock, warn, ...binding, ...upgrade });
  let opened;
  try {
    opened = await openWithScheduledCheck(databasePath, {
      backupDir,
      lock,
      warn,
      ...binding,
      ...upgrade,
      ...(options.onCheck === undefined ? {} : { onCheck: options.onCheck }),
    });
  } catch (error) {
    lock.release();
    throw error;
  }
  let closed = false;
  const services: Services = {
    databasePath,
    dataFolder: dirname(databasePath),
    backupDir,
    nativeBinding: options.nativeBinding,
    files: options.files,
    lock,
    db: opened.db,
    ready: Promise.resolve(),
    refusal: null,
    closeForRestore() {
      closeDatabase(services.db, warn);
    },
    team: new TeamSync(() => services.db, options.secrets ?? null),
    work: new LongWork(),
    proposals: options.renderInWorker === true ? new ProposalRenderer() : null,
    async reopen() {
      closeDatabase(services.db, warn);
      services.db = await open();
      services.refusal = null;
      services.ready = Promise.resolve();
    },
    close() {
      closed = true;
      opened.cancel();
      services.team.stop();
      services.proposals?.close();
      closeDatabase(services.db, warn);
      lock.release();
    },
  };
  services.ready = (async () => {
    try {
      const writable = await opened.writable;
      // Closed while the check ran (the user quit at once): the read-write connection is not kept.
      if (closed) return void writable.close();
      services.db = writable;
    } catch (error) {
      // Closed before the verdict (quitting at once): there is nothing to refuse and nothing left to write.
      if (error instanceof CheckCancelledError) return;
      services.refusal = error instanceof Error ? error : new Error(String(error));
      throw error;
    }
    if (options.maintenance !== false) {
      const report = await runStartupMaintenance(services.db, backupDir);
      if (report.warning !== null) warn(report.warning, report.warningKey ?? undefined);
    }
  })();
  services.ready.catch(() => undefined);
  if (!opened.deferred) await services.ready;
  return services;
}
