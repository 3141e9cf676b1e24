// `scopewise actuals <id> --days N`: records the effort a delivered project really took (db/actuals.ts), so later
// estimates can show the consultancy's own record. Days are checked before the database is opened: nothing is written
// for a refused value.
import { estimatedDays, recordActualDays } from '../../db';
import { AppError } from '../../shared/errors';
import { DAYS_MAX } from '../../shared/scope/schema';
import { requireOption, requirePositional } from './args';
import { type Command, EXIT_OK } from './command';
import { DB_DETAILS, DB_OPTION, withCommandDatabase } from './database';
import { requireAssessmentId } from './show';

/** "42" or "42.5" or "42.25": more than 0, at most DAYS_MAX, two decimals at most; anything else is refused. */
export function parseActualDays(text: string): number {
  const days = /^\d+(\.\d{1,2})?$/.test(text) ? Number(text) : NaN;
  if (!(days > 0 && days <= DAYS_MAX)) {
    throw new AppError(
      'invalid_input',
      `--days: expected the days delivered, more than 0 and at most ${DAYS_MAX}, two decimals at most (like 42.5), got ${JSON.stringify(text)}`,
      'days',
    );
  }
  return days;
}

export const actualsCommand: Command = {
  name: 'actuals',
  usage: 'actuals <id> --days N',
  summary: 'record the days a delivered project really took, for calibration',
  details:
    'Records N, the working days the delivered project really took (more than 0, two decimals at most), in the\n' +
    "assessment's scope (saved like any edit, so it travels in bundles and the team library). Once three or more assessments have actuals, `estimate` shows the\n" +
    "consultancy's own record beside every other estimate: actual ÷ estimated days and the calibrated P50/P80.\n" +
    DB_DETAILS,
  options: { ...DB_OPTION, days: { type: 'string' } },
  run: async ({ positionals, values, io }) => {
    const id = requireAssessmentId(requirePositional(positionals, 0, 'id', 'an assessment id (a UUID, as `list` prints)'));
    const days = parseActualDays(requireOption(values, 'days', 'the days the delivered project took (like 42.5)'));
    const saved = await withCommandDatabase(values, io, { mode: 'read', records: true, command: 'actuals' }, (db) => recordActualDays(db, id, days));
    const estimated = estimatedDays(saved.scope!, saved.recommendation.recommended);
    const ratio = estimated > 0 ? `, ${(days / estimated).toFixed(2)} × the estimate of ${estimated} days` : '';
    io.out(`recorded ${days} days delivered for ${id}${ratio}\n`);
    return EXIT_OK;
  },
};
