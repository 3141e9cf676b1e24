// The team library as the UI sees it: the sync state for the top bar and Settings → Team, and a conflict's two sides
// for the editor. Types and input schemas only; the work is in electron/team and db/team.
import { z } from 'zod';

import type { AssessmentFields } from '../assessment';
import type { ChangedBy, MergePart } from '../conflict-merge';
import type { ErrorParams, ErrorReason } from '../errors';
import type { TeamNoticeKind } from '../team-notices';
import type { RevisionComparison } from './types';

/**
 * synced: nothing waiting; waiting: changes made here are not yet shared (the last sync succeeded); syncing: a sync is
 * running; offline: the last sync or connection test could not reach the team database.
 */
export type TeamSyncState = 'off' | 'synced' | 'waiting' | 'syncing' | 'offline' | 'conflict' | 'error';

/** A change of the team database this device could not read and set aside (never applied). */
export interface TeamSkipped {
  seq: number;
  id: string;
  reason: string;
}

/** How far a running sync has got: changes sent and received so far. */
export interface TeamProgress {
  pushed: number;
  pulled: number;
}

export interface TeamStatus {
  state: TeamSyncState;
  /** user@host:port/database, never the password; null when not connected to a team. */
  team: string | null;
  deviceId: string;
  lastSyncAt: string | null;
  /** The last sync's failure in English; `lastErrorWhy` and `lastErrorParams` say it for a window to word (shared/errors.ts), when this run of the app met it. */
  lastError: string | null;
  lastErrorWhy?: ErrorReason;
  lastErrorParams?: ErrorParams;
  pending: { revisions: number; trash: number };
  conflicts: number;
  /** Where the password is kept: the OS keychain (app), PGPASSWORD (serve), or none given. */
  passwordFrom: 'keychain' | 'environment' | 'url' | 'none';
  /** Changes of the team database set aside here as unreadable. */
  skipped: TeamSkipped[];
  /** While a sync runs: what it has moved so far; null otherwise. */
  progress: TeamProgress | null;
  /**
   * What syncs since this app or serve started changed here: `generation` grows with each sync that changed anything,
   * `ids` are the assessments changed (latest first, at most 500), so the list and an open assessment refresh in place.
   */
  changed: { generation: number; ids: string[] };
  /** What colleagues' changes did to this device's work, not yet dismissed (oldest first, at most 100). */
  notices: TeamNoticeView[];
}

/** One notice as the app shows it: `seq` orders them and dismisses up to one. */
export interface TeamNoticeView {
  seq: number;
  kind: TeamNoticeKind;
  id: string;
  by: string;
  at: string;
  projectTitle: string;
}

export const teamDismissSchema = z.object({ through: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) }).strict();

export interface TeamTestResult {
  ok: boolean;
  /** In English; `why` and `params` say the same for a window to word (shared/errors.ts), `params.server` when connected. */
  message: string;
  why?: ErrorReason;
  params?: ErrorParams;
}

/** Who last shared each listed assessment, and whether it has a conflict waiting. */
export type TeamAuthors = Record<string, { author: string; sharedAt: string; conflict: boolean }>;

/** One part the two sides of a conflict differ in, with the version both started from and who changed it. */
export interface TeamConflictPart {
  part: MergePart;
  label: string;
  /** The common ancestor's value, this computer's and the colleague's, in words. */
  base: string | null;
  mine: string;
  theirs: string;
  changedBy: ChangedBy;
}

export interface TeamConflictView {
  id: string;
  /** This device's version against the other device's, with the compare view's wording. */
  comparison: RevisionComparison;
  mine: AssessmentFields;
  /** Who made this computer's version (null: never shared) and when. */
  mineBy: { author: string | null; updatedAt: string };
  theirs: AssessmentFields & { author: string; deviceId: string; updatedAt: string };
  /** The version both sides started from (null when this device knows none). */
  base: AssessmentFields | null;
  /** Every differing part, with who changed it since the base. */
  parts: TeamConflictPart[];
  /** This side with every part only the colleague changed taken (those parts are listed in `autoMerged`). */
  merged: AssessmentFields;
  autoMerged: MergePart[];
}

export const teamConnectSchema = z
  .object({
    url: z.string().min(1).max(2000),
    password: z.string().max(1000).optional(),
  })
  .strict();
