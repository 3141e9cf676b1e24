// Bundles: exporting assessments with their revisions, and importing them by history (never by clocks), all in one
// transaction. Never silently overwrites local work: what does not descend from it is kept as a copy and reported.
import { randomUUID } from 'node:crypto';

import type { Database } from 'better-sqlite3';

import { type AssessmentFields, assessmentFieldsSchema, MAX_REVISION_NUMBER, type Revision } from '../shared/assessment';
import { type Bundle, BUNDLE_FORMAT, BUNDLE_VERSION, type BundleAssessment, type BundleRevision, bundleSchema } from '../shared/bundle';
import { recommend } from '../shared/engine';
import { AppError, parseInput } from '../shared/errors';
import {
  contactJson,
  dealJson,
  hasContactColumn,
  hasLanguageColumn,
  insertAssessmentRow,
  languageColumn,
  requireAssessment,
  requirementsJson,
  scopeJson,
  searchWordsOfFields,
} from './assessments';
import { dropClientIfUnused, getClient, linkClient } from './clients';
import { canonicalFieldsJson, revisionIdentity } from './revision-identity';
import { appendRevisions, listRevisions, renumberRevisions, revisionHistory, type RevisionState } from './revisions';
import { hasSearchWords, setSearchWords } from './search-words';
import { statement } from './statements';

const COPY_SUFFIX = ' (imported copy)';

/**
 * Checks a parsed JSON value against the bundle format. Throws an AppError naming the first thing wrong
 * (`assessments[2].requirements.auth: expected one of ...`); a bundle from a newer format version is named as such.
 */
export function parseBundle(input: unknown): Bundle {
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
    const { format, version } = input as { format?: unknown; version?: unknown };
    if (format === BUNDLE_FORMAT && typeof version === 'number' && version > BUNDLE_VERSION) {
      throw new AppError(
        'unsupported',
        `version: this bundle was written by a newer Scopewise (format version ${version}); this one reads version ${BUNDLE_VERSION}`,
        'version',
        'bundle_newer',
        { version: String(version) },
      );
    }
  }
  return parseInput(bundleSchema, input, '');
}

/** One assessment as a bundle carries it: its fields, revisions (oldest first: every field, identity and parent), client details and recommendation. */
export function bundleAssessmentOf(db: Database, id: string): BundleAssessment {
  const saved = requireAssessment(db, id);
  const client = saved.clientId === null ? null : getClient(db, saved.clientId);
  const details = client === null ? {} : { contactPerson: client.contactPerson, email: client.email, industry: client.industry };
  return {
    id: saved.id,
    ...fieldsOf(saved),
    createdAt: saved.createdAt,
    updatedAt: saved.updatedAt,
    revisions: lineOfHead(listRevisions(db, id)).map((r) => ({
      number: r.number,
      id: r.id,
      parent: r.parent,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      ...r.fields,
    })),
    ...(client === null ? {} : { client: details }),
    recommendation: saved.recommendation,
  };
}

/** Every assessment named, with its revisions and client details, as one bundle. Unknown ids are a not_found error. */
export function exportBundle(db: Database, ids: readonly string[], now = new Date()): Bundle {
  return { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt: now.toISOString(), assessments: ids.map((id) => bundleAssessmentOf(db, id)) };
}

/** Throws the not_found error exportBundle would, for the first id with no assessment, without reading any. */
export function requireBundleIds(db: Database, ids: readonly string[]): void {
  for (const id of ids) {
    if (statement(db, 'SELECT 1 FROM assessments WHERE id = ?').get(id) === undefined)
      throw new AppError('not_found', `no assessment with id ${id}`, 'id', 'assessment_not_found');
  }
}

/**
 * The revisions that lead to the head, oldest first: the whole list unless a team conflict was settled here by
 * another device's resolution (db/team/apply.ts), after which this device's own side is a branch off that line; it
 * stays in this database and in the team's, and a bundle carries the line a receiver can check parent by parent.
 */
function lineOfHead(revisions: readonly Revision[]): Revision[] {
  const byId = new Map(revisions.map((r) => [r.id, r]));
  const line: Revision[] = [];
  for (let at = revisions.at(-1); at !== undefined; at = at.parent === null ? undefined : byId.get(at.parent)) line.push(at);
  return line.reverse();
}

