// The team library as the UI sees it: the sync state for the top bar and Settings → Team, and a conflict's two sides
// for the editor. Types and input schemas only; the work is in electron/team and db/team.
import { z } from 'zod';

import type { AssessmentFields } from '../assessment';
import type { RevisionComparison } from './types';

/** synced: nothing waiting; syncing: a sync is running; offline: the last try could not reach the team database. */
export type TeamSyncState = 'off' | 'synced' | 'syncing' | 'offline' | 'conflict' | 'error';

export interface TeamStatus {
  state: TeamSyncState;
  /** user@host:port/database, never the password; null when not connected to a team. */
  team: string | null;
  deviceId: string;
  lastSyncAt: string | null;
  lastError: string | null;
  pending: { revisions: number; trash: number };
  conflicts: number;
  /** Where the password is kept: the OS keychain (app), PGPASSWORD (serve), or none given. */
  passwordFrom: 'keychain' | 'environment' | 'url' | 'none';
}

export interface TeamTestResult {
  ok: boolean;
  message: string;
}

/** Who last shared each listed assessment, and whether it has a conflict waiting. */
export type TeamAuthors = Record<string, { author: string; sharedAt: string; conflict: boolean }>;

export interface TeamConflictView {
  id: string;
  /** This device's version against the other device's, with the compare view's wording. */
  comparison: RevisionComparison;
  mine: AssessmentFields;
  theirs: AssessmentFields & { author: string; updatedAt: string };
}

export const teamConnectSchema = z
  .object({
    url: z.string().min(1).max(2000),
    password: z.string().max(1000).optional(),
  })
  .strict();
