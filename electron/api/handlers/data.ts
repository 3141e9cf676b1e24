// Handlers for bundles.*, backups.* and tasks.*: moving assessments between machines (the import and the export in a
// worker, with their progress and cancel), and the safety copies of the database.
import { statSync } from 'node:fs';
import { basename, join } from 'node:path';

import { createBackup, dismissBeforeRestore, getAssessment, listBackups, requireBundleIds, restoreBackup } from '../../../db';
import type { BackupInfo } from '../../../shared/api/types';
import { BUNDLE_MAX_BYTES, BUNDLE_MAX_TEXT } from '../../../shared/bundle';
import { AppError } from '../../../shared/errors';
import { bundleFileName } from '../bundle-export';
import type { HandlerGroup } from '../dispatch';
import type { ImportSource } from '../import-worker';
import type { Services } from '../services';
import { describeWriteFailure } from '../write-failure';

function backupInfo(path: string, takenAt: string, reason: string): BackupInfo {
  return { name: basename(path), takenAt, reason, bytes: statSync(path).size };
}

export function dataHandlers(services: Services): HandlerGroup {
  return {
    'bundles.import': async ({ json, bytes }) => {
      let source: ImportSource;
      if (bytes !== undefined) source = { bytes };
      else if (json !== undefined) source = { text: json };
      else {
        const path = await services.files.chooseOpenPath('bundle');
        if (path === null) return { cancelled: true, added: [], updated: [], restored: [], skipped: [], copies: [] };
        if (statSync(path).size > BUNDLE_MAX_BYTES) {
          throw new AppError(
            'invalid_input',
            `That bundle is larger than ${BUNDLE_MAX_TEXT}, the most Scopewise reads; nothing was imported.`,
            'bundle',
            'bundle_too_large',
            { limit: BUNDLE_MAX_TEXT },
          );
        }
        source = { path };
      }
      const report = await services.work.importBundle(() => services.db, services, source);
      if (report === null) return { cancelled: true, added: [], updated: [], restored: [], skipped: [], copies: [] };
      return { cancelled: false, ...report };
    },
    'bundles.export': async ({ ids }) => {
      requireBundleIds(services.db, ids);
      const first = ids.length === 1 ? getAssessment(services.db, ids[0]!) : null;
      const path = await services.files.chooseSavePath(bundleFileName(ids.length, first), 'bundle');
      if (path === null) return { cancelled: true };
      let written;
      try {
        // In a worker, with its progress and cancel (../long-work.ts): thousands of assessments take seconds.
        written = await services.work.exportBundle(services, ids, path);
      } catch (error) {
        throw describeWriteFailure(error, 'The bundle', path);
      }
      if (written === null) return { cancelled: true };
      return { cancelled: false, path: written.path, sha256: written.sha256 };
    },
    'backups.list': () => listBackups(services.backupDir).map((b) => backupInfo(b.path, b.takenAt, b.reason)),
    'backups.create': () =>
      // Tracked: tasks.progress shows the copy and the check, and tasks.cancel stops the copy leaving nothing.
      services.work.track('backup', 'copying', async (task) => {
        const path = await createBackup(services.db, services.backupDir, 'manual', new Date(), {
          onProgress: (done, total) => task.tell(done === total ? 'checking' : 'copying', done, total),
          cancelled: task.cancelled,
        });
        const listed = listBackups(services.backupDir).find((b) => b.path === path);
        return backupInfo(path, listed?.takenAt ?? new Date().toISOString(), 'manual');
      }),
    'backups.restore': ({ name }) =>
      // Alone: no import may write to the file while it is replaced (./long-work.ts). Tracked: tasks.progress shows the
      // copy, and tasks.cancel stops it before the swap, leaving the database as it was.
      services.work.exclusive(() =>
        services.work.track('restore', 'copying', async (task) => {
          const path = join(services.backupDir, name);
          if (!listBackups(services.backupDir).some((b) => b.path === path))
            throw new AppError('not_found', `There is no backup named ${name}.`, 'name', 'backup_not_found', { name });
          services.closeForRestore();
          try {
            await restoreBackup(services.databasePath, path, {
              backupDir: services.backupDir,
              lock: services.lock,
              ...(services.nativeBinding === undefined ? {} : { nativeBinding: services.nativeBinding }),
              onProgress: (done, total) => task.tell('copying', done, total),
              cancelled: task.cancelled,
            });
          } finally {
            await services.reopen();
          }
          return { ok: true };
        }),
      ),
    'backups.dismiss': ({ name }) => {
      dismissBeforeRestore(services.backupDir, name);
      return { ok: true };
    },
    'tasks.progress': () => services.work.progress(),
    'tasks.cancel': () => ({ cancelled: services.work.cancel() }),
  };
}
