// `scopewise check`: integrity_check (read-only, the file read once), foreign_key_check and the search index's own
// check; exit 1 when anything fails, and a damaged file is never written to.
import { existsSync } from 'node:fs';
import { checkDatabase, checkFileIntegrity, countAssessments, DatabaseRefusedError, examineDatabaseFile } from '../../db';
import { AppError } from '../../shared/errors';
import { EXIT_FAILURE, EXIT_OK, type Command } from './command';
import { DB_DETAILS, DB_OPTION, databasePath, openCommandDatabase, requireDatabaseFile } from './database';

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
    let db;
    try {
      // What the file is (ours, which version) from its header, then integrity_check read-only: it covers everything
      // quick_check reads, so the open below skips quick_check and the file is read once, not twice.
      examineDatabaseFile(path, { quickCheck: false });
      const damage = checkFileIntegrity(path);
      if (damage.length > 0) return notOk(damage);
      db = await openCommandDatabase(values, io, 'read', { quickCheck: false });
    } catch (error) {
      if (!(error instanceof DatabaseRefusedError) || error.reason === 'newer') throw error;
      io.err(`scopewise: check: not ok: ${error.message}\n`);
      return EXIT_FAILURE;
    }
    if (db === null) throw new AppError('not_found', `--db: no database at ${path}`, 'db');
    try {
      const report = checkDatabase(db, { integrity: false });
      if (!report.ok) return notOk(report.problems);
      io.out(
        `ok: integrity, foreign keys and search index pass (${countAssessments(db)} assessments, ${countAssessments(db, { trash: true })} in the trash)\n`,
      );
    } finally {
      db.close();
    }
    return EXIT_OK;
  },
};
