// `scopewise list [--search TEXT] [--status S] [--recommended F] [--page N] [--json]`: the assessments, newest first.
import { countAssessments, listAssessments } from '../../db';
import { listQuerySchema, type AssessmentSummary, type ListQuery } from '../../shared/assessment';
import { AppError, parseInput } from '../../shared/errors';
import { integerOption } from './args';
import { EXIT_OK, type Command } from './command';
import { DB_DETAILS, DB_OPTION, openCommandDatabase } from './database';

function line(row: AssessmentSummary): string {
  return `${row.updatedAt.slice(0, 10)}  ${row.recommended.padEnd(7)}  ${row.status.padEnd(5)}  ${row.clientName || '(no client)'} — ${row.projectTitle || '(untitled)'}  ${row.id}`;
}

export const listCommand: Command = {
  name: 'list',
  usage: 'list [--search TEXT] [--json]',
  summary: 'list saved assessments, newest first',
  details:
    'Prints one line per assessment (date, recommended framework, status, client, project, id), or with --json an array of rows.\n' +
    '--search finds words by prefix in client, project, notes and consultant (accents ignored). --status and --recommended\n' +
    'filter; --page N prints one page of 50 (0 is the first) instead of everything.\n' + DB_DETAILS,
  options: { ...DB_OPTION, search: { type: 'string' }, status: { type: 'string' }, recommended: { type: 'string' }, page: { type: 'string' }, json: { type: 'boolean' } },
  run: async ({ values, io }) => {
    const page = values.page === undefined ? undefined : integerOption(values.page, 'page', 0, 1_000_000, 0);
    const given = Object.fromEntries(Object.entries({ search: values.search, status: values.status, recommended: values.recommended }).filter(([, v]) => v !== undefined));
    let query: ListQuery;
    try {
      query = parseInput(listQuerySchema, given);
    } catch (error) {
      // Name the option as typed: --status, not status.
      if (error instanceof AppError) throw new AppError(error.code, `--${error.message}`, error.field);
      throw error;
    }
    const db = await openCommandDatabase(values, io, 'read');
    const rows: AssessmentSummary[] = [];
    if (db !== null) {
      try {
        if (page !== undefined) rows.push(...listAssessments(db, { ...query, page }).rows);
        else {
          const total = countAssessments(db, query);
          for (let p = 0; rows.length < total; p++) {
            const result = listAssessments(db, { ...query, page: p });
            rows.push(...result.rows);
            if (!result.hasMore) break;
          }
        }
      } finally {
        db.close();
      }
    }
    if (values.json === true) io.out(`${JSON.stringify(rows, null, 2)}\n`);
    else io.out(rows.length === 0 ? 'No assessments.\n' : `${rows.map(line).join('\n')}\n`);
    return EXIT_OK;
  },
};
