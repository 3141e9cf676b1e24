// Producing an assessment's proposal: the current revision, its recommendation snapshot and the branding, rendered
// to PDF bytes; exporting writes them atomically and logs the export with its SHA-256. Shared by IPC, HTTP and CLI.
import { getBranding, getRevision, recordExport, requireAssessment, sha256Hex, type Database } from '../../db';
import type { RenderedProposal } from '../../shared/proposal';
import { writeFileAtomic } from './atomic-write';

export interface ProposalFile {
  assessmentId: string;
  revision: number;
  rendered: RenderedProposal;
  suggestedName: string;
}

function fileName(clientName: string, projectTitle: string): string {
  const base = [clientName.trim(), projectTitle.trim()].filter((s) => s !== '').join(' - ') || 'Proposal';
  return `${base.slice(0, 120)} - proposal.pdf`;
}

export async function renderAssessmentProposal(db: Database, id: string): Promise<ProposalFile> {
  const assessment = requireAssessment(db, id);
  const revision = getRevision(db, id, assessment.revision);
  const savedAt = revision?.updatedAt ?? assessment.updatedAt;
  // The renderer (jsPDF and the embedded fonts, some 3 MB of code) loads at the first export, not at every start.
  const { buildProposalModel, renderProposal } = await import('../../shared/proposal');
  const model = buildProposalModel(assessment, assessment.recommendation, getBranding(db), { number: assessment.revision, savedAt });
  return { assessmentId: id, revision: assessment.revision, rendered: await renderProposal(model), suggestedName: fileName(assessment.clientName, assessment.projectTitle) };
}

export interface ExportedProposal {
  path: string;
  sha256: string;
  pages: number;
  replaced: string[];
}

/** Writes a rendered proposal to `path` (complete or not at all) and logs it against the revision it shows. */
export function writeProposal(db: Database, file: ProposalFile, path: string): ExportedProposal {
  writeFileAtomic(path, file.rendered.bytes);
  const sha256 = sha256Hex(file.rendered.bytes);
  recordExport(db, { assessmentId: file.assessmentId, revision: file.revision, kind: 'proposal', path, sha256 });
  return { path, sha256, pages: file.rendered.pages, replaced: file.rendered.replaced };
}
