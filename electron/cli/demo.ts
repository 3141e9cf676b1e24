// `scopewise demo --count N [--seed S]`: writes realistic, varied sample assessments, with progress on stderr for large counts.
import { insertDemoAssessments } from '../../db';
import { integerOption } from './args';
import { type Command, EXIT_OK } from './command';
import { databasePath, DB_DETAILS, DB_OPTION, withCommandDatabase } from './database';
import { progressLine } from './progress';

const PROGRESS_FROM = 1000;

export const demoCommand: Command = {
  name: 'demo',
  usage: 'demo [--count N] [--seed S]',
  summary: 'add N realistic sample assessments (clients in many languages)',
  details: 'Writes N sample assessments (1 to 100000; default 50) in batched transactions. --seed S makes the data reproducible.\n' + DB_DETAILS,
  options: { ...DB_OPTION, count: { type: 'string' }, seed: { type: 'string' } },
  run: async ({ values, io }) => {
    const count = integerOption(values.count, 'count', 1, 100_000, 50);
    const seed = integerOption(values.seed, 'seed', 0, 2 ** 31 - 1, Date.now() % 2 ** 31);
    // On a terminal one line counts them in; elsewhere (a log) a line per batch for large counts. Each batch is its
    // own transaction: stopped midway (Ctrl+C), the batches written stay whole and the one under way is not written.
    const line = progressLine(io, 'writing', 'demo assessments');
    try {
      await withCommandDatabase(values, io, { mode: 'write', command: 'demo' }, (db) =>
        insertDemoAssessments(db, {
          count,
          seed,
          onProgress: (written, total) => {
            if (io.progress !== undefined) line.tell(written, total);
            else if (total >= PROGRESS_FROM) io.err(`scopewise: demo: ${written}/${total} assessments written\n`);
          },
        }),
      );
    } finally {
      line.end();
    }
    io.out(`wrote ${count} demo assessments to ${databasePath(values).path}\n`);
    return EXIT_OK;
  },
};
