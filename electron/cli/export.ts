// `scopewise export <id>... --out <bundle>`: writes assessments to a bundle file and logs the export with its SHA-256.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { exportBundle, recordExport, sha256Hex } from '../../db';
import { AppError } from '../../shared/errors';
import { requireOption } from './args';
import { EXIT_OK, type Command } from './command';
import { DB_DETAILS, DB_OPTION, openCommandDatabase, requireWritableTarget } from './database';
import { requireAssessmentId } from './show';

export const exportCommand: Command = {
  name: 'export',
  usage: 'export <id> --out <bundle>',
  summary: 'write assessments (with their revisions) to a bundle file',
  details: 'Writes one or more assessments, by id, to a bundle JSON file that `import` reads on another machine. Each export is logged.\n' + DB_DETAILS,
  options: { ...DB_OPTION, out: { type: 'string' } },
  run: async ({ positionals, values, io }) => {
    if (positionals.length === 0) throw new AppError('invalid_input', 'missing <id>: expected one or more assessment ids (as `list` prints)', 'id');
    const ids = [...new Set(positionals.map(requireAssessmentId))];
    const out = requireWritableTarget(requireOption(values, 'out', 'the bundle file to write'), 'out');
    const db = await openCommandDatabase(values, io, 'read');
    if (db === null) throw new AppError('not_found', `no assessment with id ${ids[0]}`, 'id');
    try {
      const bundle = exportBundle(db, ids);
      const text = `${JSON.stringify(bundle, null, 2)}\n`;
      const partial = `${out}.partial`;
      try {
        writeFileSync(partial, text, { flush: true });
        renameSync(partial, out);
      } catch (error) {
        rmSync(partial, { force: true });
        throw new AppError('io', `--out: ${out} cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 'out');
      }
      const sha256 = sha256Hex(text);
      db.transaction(() => {
        for (const assessment of bundle.assessments) recordExport(db, { assessmentId: assessment.id, kind: 'bundle', path: out, sha256 });
      }).immediate();
      io.out(`wrote ${bundle.assessments.length} assessment${bundle.assessments.length === 1 ? '' : 's'} to ${out} (sha256 ${sha256})\n`);
    } finally {
      db.close();
    }
    return EXIT_OK;
  },
};
