// Opening the app's database at start, and when it is damaged, offering the newest good backup. The damaged file is
// never written to: restoring first sets it aside in the backups folder, so even the restore can be undone.
import { DatabaseRefusedError } from '../../db';

export type RecoveryChoice = 'restore' | 'quit';

export interface RecoveryUi {
  /** Asks whether to restore `backup` after `problem`; resolves to the user's choice. */
  offerRestore(problem: string, backup: string): Promise<RecoveryChoice>;
  /** Tells the user the app cannot start. */
  fail(problem: string): void;
}

export async function openWithRecovery<T>(open: () => Promise<T>, restore: (backup: string) => Promise<void>, ui: RecoveryUi): Promise<T | null> {
  try {
    return await open();
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    const backup = error instanceof DatabaseRefusedError ? error.newestGoodBackup : null;
    if (backup === null) {
      ui.fail(problem);
      return null;
    }
    if ((await ui.offerRestore(problem, backup)) === 'quit') return null;
    try {
      await restore(backup);
      return await open();
    } catch (again) {
      ui.fail(again instanceof Error ? again.message : String(again));
      return null;
    }
  }
}