export interface ImportReport {
  /** New here: imported under their own ids. */
  added: string[];
  /** Known here, and the bundle carried later work made from the state here: brought up to date. */
  updated: string[];
  /** Of `updated`, those that were in the trash here: the later work brought them back out. */
  restored: string[];
  /** Known here, and the bundle had nothing this history has not already got. `inTrash`: it stays in the trash. */
  skipped: { id: string; reason: 'unchanged' | 'older'; inTrash?: true }[];
  /**
   * Known here with work on both sides that the other lacks: the bundle's version was kept alongside, under a new id.
   * `inTrash`: the one here is in the trash (and stays there); the copy is live.
   */
  copies: { id: string; copyId: string; projectTitle: string; inTrash?: true }[];
}

/** An assessment's incoming state as imports and team pulls apply it (db/team/apply.ts reuses fastForward). */
export interface Incoming {
  fields: AssessmentFields;
  createdAt: string;
  updatedAt: string;
  revisions: RevisionState[];
  /** The revisions' identities under the bundle's assessment id, oldest first. */
  identities: string[];
}

const iso = (value: string): string => new Date(value).toISOString();
const FIELD_KEYS = Object.keys(assessmentFieldsSchema.shape) as (keyof AssessmentFields)[];
const REQUIRED_KEYS = FIELD_KEYS.filter((key) => !assessmentFieldsSchema.shape[key].safeParse(undefined).success);

/**
 * The assessment fields of anything that carries them (every field the schema knows, including ones added later).
 * A null optional field (no scope) is left out like an absent one, so it never changes a revision's identity.
 */
function fieldsOf(source: Partial<AssessmentFields>): AssessmentFields {
  const fields: Record<string, unknown> = {};
  for (const key of FIELD_KEYS) if (source[key] !== undefined && source[key] !== null) fields[key] = source[key];
  return fields as AssessmentFields;
}

/** A bundle revision's fields: what it carries, with any required field it leaves out (version 1) taken from the assessment. */
function revisionFields(revision: BundleRevision, current: AssessmentFields): AssessmentFields {
  const fields = fieldsOf(revision) as Partial<AssessmentFields> as Record<string, unknown>;
  for (const key of REQUIRED_KEYS) if (fields[key] === undefined) fields[key] = current[key];
  return fields as AssessmentFields;
}

/**
 * The bundle's assessment as it will be stored: UTC times, every revision with all its fields and its identity
 * (checked against any the bundle states), a last revision equal to the current fields, numbers within the bound.
 */
function normalise(assessment: BundleAssessment, index: number): Incoming {
  const id = assessment.id.toLowerCase();
  const current = fieldsOf(assessment);
  const revisions: RevisionState[] = assessment.revisions.map((r) => ({
    number: r.number,
    fields: revisionFields(r, current),
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  }));
  const identities: string[] = [];
  revisions.forEach((revision, i) => {
    const stated = assessment.revisions[i]!;
    const parent = identities.at(-1) ?? null;
    const where = `assessments[${index}].revisions[${i}]`;
    if (stated.parent !== undefined && stated.parent !== parent) {
      throw new AppError('invalid_input', `${where}.parent: does not match the revision listed before it`, `${where}.parent`);
    }
    const identity = revisionIdentity(id, parent, canonicalFieldsJson(revision.fields));
    if (stated.id !== undefined && stated.id !== identity) {
      throw new AppError('invalid_input', `${where}.id: does not match the revision's content (changed after it was exported?)`, `${where}.id`);
    }
    identities.push(identity);
  });
  const last = revisions.at(-1);
  const currentJson = canonicalFieldsJson(current);
  if (last === undefined || canonicalFieldsJson(last.fields) !== currentJson) {
    revisions.push({ number: (last?.number ?? 0) + 1, fields: current, createdAt: iso(assessment.updatedAt), updatedAt: iso(assessment.updatedAt) });
    identities.push(revisionIdentity(id, identities.at(-1) ?? null, currentJson));
  }
  // Numbers are only places in a list: past the bound (2^53-1 included) they are given again, 1..n, in order.
  if (revisions.some((r) => r.number > MAX_REVISION_NUMBER)) revisions.forEach((r, i) => (r.number = i + 1));
  return { fields: current, createdAt: iso(assessment.createdAt), updatedAt: iso(assessment.updatedAt), revisions, identities };
}

