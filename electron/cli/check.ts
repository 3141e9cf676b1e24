// `scopewise check`: integrity_check (read-only, the file read once), foreign_key_check and the search index's own
// check; exit 1 when anything fails, and a damaged file is never written to.
import { existsSync } from 'node:fs';

import { checkDatabase, checkFileIntegrity, countAssessments, DatabaseRefusedError, examineDatabaseFile } from '../../db';
import { AppError } from '../../shared/errors';
import { type Command, EXIT_FAILURE, EXIT_OK } from './command';
import { databasePath, DB_DETAILS, DB_OPTION, requireDatabaseFile, withCommandDatabase } from './database';
import { progressText } from './progress';

export const checkCommand: Command = {
  name: 'check',
  usage: 'check',
  summary: 'check the database for damage (integrity and foreign keys)',
  details: 'Prints "ok" and exits 0 when the database is sound; otherwise lists each problem and exits 1.\n' + DB_DETAILS,
  options: { ...DB_OPTION },
  run: async ({ values, io }) => {
    const { path } = databasePath(values);
    requireDatabaseFile(path);
    if (!existsSync(path)) throw new AppError('not_found', `--db: no database at ${path}`, 'db');
    const notOk = (problems: string[]): number => {
      io.err(`scopewise: check: not ok\n${problems.map((p) => `  ${p}\n`).join('')}`);
      return EXIT_FAILURE;
    };
    // On a terminal, the part being checked: the file's integrity is the long one (it reads every page).
    const line = progressText(io);
    try {
      line.tell('checking the file (1 of 2: integrity)', true);
      // What the file is (ours, which version) from its header, then integrity_check read-only: it covers everything
      // quick_check reads, so the open below skips quick_check and the file is read once, not twice.
      examineDatabaseFile(path, { quickCheck: false });
      const damage = checkFileIntegrity(path);
      if (damage.length > 0) return notOk(damage);
      return await withCommandDatabase(values, io, { mode: 'read', quickCheck: false }, (db) => {
        line.tell('checking the file (2 of 2: foreign keys and search index)', true);
        const report = checkDatabase(db, { integrity: false });
        if (!report.ok) return notOk(report.problems);
        io.out(
          `ok: integrity, foreign keys and search index pass (${countAssessments(db)} assessments, ${countAssessments(db, { trash: true })} in the trash)\n`,
        );
        return EXIT_OK;
      });
    } catch (error) {
      // A file SQLite refuses to open (damaged, not a database) is the answer to the check, not a failure to run it.
      if (!(error instanceof DatabaseRefusedError) || error.reason === 'newer') throw error;
      io.err(`scopewise: check: not ok: ${error.message}\n`);
      return EXIT_FAILURE;
    } finally {
      line.end();
    }
  },
};
