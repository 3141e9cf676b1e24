// Producing an assessment's proposal: a revision (the current one unless named), its recommendation snapshot, the
// branding and the proposal settings, rendered to PDF bytes in the chosen edition (client unless asked); exporting gives
// the assessment its proposal number (first export only), writes the file atomically and logs it with its SHA-256 and
// edition. Shared by IPC, HTTP and CLI. An exported revision keeps its snapshot (db/revisions.ts), so exporting it again
// gives the same bytes.
import { claimProposalNumber, findProposalNumber, nextProposalNumber, getBranding, getProposalSettings, recordExport, requireAssessment, revisionForProposal, sha256Hex, type Database } from '../../db';
import type { Recommendation } from '../../shared/engine';
import { AppError } from '../../shared/errors';
import { buildProposalModel, renderProposal, type Edition, type RenderedProposal } from '../../shared/proposal';
import { proposalFileName } from '../../shared/proposal/file-name';
import { writeFileAtomic } from './atomic-write';
import { fontFiles } from './proposal-fonts';

export interface ProposalFile {
  assessmentId: string;
  revision: number;
  /** The recommendation the PDF shows: kept as the revision's snapshot when it is exported. */
  recommendation: Recommendation;
  edition: Edition;
  /** The proposal number printed in it and not yet recorded: claimed once the file is written (writeProposal). */
  pendingNumber?: ReturnType<typeof nextProposalNumber>;
  rendered: RenderedProposal;
  suggestedName: string;
}

export interface ProposalRequest {
  edition?: Edition;
  /** Give the assessment its proposal number if it has none (an export does; a preview does not). */
  assignNumber?: boolean;
  /** The revision to show; the current one when absent. */
  revision?: number;
}

export async function renderAssessmentProposal(db: Database, id: string, request: ProposalRequest = {}): Promise<ProposalFile> {
  const edition = request.edition ?? 'client';
  const assessment = requireAssessment(db, id);
  const wanted = request.revision ?? assessment.revision;
  const found = revisionForProposal(db, id, wanted);
  if (found === null) throw new AppError('not_found', `This assessment has no revision ${wanted}.`, 'revision');
  const { revision, recommendation } = found;
  const shown = { ...assessment, ...revision.fields };
  const settings = getProposalSettings(db);
  // An export's first number is only recorded once its file is written: a failed export changes nothing.
  const pending = request.assignNumber === true ? nextProposalNumber(db, id, settings.numberFormat) : undefined;
  const number = pending !== undefined ? pending.number : findProposalNumber(db, id);
  const model = buildProposalModel(shown, recommendation, getBranding(db), { number: revision.number, savedAt: revision.updatedAt }, { edition, settings, ...(number === null ? {} : { number }) });
  return {
    assessmentId: id,
    revision: revision.number,
    recommendation,
    edition,
    ...(pending !== undefined && pending.seq !== null ? { pendingNumber: pending } : {}),
    rendered: await renderProposal(model, fontFiles),
    suggestedName: proposalFileName(shown.clientName, shown.projectTitle, edition),
  };
}

export interface ExportedProposal {
  path: string;
  sha256: string;
  pages: number;
  replaced: string[];
}

/** Writes a rendered proposal to `path` (complete or not at all) and logs it against the revision and edition it shows. */
export function writeProposal(db: Database, file: ProposalFile, path: string): ExportedProposal {
  writeFileAtomic(path, file.rendered.bytes);
  const sha256 = sha256Hex(file.rendered.bytes);
  db.transaction(() => {
    if (file.pendingNumber !== undefined) claimProposalNumber(db, file.assessmentId, file.pendingNumber);
    recordExport(db, { assessmentId: file.assessmentId, revision: file.revision, kind: 'proposal', edition: file.edition, path, sha256, shown: file.recommendation });
  })();
  return { path, sha256, pages: file.rendered.pages, replaced: file.rendered.replaced };
}
