// The shape of one change in the team database's log, as db/team applies it and electron/team moves it. A revision
// carries its fields as canonical JSON (db/revision-identity.ts) so every device derives the same identity from it.
export type TeamChangeKind = 'revision' | 'trash' | 'restore';

/** What this device sends: a revision (changeId = its identity) or a move to/from the trash (parent = the head then). */
export interface OutgoingChange {
  changeId: string;
  kind: TeamChangeKind;
  assessmentId: string;
  parent: string | null;
  /** The revisions a conflict resolution settles (empty otherwise). */
  replaces: string[];
  fields: string | null;
  createdAt: string | null;
  updatedAt: string | null;
}

/** What the team database answers: the change with its sequence number, author (team role) and device. */
export interface TeamChange extends OutgoingChange {
  seq: number;
  author: string;
  deviceId: string;
  sharedAt: string;
}

/** A change of the team's log this device could not read, set aside: its sequence number, id and the reason. */
export interface SkippedChange {
  seq: number;
  id: string;
  assessmentId: string | null;
  reason: string;
}
