// The team library's local side: what waits to be shared, applying what was pulled, conflicts. The network side is
// electron/team; this folder never talks to the team database.
export { applyChanges, type ApplyReport } from './apply';
export type { OutgoingChange, SkippedChange, TeamChange, TeamChangeKind } from './change';
export { conflictedAssessments, listConflicts, resolveConflict, type TeamConflict } from './conflicts';
export { forgetTeamConnection, getTeamConnection, saveTeamConnection, teamAuthors, type TeamConnectionSetting } from './connection';
export { markShared, takeOutgoing } from './outbox';
export { listSkipped } from './skipped';
export { bindTeam, getTeamState, pendingCounts, recordSyncOutcome, type TeamState } from './state';
