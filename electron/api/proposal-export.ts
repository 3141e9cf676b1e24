// Producing an assessment's proposal: the current revision, its recommendation snapshot, the branding and the proposal
// settings, rendered to PDF bytes in the chosen edition (client unless asked); exporting gives the assessment its
// proposal number (first export only), writes the file atomically and logs it with its SHA-256 and edition.
// Shared by IPC, HTTP and CLI.
import { assignProposalNumber, findProposalNumber, getBranding, getProposalSettings, getRevision, recordExport, requireAssessment, sha256Hex, type Database } from '../../db';
import { buildProposalModel, renderProposal, type Edition, type RenderedProposal } from '../../shared/proposal';
import { writeFileAtomic } from './atomic-write';
import { fontFiles } from './proposal-fonts';

export interface ProposalFile {
  assessmentId: string;
  revision: number;
  edition: Edition;
  rendered: RenderedProposal;
  suggestedName: string;
}

function fileName(clientName: string, projectTitle: string, edition: Edition): string {
  const base = [clientName.trim(), projectTitle.trim()].filter((s) => s !== '').join(' - ') || 'Proposal';
  return `${base.slice(0, 120)} - proposal${edition === 'internal' ? ' (internal)' : ''}.pdf`;
}

export interface ProposalRequest {
  edition?: Edition;
  /** Give the assessment its proposal number if it has none (an export does; a preview does not). */
  assignNumber?: boolean;
}

export async function renderAssessmentProposal(db: Database, id: string, request: ProposalRequest = {}): Promise<ProposalFile> {
  const edition = request.edition ?? 'client';
  const assessment = requireAssessment(db, id);
  const revision = getRevision(db, id, assessment.revision);
  const savedAt = revision?.updatedAt ?? assessment.updatedAt;
  const settings = getProposalSettings(db);
  const number = request.assignNumber === true ? assignProposalNumber(db, id, settings.numberFormat) : findProposalNumber(db, id);
  const model = buildProposalModel(assessment, assessment.recommendation, getBranding(db), { number: assessment.revision, savedAt }, { edition, settings, ...(number === null ? {} : { number }) });
  return {
    assessmentId: id,
    revision: assessment.revision,
    edition,
    rendered: await renderProposal(model, fontFiles),
    suggestedName: fileName(assessment.clientName, assessment.projectTitle, edition),
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
  recordExport(db, { assessmentId: file.assessmentId, revision: file.revision, kind: 'proposal', edition: file.edition, path, sha256 });
  return { path, sha256, pages: file.rendered.pages, replaced: file.rendered.replaced };
}
