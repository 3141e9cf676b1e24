// The persistence layer's public surface: import from 'db', not from its files. Everything here is synchronous
// over a better-sqlite3 Database, except opening, backups and restore (SQLite's backup API is asynchronous).
export { estimatedDays, recordActualDays, recordedRatios } from './actuals';
export { createAssessment, type CreateOptions, getAssessment, requireAssessment, saveAssessment, type WriteOptions } from './assessments';
export {
  BackupCancelledError,
  backupDatabase,
  BackupFailedCheckError,
  type BackupFile,
  backupIfDue,
  type BackupProgress,
  createBackup,
  defaultBackupDir,
  dismissBeforeRestore,
  failedBackupDir,
  findNewestGoodBackup,
  futureBackups,
  futureBackupsNotice,
  listBackups,
  pruneBackups,
} from './backup';
export { bundleAssessmentOf, exportBundle, importBundle, type ImportOptions, type ImportReport, parseBundle, requireBundleIds } from './bundle';
export { checkDatabase, checkFileIntegrity, type CheckReport } from './check';
export { clientNameKey, getClient, listClients, updateClient } from './clients';
export { expireOverdue, saveEdits, setStatus } from './deals';
export { demoAssessments, type DemoOptions, insertDemoAssessments } from './demo';
export { type ConnectOptions, DatabaseRefusedError, type Examination, examineDatabaseFile, type RefusalReason } from './examine';
export { type ExportEdition, type ExportInput, type ExportKind, type ExportRecord, listExports, recordExport, sha256Hex } from './exports';
export { type HeaderVerdict, inspectHeader, SCOPEWISE_APPLICATION_ID } from './header';
export { CheckCancelledError, type CheckEvent, type CheckPlace, openWithScheduledCheck, type ScheduledOpen, type ScheduledOptions } from './integrity-schedule';
export { countAssessments, iterateAssessments, listAssessments, listStatementFor } from './list';
export {
  acquireDatabaseLock,
  canonicalDatabasePath,
  type DatabaseLock,
  DatabaseLockedError,
  identityLockFolder,
  lockFileFor,
  type LockHolder,
  lockHolder,
} from './lock';
export { type MaintenanceReport, runStartupMaintenance } from './maintenance';
export { migrate, pendingMigrations, schemaVersion } from './migrate';
export { LATEST_SCHEMA_VERSION, type Migration, MIGRATIONS } from './migrations';
export { networkFilesystemOf } from './network-filesystem';
export { connectAgain, openDatabase, type OpenOptions, upgradeMessage } from './open';
export { localDay, pipelineCsv, readPipeline } from './pipeline';
export { keepProposalFile, type ProposalFileKey, sentProposalFile, type StoredProposal } from './proposal-files';
export {
  assignProposalNumber,
  claimProposalNumber,
  findProposalNumber,
  formatProposalNumber,
  type IssuedNumber,
  issuedProposalNumber,
  nextProposalNumber,
  type ProposalNumberClaim,
  proposalNumberLedgerFor,
  readNumberLedger,
  recordIssuedNumbers,
} from './proposal-numbers';
export { proposalVersion } from './proposal-versions';
export { getRateCard, saveRateCard } from './rate-card';
export {
  hasInterruptedRestore,
  recoverInterruptedRestore,
  restoreBackup,
  RestoreCancelledError,
  restoreJournalFor,
  type RestoreProgress,
  type RestoreResult,
} from './restore';
export { backupFileName, type BackupReason, BACKUPS_KEPT, backupsToDelete, isBackupDue, parseBackupFileName } from './retention';
export { canonicalFieldsJson, revisionIdentity } from './revision-identity';
export { discardIfUntouched, restoreRevision } from './revision-restore';
export { getRevision, listRevisions, REVISION_WINDOW_MS, type RevisionForProposal, revisionForProposal, shouldCoalesce } from './revisions';
export { searchTerms, toFtsQuery } from './search';
export { catchUpSearchIndex } from './search-backlog';
export { getBranding, getProposalSettings, getUiLanguage, resetBranding, saveBranding, saveProposalSettings, saveUiLanguage } from './settings';
export { purgeTrash, restoreAssessment, TRASH_DAYS, trashAssessment } from './trash';
export { discardUntouchedAssessments } from './untouched';
export { startWorker } from './worker-file';
export type { Database } from 'better-sqlite3';
