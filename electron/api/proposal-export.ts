// Producing an assessment's proposal: a revision (the current one unless named), its recommendation snapshot and the
// branding, rendered to PDF bytes; exporting writes them atomically and logs the export with its SHA-256. Shared by
// IPC, HTTP and CLI. An exported revision keeps its snapshot (db/revisions.ts), so exporting it again gives the same bytes.
import { getBranding, recordExport, requireAssessment, revisionForProposal, sha256Hex, type Database } from '../../db';
import type { Recommendation } from '../../shared/engine';
import { AppError } from '../../shared/errors';
import { buildProposalModel, renderProposal, type RenderedProposal } from '../../shared/proposal';
import { writeFileAtomic } from './atomic-write';

export interface ProposalFile {
  assessmentId: string;
  revision: number;
  /** The recommendation the PDF shows: kept as the revision's snapshot when it is exported. */
  recommendation: Recommendation;
  rendered: RenderedProposal;
  suggestedName: string;
}

function fileName(clientName: string, projectTitle: string): string {
  const base = [clientName.trim(), projectTitle.trim()].filter((s) => s !== '').join(' - ') || 'Proposal';
  return `${base.slice(0, 120)} - proposal.pdf`;
}

export async function renderAssessmentProposal(db: Database, id: string, number?: number): Promise<ProposalFile> {
  const assessment = requireAssessment(db, id);
  const wanted = number ?? assessment.revision;
  const found = revisionForProposal(db, id, wanted);
  if (found === null) throw new AppError('not_found', `This assessment has no revision ${wanted}.`, 'revision');
  const { revision, recommendation } = found;
  const shown = { ...assessment, ...revision.fields };
  const model = buildProposalModel(shown, recommendation, getBranding(db), { number: revision.number, savedAt: revision.updatedAt });
  return { assessmentId: id, revision: revision.number, recommendation, rendered: await renderProposal(model), suggestedName: fileName(shown.clientName, shown.projectTitle) };
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
  recordExport(db, { assessmentId: file.assessmentId, revision: file.revision, kind: 'proposal', path, sha256, shown: file.recommendation });
  return { path, sha256, pages: file.rendered.pages, replaced: file.rendered.replaced };
}
