// Producing an assessment's proposal: a revision (the current one unless named), its recommendation snapshot, the
// branding and the proposal settings, rendered to PDF bytes in the chosen edition (client unless asked); exporting
// gives the assessment its proposal number (first export only), writes the file atomically and logs it with its
// SHA-256 and edition. Shared by IPC, HTTP and CLI. An exported revision keeps its snapshot (db/revisions.ts), and a
// sent one its bytes (db/proposal-files.ts): exporting it again gives the same file whatever the settings say now.
// The proposal is written in the revision's proposalLanguage unless the request names another.
import {
  claimProposalNumber,
  type Database,
  getBranding,
  getProposalSettings,
  issuedProposalNumber,
  keepProposalFile,
  nextProposalNumber,
  type ProposalNumberClaim,
  proposalVersion,
  recordedRatios,
  recordExport,
  requireAssessment,
  revisionForProposal,
  sentProposalFile,
  sha256Hex,
} from '../../db';
import type { Recommendation } from '../../shared/engine';
import { AppError } from '../../shared/errors';
import { DEFAULT_LANGUAGE, type ProposalLanguage } from '../../shared/i18n/language';
import type { Edition, RenderedProposal } from '../../shared/proposal';
import { proposalFileName } from '../../shared/proposal/file-name';
import { writeFileAtomic } from './atomic-write';
import { fontFiles } from './proposal-fonts';
import type { RenderProposal } from './proposal-renderer';

export interface ProposalFile {
  assessmentId: string;
  revision: number;
  edition: Edition;
  /** The language the proposal is written in. */
  language: ProposalLanguage;
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
  /** The language for this one export; the revision's proposalLanguage (English when it has none) when absent. */
  language?: ProposalLanguage;
  /** Renders the model (the services' worker: in a worker of its own, ./proposal-renderer.ts); on this thread when absent. */
  render?: RenderProposal;
}

export async function renderAssessmentProposal(db: Database, id: string, request: ProposalRequest = {}): Promise<ProposalFile> {
  const edition = request.edition ?? 'client';
  const assessment = requireAssessment(db, id);
  const wanted = request.revision ?? assessment.revision;
  const found = revisionForProposal(db, id, wanted);
  if (found === null)
    throw new AppError('not_found', `This assessment has no revision ${wanted}.`, 'revision', 'revision_not_found', { number: String(wanted) });
  const { revision, recommendation } = found;
  // The revision's own fields decide: an assessment whose language changed after sending still re-exports as sent.
  const shown = { ...assessment, proposalLanguage: undefined, ...revision.fields };
  const language = request.language ?? shown.proposalLanguage ?? DEFAULT_LANGUAGE;
  const suggestedName = proposalFileName(shown.clientName, shown.projectTitle, edition);
  // Sealed means sealed: the file a sent revision was sent as, byte for byte, whatever the settings say now.
  const sent = sentProposalFile(db, { assessmentId: id, revision: revision.number, edition, language });
  if (sent !== null) {
    const rendered = { bytes: sent.bytes, pages: sent.pages, replaced: sent.replaced };
    return { assessmentId: id, revision: revision.number, edition, language, recommendation, rendered, suggestedName, numberClaim: null };
  }
  const settings = getProposalSettings(db);
  // The renderer (jsPDF and its font handling) loads at the first export, not at every start.
  const { buildProposalModel, renderProposal } = await import('../../shared/proposal');
  // A read-only database cannot record a number, so it prints none it has not already given (db/proposal-numbers.ts).
  const numberClaim = request.assignNumber === true && !db.readonly ? nextProposalNumber(db, id, settings.numberFormat) : null;
  const number = numberClaim?.number ?? issuedProposalNumber(db, id);
  const model = buildProposalModel(
    shown,
    recommendation,
    getBranding(db),
    { number: revision.number, savedAt: revision.updatedAt },
    // The internal edition prints the consultancy's record of delivered projects (db/actuals.ts).
    {
      edition,
      settings,
      ...(number === null ? {} : { number, version: proposalVersion(db, id, revision.number) }),
      ...(edition === 'internal' ? { ratios: recordedRatios(db, id) } : {}),
      language,
    },
  );
  return {
    assessmentId: id,
    revision: revision.number,
    edition,
    language,
    recommendation,
    rendered: request.render === undefined ? await renderProposal(model, fontFiles) : await request.render(model),
    suggestedName,
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
 * Writes a rendered proposal to `path` in one transaction: the proposal number it prints is stored (in the database
 * and the ledger beside it, db/proposal-numbers.ts) and the export logged against the revision and edition it shows,
 * then the file is written (complete or not at all), then the transaction commits. A file that cannot be written
 * rolls it all back; the ledger keeps the number for this assessment, so it is never printed for another one.
 */
export function writeProposal(db: Database, file: ProposalFile, path: string): ExportedProposal {
  const sha256 = sha256Hex(file.rendered.bytes);
  const exported = { path, sha256, pages: file.rendered.pages, replaced: file.rendered.replaced };
  // A read-only database (a read-only file system, db/open.ts) cannot log it: the file is still written where asked.
  if (db.readonly) {
    writeFileAtomic(path, file.rendered.bytes);
    return exported;
  }
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
    const key = { assessmentId: file.assessmentId, revision: file.revision, edition: file.edition, language: file.language };
    keepProposalFile(db, key, { ...file.rendered, sha256 }, new Date().toISOString());
    writeFileAtomic(path, file.rendered.bytes);
  })();
  return exported;
}

const exportTurns = new Map<string, Promise<unknown>>();

/**
 * Runs one export of the database at `databasePath` after the ones already started have finished: the number an
 * export prints is found before it renders and stored after, so two at once would print the same number (and one
 * would then fail). Exports of one database take turns; everything else goes on meanwhile.
 */
export function inExportTurn<T>(databasePath: string, run: () => Promise<T>): Promise<T> {
  const previous = exportTurns.get(databasePath) ?? Promise.resolve();
  const mine = previous.then(run, run);
  const settled = mine.then(
    () => undefined,
    () => undefined,
  );
  exportTurns.set(databasePath, settled);
  void settled.then(() => {
    if (exportTurns.get(databasePath) === settled) exportTurns.delete(databasePath);
  });
  return mine;
}
