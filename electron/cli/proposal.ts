// `scopewise proposal <id> --out <pdf> [--language L]`: the branded proposal PDF of an assessment's current revision, through the same
// export service as the app (electron/api/proposal-export.ts): written atomically, logged with its SHA-256, nothing on failure.
import { accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';

import { findProposalNumber, requireAssessment } from '../../db';
import { AppError } from '../../shared/errors';
import { isProposalLanguage, PROPOSAL_LANGUAGES, type ProposalLanguage } from '../../shared/i18n/language';
import { storageReason as reason } from '../../shared/storage-error';
import { renderAssessmentProposal, writeProposal } from '../api/proposal-export';
import { requireOption, requirePositional } from './args';
import { type Command, EXIT_OK } from './command';
import { DB_DETAILS, DB_OPTION, requireWritableTarget, withCommandDatabase } from './database';
import { requireAssessmentId } from './show';

/** The --language tag, when given: one of the proposal languages, else a clear refusal naming them. */
function requireLanguage(value: string | boolean | undefined): ProposalLanguage | undefined {
  if (value === undefined) return undefined;
  if (isProposalLanguage(value)) return value;
  throw new AppError('invalid_input', `--language: expected one of ${PROPOSAL_LANGUAGES.join(', ')}, got "${String(value)}"`, 'language');
}

export const proposalCommand: Command = {
  name: 'proposal',
  usage: `proposal <id> --out <pdf> [--edition client|internal] [--language ${PROPOSAL_LANGUAGES.join('|')}]`,
  summary: 'write the branded proposal PDF of an assessment',
  details:
    "Renders the assessment's current revision with the saved branding (Settings) and writes the PDF atomically: a temporary\n" +
    'file in the same folder, flushed to disk, then renamed, so a failure never leaves a partial file. The export is logged with\n' +
    'its SHA-256. The same revision and branding always give a byte-identical file. Text no embedded font can draw (emoji,\n' +
    'right-to-left scripts) is printed as □ and listed in a warning on stderr.\n' +
    "--edition client (the default) is what the client receives; internal adds the workshop notes, each rule's source and\n" +
    "the estimate's working. The first export gives the assessment its proposal number (format in Settings).\n" +
    "--language writes this one export in another language than the assessment's own (its proposal language, English\n" +
    'when none was chosen); dates and money follow that language. A revision already sent re-exports as the file sent.\n' +
    DB_DETAILS,
  options: { ...DB_OPTION, out: { type: 'string' }, edition: { type: 'string' }, language: { type: 'string' } },
  run: async ({ positionals, values, io }) => {
    const id = requireAssessmentId(requirePositional(positionals, 0, 'id', 'an assessment id (a UUID, as `list` prints)'));
    const edition = values.edition ?? 'client';
    if (edition !== 'client' && edition !== 'internal')
      throw new AppError('invalid_input', `--edition: expected client or internal, got "${String(edition)}"`, 'edition');
    const language = requireLanguage(values.language);
    const out = requireWritableTarget(requireOption(values, 'out', 'the PDF file to write'), 'out');
    try {
      accessSync(dirname(out), constants.W_OK);
    } catch {
      throw new AppError('invalid_input', `--out: the folder ${dirname(out)} is not writable`, 'out');
    }
    const missing = (): never => {
      throw new AppError('not_found', `no assessment with id ${id}`, 'id');
    };
    await withCommandDatabase(values, io, { mode: 'read', records: true, command: 'proposal', missing }, async (db) => {
      const assessment = requireAssessment(db, id);
      if (assessment.deletedAt !== null) throw new AppError('conflict', `assessment ${id} is in the trash; restore it before exporting a proposal`, 'id');
      const file = await renderAssessmentProposal(db, id, { edition, assignNumber: true, ...(language === undefined ? {} : { language }) });
      let sha256: string;
      try {
        sha256 = writeProposal(db, file, out).sha256;
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw new AppError('io', `--out: ${out} cannot be written (${reason(error)})`, 'out');
      }
      const { pages, bytes, replaced } = file.rendered;
      if (db.readonly) {
        const unnumbered = findProposalNumber(db, id) === null ? ', and the assessment has no proposal number yet, so the PDF prints none' : '';
        io.err(`scopewise: warning: the database is read-only: this export was not logged${unnumbered}\n`);
      }
      if (replaced.length > 0) io.err(`scopewise: warning: no embedded font can draw ${replaced.map((c) => JSON.stringify(c)).join(' ')}; printed as □\n`);
      io.out(
        `wrote ${out}: ${pages} pages, ${Math.ceil(bytes.length / 1024)} KB, revision ${file.revision}, ${edition} edition, language ${file.language} (sha256 ${sha256})\n`,
      );
    });
    return EXIT_OK;
  },
};
