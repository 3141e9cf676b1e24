// `scopewise backup --out <file>`: an online backup of the database, consistent even while the app is saving.
import { backupDatabase } from '../../db';
import { AppError } from '../../shared/errors';
import { requireOption } from './args';
import { EXIT_OK, type Command } from './command';
import { DB_DETAILS, DB_OPTION, databasePath, openCommandDatabase, requireWritableTarget } from './database';
import { existsSync } from 'node:fs';

export const backupCommand: Command = {
  name: 'backup',
  usage: 'backup --out <file>',
  summary: "copy the database to a new file with SQLite's online backup",
  details: 'Writes a complete, consistent copy of the database to a new file (an existing file is never overwritten).\n' + DB_DETAILS,
  options: { ...DB_OPTION, out: { type: 'string' } },
  run: async ({ values, io }) => {
    const out = requireWritableTarget(requireOption(values, 'out', 'the backup file to write'), 'out');
    if (existsSync(out)) throw new AppError('invalid_input', `--out: ${out} already exists; choose a new file name`, 'out');
    const db = await openCommandDatabase(values, io, 'read');
    if (db === null) throw new AppError('not_found', `--db: no database at ${databasePath(values).path}`, 'db');
    try {
      await backupDatabase(db, out);
    } finally {
      db.close();
    }
    io.out(`backed up to ${out}\n`);
    return EXIT_OK;
  },
};
