// The values that cross the API boundary (outputs of the contract's channels). Plain JSON, no classes.
import type { AssessmentPage } from '../assessment';
import type { Branding, ProposalSettings } from '../branding';
import type { Framework } from '../engine/requirements';
import type { AnswerDifference } from '../revisions';

export interface AssessmentListPage extends AssessmentPage {
  /** How many assessments match across all pages (for the scroll height of a virtualised list). */
  total: number;
}

export interface RevisionSummary {
  number: number;
  createdAt: string;
  updatedAt: string;
  recommended: Framework;
  answered: number;
}

export interface RevisionComparison {
  from: RevisionSummary;
  to: RevisionSummary;
  answers: AnswerDifference[];
  notesChanged: boolean;
  recommendation: {
    from: { recommended: Framework; confidence: string; ranking: { framework: Framework; score: number }[] };
    to: { recommended: Framework; confidence: string; ranking: { framework: Framework; score: number }[] };
  };
}

export interface ProposalPreview {
  pdfBase64: string;
  pages: number;
  replaced: string[];
}

export interface ExportResult {
  cancelled: boolean;
  path?: string;
  sha256?: string;
  replaced?: string[];
}

export interface SettingsView {
  branding: Branding;
  /** Locale, payment terms, validity, number format, range shown, and whether the branding was confirmed. */
  proposal: ProposalSettings;
  dataFolder: string;
  databasePath: string;
}

export interface BackupInfo {
  name: string;
  takenAt: string;
  reason: string;
  bytes: number;
}

export interface ImportReport {
  cancelled: boolean;
  /** New here, imported under their own ids. */
  added: string[];
  /** Known here; the bundle carried a later state of the same work. */
  updated: string[];
  skipped: { id: string; reason: 'unchanged' | 'older' }[];
  /** Different work on both sides: the bundle's version kept alongside under a new id. */
  copies: { id: string; copyId: string; projectTitle: string }[];
}

export interface Ok {
  ok: true;
}
