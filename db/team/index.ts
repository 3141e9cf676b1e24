// The team library's local side: what waits to be shared, applying what was pulled, conflicts. The network side is
// electron/team; this folder never talks to the team database.
export { ancestorsOf, commonAncestor } from './ancestry';
export { applyChanges, type ApplyReport, type TeamSelf } from './apply';
export type { OutgoingChange, SkippedChange, TeamChange, TeamChangeKind } from './change';
export { conflictedAssessments, listConflicts, resolveConflict, type TeamConflict } from './conflicts';
export { forgetTeamConnection, getTeamConnection, saveTeamConnection, teamAuthors, type TeamConnectionSetting } from './connection';
export { markNoticesSeen, NOTICE_KINDS, type StoredNotice, type TeamNotice, type TeamNoticeKind, unseenNotices } from './notices';
export { markShared, takeOutgoing } from './outbox';
export { listSkipped } from './skipped';
export { bindTeam, getTeamState, pendingCounts, recordSyncOutcome, type TeamState } from './state';
