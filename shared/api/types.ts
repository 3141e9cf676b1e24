// The values that cross the API boundary (outputs of the contract's channels). Plain JSON, no classes.
import type { AssessmentPage } from '../assessment';
import type { Branding, ProposalSettings } from '../branding';
import type { Framework } from '../engine/requirements';
import type { UiLanguage } from '../i18n/language';
import type { AnswerDifference, FieldDifference, ScopeComparison } from '../revisions';
import type { RateCard } from '../scope/schema';

export interface AssessmentListPage extends AssessmentPage {
  /** How many assessments match across all pages (for the scroll height of a virtualised list). */
  total: number;
}

export interface RevisionSummary {
  /** The revision's identity on every machine (db/revision-identity.ts). */
  id: string;
  number: number;
  createdAt: string;
  updatedAt: string;
  recommended: Framework;
  answered: number;
  /** Set when a client edition of this revision's proposal was exported: when last, and the proposal number it carries. */
  sent?: { at: string; proposalNumber: string | null };
  /** The team role that made it (null: never shared), its device, and whether it settled a team conflict. */
  author: string | null;
  deviceId: string | null;
  merged: boolean;
}

export interface RevisionComparison {
  from: RevisionSummary;
  to: RevisionSummary;
  answers: AnswerDifference[];
  /** Title, client, consultant and status, where they differ. */
  fields: FieldDifference[];
  notesChanged: boolean;
  /** How the scope and its price moved (shared/revisions.ts); absent or null when neither revision has a scope. */
  scope?: ScopeComparison | null;
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
  /** Roles and day rates, currency, PM/QA/contingency defaults and validity: what a new scope copies. */
  rateCard: RateCard;
  /** Locale, payment terms, validity, number format, range shown, and whether the branding was confirmed. */
  proposal: ProposalSettings;
  /** The app's own language as the consultant chose it; null until chosen, when the app follows the system's language. */
  uiLanguage: UiLanguage | null;
  dataFolder: string;
  databasePath: string;
}

export interface BackupInfo {
  name: string;
  takenAt: string;
  reason: string;
  bytes: number;
}

/**
 * Long work under way (tasks.progress): which task, its phase, and `done` of `total` (0 of 0 while the total is not
 * yet known). A bundle import reads the file, checks it, then imports assessment by assessment.
 */
export interface TaskProgress {
  task: 'import' | 'export' | 'backup' | 'restore';
  /** An import reads, checks, then imports; an export exports; a backup copies, then checks; a restore copies. */
  phase: 'reading' | 'checking' | 'importing' | 'exporting' | 'copying';
  done: number;
  total: number;
}

export interface ImportReport {
  cancelled: boolean;
  /** New here, imported under their own ids. */
  added: string[];
  /** Known here; the bundle carried later work made from the state here (revision history decides, not dates). */
  updated: string[];
  /** Of `updated`, those that were in the trash here: the later work brought them back out. */
  restored: string[];
  /** `inTrash`: the assessment here is in the trash and stays there. */
  skipped: { id: string; reason: 'unchanged' | 'older'; inTrash?: true }[];
  /** Different work on both sides: the bundle's version kept alongside under a new id. `inTrash`: the one here is in the trash (the copy is live). */
  copies: { id: string; copyId: string; projectTitle: string; inTrash?: true }[];
}

export interface Ok {
  ok: true;
}
