// Opening the app's database at start, and when it is damaged, offering the newest good backup. The damaged file is
// never written to: restoring first sets it aside in the backups folder, so even the restore can be undone. The same
// offer is made when the integrity check that runs beside the first reads (db/integrity-schedule.ts) refuses the file.
import { DatabaseRefusedError } from '../../db';

export type RecoveryChoice = 'restore' | 'quit';

export interface RecoveryUi {
  /** Asks whether to restore `backup` after `problem` (`error`'s message); resolves to the user's choice. */
  offerRestore(problem: string, backup: string, error: unknown): Promise<RecoveryChoice>;
  /** Tells the user the app cannot start (`problem` is `error`'s message). */
  fail(problem: string, error: unknown): void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Offers the newest good backup named by a refusal and restores it when chosen; false when the app cannot go on. */
async function offerBackup(error: unknown, restore: (backup: string) => Promise<void>, ui: RecoveryUi): Promise<boolean> {
  const backup = error instanceof DatabaseRefusedError ? error.newestGoodBackup : null;
  if (backup === null) {
    ui.fail(messageOf(error), error);
    return false;
  }
  if ((await ui.offerRestore(messageOf(error), backup, error)) === 'quit') return false;
  try {
    await restore(backup);
    return true;
  } catch (again) {
    ui.fail(messageOf(again), again);
    return false;
  }
}

export async function openWithRecovery<T>(open: () => Promise<T>, restore: (backup: string) => Promise<void>, ui: RecoveryUi): Promise<T | null> {
  try {
    return await open();
  } catch (error) {
    if (!(await offerBackup(error, restore, ui))) return null;
    try {
      return await open();
    } catch (again) {
      ui.fail(messageOf(again), again);
      return null;
    }
  }
}

/**
 * After the window appeared, the integrity check refused the file (Services.ready rejected): nothing was written to
 * it. Offers the newest good backup; `restoreAndReopen` restores it and opens the database again in place. Resolves
 * to true when the app can go on with the restored data, false when it must quit.
 */
export function recoverFromRefusal(error: unknown, restoreAndReopen: (backup: string) => Promise<void>, ui: RecoveryUi): Promise<boolean> {
  return offerBackup(error, restoreAndReopen, ui);
}
