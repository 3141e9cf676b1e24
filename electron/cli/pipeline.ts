// `scopewise pipeline [--from D] [--to D] [--json | --csv]`: the proposals that left the workshop, by status with their
// values, the open ones by validity date, the win rate, value won and decline reasons of a period (db/pipeline.ts).
import { pipelineCsv, readPipeline } from '../../db';
import { AppError, parseInput } from '../../shared/errors';
import { type CurrencyTotal, type Pipeline, PIPELINE_CSV_HEADER, type PipelineQuery, pipelineQuerySchema } from '../../shared/pipeline';
import { formatMoney } from '../../shared/scope/money';
import { type Command, EXIT_OK } from './command';
import { DB_DETAILS, DB_OPTION, withCommandDatabase } from './database';

const money = (values: CurrencyTotal[]): string => (values.length === 0 ? '—' : values.map((v) => formatMoney(v.total, v.currency, 'en')).join(' + '));

/** The readable form: statuses, the period's figures, reasons, then the open proposals soonest first. */
export function pipelineText(p: Pipeline): string {
  const lines = ['Status     Count  Value'];
  for (const s of p.statuses) lines.push(`${s.status.padEnd(9)}  ${String(s.count).padStart(5)}  ${money(s.values)}`);
  lines.push('', `${p.from} to ${p.to}:`);
  lines.push(`  won ${p.won.count} (${money(p.won.values)}), declined ${p.declined}, expired ${p.expired}`);
  lines.push(`  win rate ${p.winRate === null ? '— (nothing decided)' : `${Math.round(p.winRate * 100)}%`}`);
  if (p.declineReasons.length > 0) {
    lines.push('  declined because:');
    for (const r of p.declineReasons) lines.push(`    ${r.count} × ${r.reason === '' ? '(no reason given)' : r.reason}`);
  }
  lines.push('', `Open (sent), soonest validity first${p.overdue > 0 ? `; ${p.overdue} past their date, expired at the next start` : ''}:`);
  if (p.open.length === 0) lines.push('  none');
  for (const r of p.open) {
    const value = r.value === null || r.currency === null ? '—' : formatMoney(r.value, r.currency, 'en');
    lines.push(`  ${r.validUntil ?? '—'}  ${value.padStart(14)}  ${r.clientName || '(no client)'} — ${r.projectTitle || '(untitled)'}  ${r.id}`);
  }
  return `${lines.join('\n')}\n`;
}

export const pipelineCommand: Command = {
  name: 'pipeline',
  usage: 'pipeline [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json | --csv]',
  summary: 'proposals sent, accepted, declined and expired, with values and win rate',
  details:
    'Prints every live proposal that left the workshop by status with its value (the option sent or accepted, after any\n' +
    'discount and before tax; per currency), the sent ones by validity date, and for a period (--from and --to, both\n' +
    'included; default the last 90 days) the proposals won and their value, the declined and expired, the win rate\n' +
    '(won / decided) and the reasons given for declining. --json prints it as an object; --csv prints every proposal that\n' +
    `left the workshop, one line each (${PIPELINE_CSV_HEADER.join(', ')}), values as decimals in major units.\n` +
    DB_DETAILS,
  options: { ...DB_OPTION, from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' }, csv: { type: 'boolean' } },
  run: async ({ values, io }) => {
    if (values.json === true && values.csv === true) throw new AppError('invalid_input', '--csv: choose --json or --csv, not both', 'csv');
    let query: PipelineQuery;
    try {
      query = parseInput(pipelineQuerySchema, {
        ...(values.from === undefined ? {} : { from: values.from }),
        ...(values.to === undefined ? {} : { to: values.to }),
      });
    } catch (error) {
      if (error instanceof AppError) throw new AppError(error.code, `--${error.message}`, error.field);
      throw error;
    }
    const empty = async (): Promise<void> =>
      io.out(values.csv === true ? `${PIPELINE_CSV_HEADER.join(',')}\r\n` : values.json === true ? '{}\n' : 'No proposals.\n');
    await withCommandDatabase(values, io, { mode: 'read', missing: empty }, async (db) => {
      if (values.csv === true) {
        let pending = '';
        let count = 0;
        for (const line of pipelineCsv(db)) {
          pending += line;
          if (++count % 200 === 0) {
            io.out(pending);
            pending = '';
            await io.drained?.();
          }
        }
        io.out(pending);
        return;
      }
      const pipeline = readPipeline(db, query);
      io.out(values.json === true ? `${JSON.stringify(pipeline, null, 2)}\n` : pipelineText(pipeline));
    });
    return EXIT_OK;
  },
};
