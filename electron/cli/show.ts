// `scopewise show <id>`: one assessment as JSON, with its recommendation snapshot, revisions and export log.
import { z } from 'zod';

import { listExports, listRevisions, requireAssessment } from '../../db';
import { AppError, parseInput } from '../../shared/errors';
import { requirePositional } from './args';
import { type Command, EXIT_OK } from './command';
import { DB_DETAILS, DB_OPTION, withCommandDatabase } from './database';

export const assessmentId = z.uuid();

export function requireAssessmentId(text: string): string {
  return parseInput(assessmentId, text, 'id').toLowerCase();
}

export const showCommand: Command = {
  name: 'show',
  usage: 'show <id>',
  summary: 'print one assessment as JSON',
  details: 'Prints the assessment (requirements, recommendation snapshot, status, dates), its revisions and its exports as JSON.\n' + DB_DETAILS,
  options: { ...DB_OPTION },
  run: async ({ positionals, values, io }) => {
    const id = requireAssessmentId(requirePositional(positionals, 0, 'id', 'an assessment id (a UUID, as `list` prints)'));
    const missing = (): never => {
      throw new AppError('not_found', `no assessment with id ${id}`, 'id');
    };
    await withCommandDatabase(values, io, { mode: 'read', missing }, (db) => {
      const assessment = requireAssessment(db, id);
      io.out(`${JSON.stringify({ ...assessment, revisions: listRevisions(db, id), exports: listExports(db, id) }, null, 2)}\n`);
    });
    return EXIT_OK;
  },
};
