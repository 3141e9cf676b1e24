// Bundles: exporting assessments with their revisions, and importing them under PRODUCT.md's conflict rules,
// all in one transaction. Never silently overwrites newer work: what cannot be merged safely is kept as a copy.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { AssessmentFields } from '../shared/assessment';
import { BUNDLE_FORMAT, BUNDLE_VERSION, bundleSchema, type Bundle, type BundleAssessment } from '../shared/bundle';
import { recommend, type Requirements } from '../shared/engine';
import { AppError, parseInput } from '../shared/errors';
import { insertAssessmentRow, insertRevision, requireAssessment, requirementsJson } from './assessments';
import { dropClientIfUnused, getClient, linkClient } from './clients';
import { listRevisions } from './revisions';
import { packRecommendation } from './snapshot';
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
      throw new AppError('unsupported', `version: this bundle was written by a newer Scopewise (format version ${version}); this one reads version ${BUNDLE_VERSION}`, 'version');
    }
  }
  return parseInput(bundleSchema, input, '');
}

/** One assessment as a bundle carries it: its fields, revisions (oldest first), client details and recommendation. */
export function bundleAssessmentOf(db: Database, id: string): BundleAssessment {
  const saved = requireAssessment(db, id);
  const client = saved.clientId === null ? null : getClient(db, saved.clientId);
  const details = client === null ? {} : { contactPerson: client.contactPerson, email: client.email, industry: client.industry };
  return {
    id: saved.id,
    clientName: saved.clientName,
    projectTitle: saved.projectTitle,
    consultant: saved.consultant,
    status: saved.status,
    requirements: saved.requirements,
    notes: saved.notes,
    createdAt: saved.createdAt,
    updatedAt: saved.updatedAt,
    revisions: listRevisions(db, id).map((r) => ({ number: r.number, createdAt: r.createdAt, updatedAt: r.updatedAt, requirements: r.requirements, notes: r.notes })),
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
    if (statement(db, 'SELECT 1 FROM assessments WHERE id = ?').get(id) === undefined) throw new AppError('not_found', `no assessment with id ${id}`, 'id');
  }
}

export interface ImportReport {
  /** New here: imported under their own ids. */
  added: string[];
  /** Known here, and the bundle carried a later state of the same work: brought up to date. */
  updated: string[];
  /** Known here, and the bundle had nothing newer. */
  skipped: { id: string; reason: 'unchanged' | 'older' }[];
  /** Known here with different work on both sides: the bundle's version was kept alongside, under a new id. */
  copies: { id: string; copyId: string; projectTitle: string }[];
}

interface Incoming {
  fields: AssessmentFields;
  createdAt: string;
  updatedAt: string;
  revisions: { number: number; createdAt: string; updatedAt: string; requirements: string; notes: string }[];
}

const iso = (value: string): string => new Date(value).toISOString();
const contentKey = (requirements: string, notes: string): string => `${requirements}\u0000${notes}`;

/** The bundle's assessment as it will be stored: UTC times, and a last revision that matches the current content. */
function normalise(assessment: BundleAssessment): Incoming {
  const requirements = requirementsJson(assessment.requirements);
  const revisions = assessment.revisions.map((r) => ({ number: r.number, createdAt: iso(r.createdAt), updatedAt: iso(r.updatedAt), requirements: requirementsJson(r.requirements), notes: r.notes }));
  const last = revisions.at(-1);
  if (last === undefined || contentKey(last.requirements, last.notes) !== contentKey(requirements, assessment.notes)) {
    revisions.push({ number: (last?.number ?? 0) + 1, createdAt: iso(assessment.updatedAt), updatedAt: iso(assessment.updatedAt), requirements, notes: assessment.notes });
  }
  const { clientName, projectTitle, consultant, status, notes } = assessment;
  return {
    fields: { clientName, projectTitle, consultant, status, notes, requirements: assessment.requirements },
    createdAt: iso(assessment.createdAt),
    updatedAt: iso(assessment.updatedAt),
    revisions,
  };
}

function insertRevisions(db: Database, id: string, revisions: Incoming['revisions'], renumberFrom?: number): number {
  let number = 0;
  revisions.forEach((revision, index) => {
    number = renumberFrom === undefined ? revision.number : renumberFrom + index;
    const recommendation = recommend(JSON.parse(revision.requirements) as Requirements);
    insertRevision(db, id, { ...revision, number, recommended: recommendation.recommended, engineVersion: recommendation.engineVersion });
  });
  return number;
}

