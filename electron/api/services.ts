// What the handlers work with: the open database (swapped on restore), its folders, and the platform's file actions.
// Shared by the Electron main process and `scopewise serve`; opening runs the start-up maintenance once.
import { dirname, join, resolve } from 'node:path';
import { defaultBackupDir, openDatabase, runStartupMaintenance, type Database } from '../../db';
import { TeamSync } from '../team/service';
import type { FileActions } from './file-actions';
import type { SecretStore } from './secret-store';

export interface Services {
  readonly databasePath: string;
  readonly dataFolder: string;
  readonly backupDir: string;
  readonly nativeBinding: string | undefined;
  readonly files: FileActions;
  /** The open database; replaced when a backup is restored, so read it on every call. */
  db: Database;
  /** The team library's sync (electron/team/service.ts); `start()` it to sync in the background. */
  readonly team: TeamSync;
  reopen(): Promise<void>;
  close(): void;
}

export interface ServicesOptions {
  databasePath: string;
  files: FileActions;
  nativeBinding?: string;
  warn?: (message: string) => void;
  /** Daily backup and trash purge at start (the app and serve do it; tests may not want it). */
  maintenance?: boolean;
  /** The OS keychain for the team password (the app's main process); none for serve. */
  secrets?: SecretStore;
}

export function exportsFolderFor(databasePath: string): string {
  return join(dirname(resolve(databasePath)), 'exports');
}

/** Closes a database cleanly: the WAL is checkpointed into the main file first. */
export function closeDatabase(db: Database): void {
  if (!db.open) return;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

export async function openServices(options: ServicesOptions): Promise<Services> {
  const databasePath = resolve(options.databasePath);
  const backupDir = defaultBackupDir(databasePath);
  const open = (): Promise<Database> =>
    openDatabase(databasePath, {
      backupDir,
      ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
      ...(options.warn === undefined ? {} : { warn: options.warn }),
    });
  const db = await open();
  if (options.maintenance !== false) await runStartupMaintenance(db, backupDir);
  const services: Services = {
    databasePath,
    dataFolder: dirname(databasePath),
    backupDir,
    nativeBinding: options.nativeBinding,
    files: options.files,
    db,
    team: new TeamSync(() => services.db, options.secrets ?? null),
    async reopen() {
      closeDatabase(services.db);
      services.db = await open();
    },
    close() {
      services.team.stop();
      closeDatabase(services.db);
    },
  };
  return services;
}
