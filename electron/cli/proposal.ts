// `scopewise proposal <id> --out <pdf>`: the branded proposal PDF of an assessment's current revision, written
// atomically (temporary file in the same folder, fsync, rename) and logged with its SHA-256. Nothing is written on failure.
import { accessSync, closeSync, constants, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { getBranding, getRevision, recordExport, requireAssessment, sha256Hex } from '../../db';
import { AppError } from '../../shared/errors';
import { buildProposalModel, renderProposal } from '../../shared/proposal';
import { requireOption, requirePositional } from './args';
import { EXIT_OK, type Command } from './command';
import { DB_DETAILS, DB_OPTION, openCommandDatabase, requireWritableTarget } from './database';
import { requireAssessmentId } from './show';

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'the disk is full';
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'the folder does not accept new files';
  if (code === 'EISDIR') return 'it is a folder';
  return code ?? 'write error';
}

/** Writes all bytes to a new file beside the target, flushes them to disk, then renames over the target. */
export function writeFileAtomically(target: string, bytes: Uint8Array): void {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
  let fd: number | null = null;
  try {
    fd = openSync(temporary, 'wx', 0o644);
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temporary, target);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(temporary, { force: true });
    throw new AppError('io', `--out: ${target} cannot be written (${reason(error)})`, 'out');
  }
  // The rename is durable once the folder itself is flushed (POSIX; Windows cannot open a folder this way).
  if (process.platform !== 'win32') {
    try {
      const folder = openSync(dirname(target), 'r');
      try {
        fsyncSync(folder);
      } finally {
        closeSync(folder);
      }
    } catch {
      // A file system that cannot sync a folder still has the complete file; nothing to undo.
    }
  }
}

export const proposalCommand: Command = {
  name: 'proposal',
  usage: 'proposal <id> --out <pdf>',
  summary: 'write the branded proposal PDF of an assessment',
  details:
    'Renders the assessment\'s current revision with the saved branding (Settings) and writes the PDF atomically: a temporary\n' +
    'file in the same folder, flushed to disk, then renamed, so a failure never leaves a partial file. The export is logged with\n' +
    'its SHA-256. The same revision and branding always give a byte-identical file. Text no embedded font can draw (emoji,\n' +
    'right-to-left scripts) is printed as □ and listed in a warning on stderr.\n' +
    DB_DETAILS,
  options: { ...DB_OPTION, out: { type: 'string' } },
  run: async ({ positionals, values, io }) => {
    const id = requireAssessmentId(requirePositional(positionals, 0, 'id', 'an assessment id (a UUID, as `list` prints)'));
    const out = requireWritableTarget(requireOption(values, 'out', 'the PDF file to write'), 'out');
    try {
      accessSync(dirname(out), constants.W_OK);
    } catch {
      throw new AppError('invalid_input', `--out: the folder ${dirname(out)} is not writable`, 'out');
    }
    const db = await openCommandDatabase(values, io, 'read');
    if (db === null) throw new AppError('not_found', `no assessment with id ${id}`, 'id');
    try {
      const assessment = requireAssessment(db, id);
      if (assessment.deletedAt !== null) throw new AppError('conflict', `assessment ${id} is in the trash; restore it before exporting a proposal`, 'id');
      const revision = getRevision(db, id, assessment.revision);
      const model = buildProposalModel(assessment, assessment.recommendation, getBranding(db), {
        number: assessment.revision,
        savedAt: revision?.updatedAt ?? assessment.updatedAt,
      });
      const rendered = await renderProposal(model);
      writeFileAtomically(out, rendered.bytes);
      const sha256 = sha256Hex(rendered.bytes);
      try {
        recordExport(db, { assessmentId: id, revision: assessment.revision, kind: 'proposal', path: out, sha256 });
      } catch (error) {
        // Every export is logged: a file the log does not know about is taken back.
        rmSync(out, { force: true });
        throw error;
      }
      if (rendered.replaced.length > 0) {
        io.err(`scopewise: warning: no embedded font can draw ${rendered.replaced.map((c) => JSON.stringify(c)).join(' ')}; printed as □\n`);
      }
      io.out(`wrote ${out}: ${rendered.pages} pages, ${Math.ceil(rendered.bytes.length / 1024)} KB, revision ${assessment.revision} (sha256 ${sha256})\n`);
    } finally {
      db.close();
    }
    return EXIT_OK;
  },
};