function insertIncoming(db: Database, id: string, incoming: Incoming, now: Date): void {
  const revision = incoming.revisions.at(-1)!.number;
  insertAssessmentRow(db, incoming.fields, { id, createdAt: incoming.createdAt, updatedAt: incoming.updatedAt, revision }, now);
  insertRevisions(db, id, incoming.revisions);
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

interface LocalRow {
  client_name: string;
  project_title: string;
  consultant: string;
  status: string;
  requirements: string;
  notes: string;
  revision: number;
  updated_at: string;
}

/**
 * Imports a parsed bundle in one transaction. For an id already here: the same content is skipped; content this
 * database already went past is skipped as older; a later state of the same work updates it (its history kept, the
 * new revisions appended); anything else — both sides changed — is kept as a copy under a new id and reported.
 */
export function importBundle(db: Database, bundle: Bundle, options: { now?: Date } = {}): ImportReport {
  const now = options.now ?? new Date();
  const report: ImportReport = { added: [], updated: [], skipped: [], copies: [] };
  db.transaction(() => {
    for (const assessment of bundle.assessments) {
      const id = assessment.id.toLowerCase();
      const incoming = normalise(assessment);
      const local = statement(db, 'SELECT * FROM assessments WHERE id = ?').get(id) as LocalRow | undefined;
      if (local === undefined) {
        insertIncoming(db, id, incoming, now);
        report.added.push(id);
      } else {
        const outcome = compare(db, id, local, incoming);
        if (outcome === 'unchanged' || outcome === 'older') report.skipped.push({ id, reason: outcome });
        else if (outcome === 'newer') {
          fastForward(db, id, local, incoming, now);
          report.updated.push(id);
        } else {
          const copyId = randomUUID();
          const projectTitle = `${incoming.fields.projectTitle.slice(0, 300 - COPY_SUFFIX.length)}${COPY_SUFFIX}`;
          insertIncoming(db, copyId, { ...incoming, fields: { ...incoming.fields, projectTitle } }, now);
          report.copies.push({ id, copyId, projectTitle });
        }
      }
      mergeClientDetails(db, assessment.clientName, assessment.client, now);
    }
  }).immediate();
  return report;
}

function compare(db: Database, id: string, local: LocalRow, incoming: Incoming): 'unchanged' | 'older' | 'newer' | 'conflict' {
  const f = incoming.fields;
  const sameMeta = f.clientName === local.client_name && f.projectTitle === local.project_title && f.consultant === local.consultant && f.status === local.status;
  const localKey = contentKey(local.requirements, local.notes);
  const incomingKey = contentKey(requirementsJson(f.requirements), f.notes);
  if (localKey === incomingKey) {
    if (sameMeta) return 'unchanged';
    if (incoming.updatedAt === local.updated_at) return 'conflict';
    return incoming.updatedAt > local.updated_at ? 'newer' : 'older';
  }
  const localHistory = new Set((statement(db, 'SELECT requirements, notes FROM revisions WHERE assessment_id = ?').all(id) as { requirements: string; notes: string }[]).map((r) => contentKey(r.requirements, r.notes)));
  if (localHistory.has(incomingKey) && incoming.updatedAt <= local.updated_at) return 'older';
  if (incoming.revisions.some((r) => contentKey(r.requirements, r.notes) === localKey) && incoming.updatedAt >= local.updated_at) return 'newer';
  return 'conflict';
}

/** Brings a local assessment forward to the bundle's later state, appending the revisions made after the local one. */
function fastForward(db: Database, id: string, local: LocalRow, incoming: Incoming, now: Date): void {
  const localKey = contentKey(local.requirements, local.notes);
  let from = -1;
  incoming.revisions.forEach((r, index) => {
    if (contentKey(r.requirements, r.notes) === localKey) from = index;
  });
  const later = incoming.revisions.slice(from + 1);
  const revision = later.length === 0 ? local.revision : insertRevisions(db, id, later, local.revision + 1);
  const requirements = requirementsJson(incoming.fields.requirements);
  const recommendation = recommend(incoming.fields.requirements);
  const previousClient = (statement(db, 'SELECT client_id FROM assessments WHERE id = ?').get(id) as { client_id: string | null }).client_id;
  const clientId = linkClient(db, incoming.fields.clientName, now);
  statement(
    db,
    `UPDATE assessments SET client_id = @clientId, client_name = @clientName, project_title = @projectTitle, consultant = @consultant,
       status = @status, requirements = @requirements, notes = @notes, recommendation = @recommendation, recommended = @recommended,
       confidence = @confidence, engine_version = @engineVersion, revision = @revision, updated_at = @updatedAt
     WHERE id = @id`,
  ).run({
    id,
    clientId,
    clientName: incoming.fields.clientName,
    projectTitle: incoming.fields.projectTitle,
    consultant: incoming.fields.consultant,
    status: incoming.fields.status,
    requirements,
    notes: incoming.fields.notes,
    recommendation: packRecommendation(recommendation),
    recommended: recommendation.recommended,
    confidence: recommendation.confidence,
    engineVersion: recommendation.engineVersion,
    revision,
    updatedAt: incoming.updatedAt,
  });
  if (clientId !== previousClient) dropClientIfUnused(db, previousClient);
}
