// `scopewise check`: integrity_check, foreign_key_check and the search index's own check; exit 1 when anything fails.
import { checkDatabase, countAssessments, DatabaseRefusedError } from '../../db';
import { AppError } from '../../shared/errors';
import { EXIT_FAILURE, EXIT_OK, type Command } from './command';
import { DB_DETAILS, DB_OPTION, databasePath, openCommandDatabase } from './database';

export const checkCommand: Command = {
  name: 'check',
  usage: 'check',
  summary: 'check the database for damage (integrity and foreign keys)',
  details: 'Prints "ok" and exits 0 when the database is sound; otherwise lists each problem and exits 1.\n' + DB_DETAILS,
  options: { ...DB_OPTION },
  run: async ({ values, io }) => {
    let db;
    try {
      // integrity_check (db/check.ts) covers everything quick_check reads, so the file is read once, not twice.
      db = await openCommandDatabase(values, io, 'read', { quickCheck: false });
    } catch (error) {
      if (!(error instanceof DatabaseRefusedError) || error.reason === 'newer') throw error;
      io.err(`scopewise: check: not ok: ${error.message}\n`);
      return EXIT_FAILURE;
    }
    if (db === null) throw new AppError('not_found', `--db: no database at ${databasePath(values).path}`, 'db');
    try {
      const report = checkDatabase(db);
      if (!report.ok) {
        io.err(`scopewise: check: not ok\n${report.problems.map((p) => `  ${p}\n`).join('')}`);
        return EXIT_FAILURE;
      }
      io.out(`ok: integrity, foreign keys and search index pass (${countAssessments(db)} assessments, ${countAssessments(db, { trash: true })} in the trash)\n`);
    } finally {
      db.close();
    }
    return EXIT_OK;
  },
};
