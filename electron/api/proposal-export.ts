// Producing an assessment's proposal: a revision (the current one unless named), its recommendation snapshot, the
// branding and the proposal settings, rendered to PDF bytes in the chosen edition (client unless asked); exporting
// gives the assessment its proposal number (first export only), writes the file atomically and logs it with its
// SHA-256 and edition. Shared by IPC, HTTP and CLI. An exported revision keeps its snapshot (db/revisions.ts), so
// exporting it again gives the same bytes.
import {
  claimProposalNumber,
  type Database,
  findProposalNumber,
  getBranding,
  getProposalSettings,
  nextProposalNumber,
  type ProposalNumberClaim,
  recordedRatios,
  recordExport,
  requireAssessment,
  revisionForProposal,
  sha256Hex,
} from '../../db';
import type { Recommendation } from '../../shared/engine';
import { AppError } from '../../shared/errors';
import type { Edition, RenderedProposal } from '../../shared/proposal';
import { proposalFileName } from '../../shared/proposal/file-name';
import { writeFileAtomic } from './atomic-write';
import { fontFiles } from './proposal-fonts';

export interface ProposalFile {
  assessmentId: string;
  revision: number;
  edition: Edition;
  /** The recommendation the PDF shows: kept as the revision's snapshot when it is exported. */
  recommendation: Recommendation;
  rendered: RenderedProposal;
  suggestedName: string;
  /** The proposal number printed, stored only when the file is written (writeProposal). */
  numberClaim: ProposalNumberClaim | null;
}

export interface ProposalRequest {
  edition?: Edition;
  /** The revision to print; the current one when absent. */
  revision?: number;
  /** Print the number the assessment's first export gives it (an export does; a preview does not); writeProposal stores it. */
  assignNumber?: boolean;
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
  // The renderer (jsPDF and its font handling) loads at the first export, not at every start.
  const { buildProposalModel, renderProposal } = await import('../../shared/proposal');
  const numberClaim = request.assignNumber === true ? nextProposalNumber(db, id, settings.numberFormat) : null;
  const number = numberClaim?.number ?? findProposalNumber(db, id);
  const model = buildProposalModel(
    shown,
    recommendation,
    getBranding(db),
    { number: revision.number, savedAt: revision.updatedAt },
    // The internal edition prints the consultancy's record of delivered projects (db/actuals.ts).
    { edition, settings, ...(number === null ? {} : { number }), ...(edition === 'internal' ? { ratios: recordedRatios(db, id) } : {}) },
  );
  return {
    assessmentId: id,
    revision: revision.number,
    edition,
    recommendation,
    rendered: await renderProposal(model, fontFiles),
    suggestedName: proposalFileName(shown.clientName, shown.projectTitle, edition),
    numberClaim,
  };
}

export interface ExportedProposal {
  path: string;
  sha256: string;
  pages: number;
  replaced: string[];
}

/**
 * Writes a rendered proposal to `path` (complete or not at all), then, in one transaction, stores the proposal number
 * it prints and logs it against the revision and edition it shows. A write that fails changes nothing in the database.
 */
export function writeProposal(db: Database, file: ProposalFile, path: string): ExportedProposal {
  writeFileAtomic(path, file.rendered.bytes);
  const sha256 = sha256Hex(file.rendered.bytes);
  db.transaction(() => {
    if (file.numberClaim !== null) claimProposalNumber(db, file.numberClaim);
    recordExport(db, {
      assessmentId: file.assessmentId,
      revision: file.revision,
      kind: 'proposal',
      edition: file.edition,
      path,
      sha256,
      shown: file.recommendation,
    });
  })();
  return { path, sha256, pages: file.rendered.pages, replaced: file.rendered.replaced };
}
