// `scopewise list [--search TEXT] [--status S] [--recommended F] [--page N] [--json]`: the assessments, newest first.
import { iterateAssessments, listAssessments } from '../../db';
import { listQuerySchema, type AssessmentSummary, type ListQuery } from '../../shared/assessment';
import { AppError, parseInput } from '../../shared/errors';
import { integerOption } from './args';
import { EXIT_OK, type CliIO, type Command } from './command';
import { DB_DETAILS, DB_OPTION, openCommandDatabase } from './database';

function line(row: AssessmentSummary): string {
  return `${row.updatedAt.slice(0, 10)}  ${row.recommended.padEnd(7)}  ${row.status.padEnd(5)}  ${row.clientName || '(no client)'} — ${row.projectTitle || '(untitled)'}  ${row.id}`;
}

/** Rows written after this many, then waiting for stdout to take them: memory stays flat however many there are. */
const ROWS_PER_WRITE = 200;

/**
 * Writes the rows as they come, from one statement (no paging): as lines, or as the JSON array
 * `JSON.stringify(rows, null, 2)` would print, byte for byte.
 */
async function writeRows(rows: Iterable<AssessmentSummary>, json: boolean, io: CliIO): Promise<void> {
  let count = 0;
  let pending = '';
  for (const row of rows) {
    if (json) pending += `${count === 0 ? '[\n' : ',\n'}${JSON.stringify(row, null, 2).replace(/^/gm, '  ')}`;
    else pending += `${line(row)}\n`;
    count++;
    if (count % ROWS_PER_WRITE === 0) {
      io.out(pending);
      pending = '';
      await io.drained?.();
    }
  }
  if (json) pending += count === 0 ? '[]\n' : '\n]\n';
  else if (count === 0) pending += 'No assessments.\n';
  io.out(pending);
}

export const listCommand: Command = {
  name: 'list',
  usage: 'list [--search TEXT] [--json]',
  summary: 'list saved assessments, newest first',
  details:
    'Prints one line per assessment (date, recommended framework, status, client, project, id), or with --json an array of rows.\n' +
    '--search finds words by prefix in client, project, notes and consultant (accents ignored). --status and --recommended\n' +
    'filter; --page N prints one page of 50 (0 is the first) instead of everything.\n' +
    DB_DETAILS,
  options: {
    ...DB_OPTION,
    search: { type: 'string' },
    status: { type: 'string' },
    recommended: { type: 'string' },
    page: { type: 'string' },
    json: { type: 'boolean' },
  },
  run: async ({ values, io }) => {
    const page = values.page === undefined ? undefined : integerOption(values.page, 'page', 0, 1_000_000, 0);
    const given = Object.fromEntries(
      Object.entries({ search: values.search, status: values.status, recommended: values.recommended }).filter(([, v]) => v !== undefined),
    );
    let query: ListQuery;
    try {
      query = parseInput(listQuerySchema, given);
    } catch (error) {
      // Name the option as typed: --status, not status.
      if (error instanceof AppError) throw new AppError(error.code, `--${error.message}`, error.field);
      throw error;
    }
    const db = await openCommandDatabase(values, io, 'read');
    const json = values.json === true;
    if (db === null) {
      io.out(json ? '[]\n' : 'No assessments.\n');
      return EXIT_OK;
    }
    try {
      const rows = page === undefined ? iterateAssessments(db, query) : listAssessments(db, { ...query, page }).rows;
      await writeRows(rows, json, io);
    } finally {
      db.close();
    }
    return EXIT_OK;
  },
};
