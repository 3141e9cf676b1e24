// `scopewise backup --out <file>`: an online backup of the database, consistent even while the app is saving.
import { existsSync } from 'node:fs';

import { BackupCancelledError, backupDatabase } from '../../db';
import { AppError } from '../../shared/errors';
import { requireOption } from './args';
import { type Command, EXIT_OK } from './command';
import { DB_DETAILS, DB_OPTION, requireWritableTarget, withCommandDatabase } from './database';
import { EXIT_INTERRUPTED, untilInterrupted } from './interrupt';
import { progressLine } from './progress';

export const backupCommand: Command = {
  name: 'backup',
  usage: 'backup --out <file>',
  summary: "copy the database to a new file with SQLite's online backup",
  details:
    'Writes a complete, consistent copy of the database to a new file (an existing file is never overwritten).\n' +
    'On a terminal it shows the pages copied; Ctrl+C stops it and leaves no file (exit code 130).\n' +
    DB_DETAILS,
  options: { ...DB_OPTION, out: { type: 'string' } },
  run: async ({ values, io }) => {
    const out = requireWritableTarget(requireOption(values, 'out', 'the backup file to write'), 'out');
    if (existsSync(out)) throw new AppError('invalid_input', `--out: ${out} already exists; choose a new file name`, 'out');
    // Progress on a terminal; Ctrl+C stops between steps and leaves no file, not even the partial one.
    const line = progressLine(io, 'copying', 'pages');
    try {
      await untilInterrupted((stopRequested) =>
        withCommandDatabase(values, io, { mode: 'read' }, (db) =>
          backupDatabase(db, out, { onProgress: (done, total) => line.tell(done, total), cancelled: stopRequested }),
        ),
      );
    } catch (error) {
      if (!(error instanceof BackupCancelledError)) throw error;
      io.err(`scopewise: backup: cancelled; nothing was written\n`);
      return EXIT_INTERRUPTED;
    } finally {
      line.end();
    }
    io.out(`backed up to ${out}\n`);
    return EXIT_OK;
  },
};
