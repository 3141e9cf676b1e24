// `scopewise export <id>... --out <bundle>`: writes assessments to a bundle file and logs the export with its SHA-256.
import { requireBundleIds } from '../../db';
import { AppError } from '../../shared/errors';
import { writeBundle, type WrittenBundle } from '../api/bundle-export';
import { requireOption } from './args';
import { type Command, EXIT_OK } from './command';
import { DB_DETAILS, DB_OPTION, requireWritableTarget, withCommandDatabase } from './database';
import { progressLine } from './progress';
import { requireAssessmentId } from './show';

export const exportCommand: Command = {
  name: 'export',
  usage: 'export <id>... --out <bundle>',
  summary: 'write assessments (with their revisions) to a bundle file',
  details: 'Writes one or more assessments, by id, to a bundle JSON file that `import` reads on another machine. Each export is logged.\n' + DB_DETAILS,
  options: { ...DB_OPTION, out: { type: 'string' } },
  run: async ({ positionals, values, io }) => {
    if (positionals.length === 0) throw new AppError('invalid_input', 'missing <id>: expected one or more assessment ids (as `list` prints)', 'id');
    const ids = [...new Set(positionals.map(requireAssessmentId))];
    const out = requireWritableTarget(requireOption(values, 'out', 'the bundle file to write'), 'out');
    const missing = (): never => {
      throw new AppError('not_found', `no assessment with id ${ids[0]}`, 'id');
    };
    await withCommandDatabase(values, io, { mode: 'read', records: true, command: 'export', missing }, (db) => {
      requireBundleIds(db, ids);
      let written: WrittenBundle;
      const line = progressLine(io, 'exporting', 'assessments');
      try {
        written = writeBundle(db, ids, out, new Date(), { onProgress: (done, total) => line.tell(done, total) });
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw new AppError('io', `--out: ${out} cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 'out');
      } finally {
        line.end();
      }
      io.out(`wrote ${written.count} assessment${written.count === 1 ? '' : 's'} to ${out} (sha256 ${written.sha256})\n`);
    });
    return EXIT_OK;
  },
};
