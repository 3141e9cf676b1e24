// The persistence layer's public surface: import from 'db', not from its files. Everything here is synchronous
// over a better-sqlite3 Database, except opening, backups and restore (SQLite's backup API is asynchronous).
export type { Database } from 'better-sqlite3';
export { openDatabase, type OpenOptions } from './open';
export { CheckCancelledError, openWithScheduledCheck, type CheckEvent, type CheckPlace, type ScheduledOpen, type ScheduledOptions } from './integrity-schedule';
export { DatabaseRefusedError, examineDatabaseFile, type ConnectOptions, type Examination, type RefusalReason } from './examine';
export { inspectHeader, SCOPEWISE_APPLICATION_ID, type HeaderVerdict } from './header';
export { networkFilesystemOf } from './network-filesystem';
export { migrate, pendingMigrations, schemaVersion } from './migrate';
export { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';
export {
  countAssessments,
  createAssessment,
  getAssessment,
  iterateAssessments,
  listAssessments,
  listStatementFor,
  requireAssessment,
  saveAssessment,
  type CreateOptions,
  type WriteOptions,
} from './assessments';
export { getRevision, listRevisions, revisionForProposal, shouldCoalesce, REVISION_WINDOW_MS, type RevisionForProposal } from './revisions';
export { canonicalFieldsJson, revisionIdentity } from './revision-identity';
export { discardIfUntouched, restoreRevision } from './revision-restore';
export { searchTerms, toFtsQuery } from './search';
export { clientNameKey, getClient, listClients, updateClient } from './clients';
export { getBranding, getProposalSettings, resetBranding, saveBranding, saveProposalSettings } from './settings';
export { getRateCard, saveRateCard } from './rate-card';
export {
  assignProposalNumber,
  claimProposalNumber,
  findProposalNumber,
  formatProposalNumber,
  nextProposalNumber,
  type ProposalNumberClaim,
} from './proposal-numbers';
export { listExports, recordExport, sha256Hex, type ExportEdition, type ExportInput, type ExportKind, type ExportRecord } from './exports';
export { purgeTrash, restoreAssessment, trashAssessment, TRASH_DAYS } from './trash';
export {
  BackupFailedCheckError,
  backupDatabase,
  backupIfDue,
  createBackup,
  defaultBackupDir,
  dismissBeforeRestore,
  failedBackupDir,
  findNewestGoodBackup,
  listBackups,
  pruneBackups,
  type BackupFile,
} from './backup';
export { hasInterruptedRestore, recoverInterruptedRestore, restoreBackup, restoreJournalFor, type RestoreResult } from './restore';
export { acquireDatabaseLock, DatabaseLockedError, lockFileFor, lockHolder, type DatabaseLock, type LockHolder } from './lock';
export { backupFileName, backupsToDelete, isBackupDue, parseBackupFileName, BACKUPS_KEPT, type BackupReason } from './retention';
export { checkDatabase, checkFileIntegrity, type CheckReport } from './check';
export { bundleAssessmentOf, exportBundle, importBundle, parseBundle, requireBundleIds, type ImportReport } from './bundle';
export { demoAssessments, insertDemoAssessments, type DemoOptions } from './demo';
export { runStartupMaintenance, type MaintenanceReport } from './maintenance';