/** A new assessment from the bundle, under `id`: its revisions sealed (a later save here starts a new one). */
function insertIncoming(db: Database, id: string, incoming: Incoming, now: Date): void {
  const revision = incoming.revisions.at(-1)!.number;
  const recommendation = insertAssessmentRow(db, incoming.fields, { id, createdAt: incoming.createdAt, updatedAt: incoming.updatedAt, revision }, now);
  appendRevisions(db, id, incoming.revisions, { parent: null, sealed: true, lastRecommendation: recommendation });
}

/** Fills in a client's blank contact details from the bundle; details already here are never replaced. */
function mergeClientDetails(db: Database, clientName: string, details: BundleAssessment['client'], now: Date): void {
  if (details === undefined) return;
  const clientId = linkClient(db, clientName, now);
  if (clientId === null) return;
  statement(
    db,
    `UPDATE clients SET contact_person = CASE contact_person WHEN '' THEN @contactPerson ELSE contact_person END,
       email = CASE email WHEN '' THEN @email ELSE email END, industry = CASE industry WHEN '' THEN @industry ELSE industry END
     WHERE id = @id`,
  ).run({ id: clientId, contactPerson: details.contactPerson ?? '', email: details.email ?? '', industry: details.industry ?? '' });
}

type Outcome = { kind: 'unchanged' | 'older' | 'conflict' } | { kind: 'newer'; later: RevisionState[]; parent: string };

/**
 * How the bundle's history relates to the one here, by revision identities alone (timestamps play no part):
 * the same head is unchanged; a head this history already holds is older; a history that holds the local head
 * continues it (newer); anything else means both sides have work the other lacks (conflict).
 */
function compare(localHistory: readonly string[], incoming: Incoming): Outcome {
  const localHead = localHistory.at(-1)!;
  const incomingHead = incoming.identities.at(-1)!;
  if (localHead === incomingHead) return { kind: 'unchanged' };
  if (localHistory.includes(incomingHead)) return { kind: 'older' };
  const from = incoming.identities.indexOf(localHead);
  if (from >= 0) return { kind: 'newer', later: incoming.revisions.slice(from + 1), parent: localHead };
  return { kind: 'conflict' };
}

