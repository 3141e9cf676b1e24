// `scopewise import <bundle|-> [--json]`: reads a bundle file (or stdin) and imports it under the conflict rules, all or nothing.
import { importBundle, type ImportReport, parseBundle } from '../../db';
import { BUNDLE_MAX_BYTES, BUNDLE_MAX_TEXT } from '../../shared/bundle';
import { AppError } from '../../shared/errors';
import { requirePositional } from './args';
import { type Command, EXIT_OK } from './command';
import { DB_DETAILS, DB_OPTION, withCommandDatabase } from './database';
import { parseJsonText, readTextArgument } from './input';
import { progressLine } from './progress';

function summary(report: ImportReport): string {
  const lines = [
    `added ${report.added.length}, updated ${report.updated.length}, skipped ${report.skipped.length}, kept ${report.copies.length} conflicting as copies`,
  ];
  for (const id of report.restored) lines.push(`restored: ${id} was in the trash; the bundle's later work brought it back`);
  for (const copy of report.copies) {
    const trash = copy.inTrash === true ? ' (the one here stays in the trash)' : '';
    lines.push(`conflict: ${copy.id} differs here and in the bundle${trash}; the bundle's version was kept as ${copy.copyId} ("${copy.projectTitle}")`);
  }
  return `${lines.join('\n')}\n`;
}

export const importCommand: Command = {
  name: 'import',
  usage: 'import <bundle|-> [--json]',
  summary: 'import assessments from a bundle file (never overwrites newer work)',
  details:
    "Revision history decides, never dates: a known id whose history here already holds the bundle's is skipped; one whose\n" +
    'bundle history continues the work here updates it (and brings it back from the trash); when both sides changed,\n' +
    "the bundle's version is kept as a copy and reported. A malformed bundle is refused whole, naming what is wrong; nothing is written.\n" +
    '--json prints the report as JSON. On a terminal, stderr shows how many assessments are in so far. ' +
    DB_DETAILS,
  options: { ...DB_OPTION, json: { type: 'boolean' } },
  run: async ({ positionals, values, io }) => {
    const path = requirePositional(positionals, 0, 'bundle', 'a bundle file, or - to read stdin');
    const source = path === '-' ? 'stdin' : path;
    const text = await readTextArgument(path, io);
    if (Buffer.byteLength(text, 'utf8') > BUNDLE_MAX_BYTES) {
      throw new AppError('invalid_input', `${source}: the bundle is larger than ${BUNDLE_MAX_TEXT}, the most Scopewise reads; nothing was imported`, 'bundle');
    }
    const input = parseJsonText(text, source);
    let bundle;
    try {
      bundle = parseBundle(input);
    } catch (error) {
      if (error instanceof AppError) throw new AppError('invalid_input', `${source}: ${error.message}`, error.field);
      throw error;
    }
    await withCommandDatabase(values, io, { mode: 'write', command: 'import' }, (db) => {
      // Ctrl+C while it runs ends the process inside the one transaction: SQLite rolls it back, nothing is written.
      const line = progressLine(io, 'importing', 'assessments');
      let report;
      try {
        report = importBundle(db, bundle, { onProgress: (done, total) => line.tell(done, total) });
      } finally {
        line.end();
      }
      io.out(values.json === true ? `${JSON.stringify(report, null, 2)}\n` : summary(report));
    });
    return EXIT_OK;
  },
};