export interface ImportOptions {
  now?: Date;
  /**
   * Told after each assessment, inside the import's transaction: `done` of `total`. A throw (a cancelled import) rolls
   * the whole import back: nothing is written.
   */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Imports a parsed bundle in one transaction. For an id already here, the revision identities decide: the same or an
 * older state is skipped; a later state of the same work updates it (its history kept, the new revisions appended,
 * out of the trash if it was there); anything else is kept as a copy under a new id and reported.
 */
export function importBundle(db: Database, bundle: Bundle, options: ImportOptions = {}): ImportReport {
  const now = options.now ?? new Date();
  const total = bundle.assessments.length;
  const report: ImportReport = { added: [], updated: [], restored: [], skipped: [], copies: [] };
  const incomings = bundle.assessments.map(normalise);
  db.transaction(() => {
    bundle.assessments.forEach((assessment, index) => {
      const id = assessment.id.toLowerCase();
      const incoming = incomings[index]!;
      const local = statement(db, 'SELECT revision, deleted_at FROM assessments WHERE id = ?').get(id) as
        { revision: number; deleted_at: string | null } | undefined;
      if (local === undefined) {
        insertIncoming(db, id, incoming, now);
        report.added.push(id);
      } else {
        const inTrash = local.deleted_at !== null ? ({ inTrash: true } as const) : {};
        const outcome = compare(revisionHistory(db, id), incoming);
        if (outcome.kind === 'unchanged' || outcome.kind === 'older') report.skipped.push({ id, reason: outcome.kind, ...inTrash });
        else if (outcome.kind === 'newer') {
          fastForward(db, id, incoming, outcome.later, outcome.parent, now);
          report.updated.push(id);
          if (local.deleted_at !== null) report.restored.push(id);
        } else {
          const copyId = randomUUID();
          const projectTitle = `${incoming.fields.projectTitle.slice(0, 300 - COPY_SUFFIX.length)}${COPY_SUFFIX}`;
          insertCopy(db, copyId, incoming, projectTitle, now);
          report.copies.push({ id, copyId, projectTitle, ...inTrash });
        }
      }
      mergeClientDetails(db, assessment.clientName, assessment.client, now);
      options.onProgress?.(index + 1, total);
    });
  }).immediate();
  return report;
}

/** The bundle's version kept beside the one here: its history, then one more revision giving it the copy's title. */
function insertCopy(db: Database, copyId: string, incoming: Incoming, projectTitle: string, now: Date): void {
  const fields = { ...incoming.fields, projectTitle };
  const at = now.toISOString();
  const renamed: RevisionState = { number: incoming.revisions.at(-1)!.number + 1, fields, createdAt: at, updatedAt: at };
  const revisions = [...incoming.revisions, renamed];
  if (renamed.number > MAX_REVISION_NUMBER) revisions.forEach((r, i) => (r.number = i + 1));
  const recommendation = insertAssessmentRow(db, fields, { id: copyId, createdAt: incoming.createdAt, updatedAt: at, revision: revisions.at(-1)!.number }, now);
  appendRevisions(db, copyId, revisions, { parent: null, sealed: true, lastRecommendation: recommendation });
}

/** Brings a local assessment forward to the bundle's later state: appends the revisions made after the local head. */
export function fastForward(db: Database, id: string, incoming: Incoming, later: RevisionState[], parent: string, now: Date): void {
  let first = (statement(db, 'SELECT max(number) FROM revisions WHERE assessment_id = ?').pluck().get(id) as number) + 1;
  if (first + later.length - 1 > MAX_REVISION_NUMBER) first = renumberRevisions(db, id) + 1;
  const recommendation = recommend(incoming.fields.requirements);
  const { number } = appendRevisions(db, id, later, { parent, firstNumber: first, sealed: true, lastRecommendation: recommendation });
  const previousClient = (statement(db, 'SELECT client_id FROM assessments WHERE id = ?').get(id) as { client_id: string | null }).client_id;
  const clientId = linkClient(db, incoming.fields.clientName, now);
  statement(
    db,
    `UPDATE assessments SET client_id = @clientId, client_name = @clientName, project_title = @projectTitle, consultant = @consultant,
       status = @status, requirements = @requirements, notes = @notes, recommended = @recommended,
       confidence = @confidence, engine_version = @engineVersion, revision = @revision, updated_at = @updatedAt, deleted_at = NULL,
       scope = @scope, deal = @deal${hasContactColumn(db) ? ', client_contact = @clientContact' : ''}${hasLanguageColumn(db) ? ', proposal_language = @proposalLanguage' : ''}${setSearchWords(db)}
     WHERE id = @id`,
  ).run({
    id,
    clientId,
    clientName: incoming.fields.clientName,
    projectTitle: incoming.fields.projectTitle,
    consultant: incoming.fields.consultant,
    status: incoming.fields.status,
    requirements: requirementsJson(incoming.fields.requirements),
    notes: incoming.fields.notes,
    recommended: recommendation.recommended,
    confidence: recommendation.confidence,
    engineVersion: recommendation.engineVersion,
    revision: number,
    updatedAt: incoming.updatedAt,
    scope: scopeJson(incoming.fields.scope),
    deal: dealJson(incoming.fields.deal),
    ...(hasContactColumn(db) ? { clientContact: contactJson(incoming.fields) } : {}),
    ...(hasLanguageColumn(db) ? { proposalLanguage: languageColumn(incoming.fields.proposalLanguage) } : {}),
    ...(hasSearchWords(db) ? { searchWords: searchWordsOfFields(incoming.fields, requirementsJson(incoming.fields.requirements)) } : {}),
  });
  if (clientId !== previousClient) dropClientIfUnused(db, previousClient);
}
