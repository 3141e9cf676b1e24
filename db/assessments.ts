// The assessments repository: create, read and save (revisions through revisions.ts; listing and search in list.ts).
// The row keeps the engine's verdict (framework and confidence, which the list shows and filters by), not the whole
// recommendation: that is this engine's answer for the row's answers, computed when read (migration 8).
// Plain synchronous functions over a Database, so the Electron main process, the HTTP bridge and the CLI share them.
import { randomUUID } from 'node:crypto';

import type { Database } from 'better-sqlite3';

import { type AssessmentFields, type AssessmentStatus, CONTACT_FIELDS, type ContactField, type Deal, type SavedAssessment } from '../shared/assessment';
import { type Confidence, ENGINE_VERSION, type Framework, recommend, type Recommendation, type Requirements } from '../shared/engine';
import { AppError } from '../shared/errors';
import { isProposalLanguage, type ProposalLanguage } from '../shared/i18n/language';
import type { Scope } from '../shared/scope/schema';
import { cleanTitle } from '../shared/title-text';
import { dropClientIfUnused, linkClient } from './clients';
import { startRevisions, type Verdict, writeRevision } from './revisions';
import { hasSearchWords, searchWordsOf, setSearchWords } from './search-words';
import { hasAssessmentColumn, statement } from './statements';

interface AssessmentRow {
  seq: number;
  id: string;
  client_id: string | null;
  client_name: string;
  project_title: string;
  consultant: string;
  status: AssessmentStatus;
  requirements: string;
  notes: string;
  recommended: Framework;
  confidence: Confidence;
  engine_version: string;
  revision: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  /** The scope as JSON (migration 003), or null: no scope yet. */
  scope: string | null;
  /** The deal as JSON (migration 012), or null: never sent. */
  deal: string | null;
  /** The proposal's language (migration 016), or null: English. */
  proposal_language: string | null;
  /** The client's contact person as JSON (migration 015), or null: none; absent on older schemas. */
  client_contact?: string | null;
}

const EMPTY_FIELDS: AssessmentFields = { clientName: '', projectTitle: '', consultant: '', status: 'draft', requirements: {}, notes: '' };

/** Requirements as stored: keys sorted, so equal records are equal text and "did it change?" is a string compare. */
export function requirementsJson(requirements: Requirements): string {
  const record = requirements as Record<string, unknown>;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) if (record[key] !== undefined) sorted[key] = record[key];
  return JSON.stringify(sorted);
}

/** The row as the API answers it; `known` is its recommendation when the caller has it at hand (a save just made it). */
function toSaved(row: AssessmentRow, known?: Recommendation): SavedAssessment {
  const requirements = JSON.parse(row.requirements) as Requirements;
  return {
    id: row.id,
    clientId: row.client_id,
    clientName: row.client_name,
    projectTitle: row.project_title,
    consultant: row.consultant,
    status: row.status,
    requirements,
    notes: row.notes,
    // As this engine sees the answers, whichever engine saved them (exported revisions keep the one they showed).
    recommendation: known ?? recommend(requirements),
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    scope: row.scope === null ? null : (JSON.parse(row.scope) as Scope),
    ...dealField(row.deal),
    ...contactField(row.client_contact ?? null),
    ...languageField(row.proposal_language),
  };
}

/** The client's contact person as fields: only the parts given, so revisions without one keep their identity. */
export function contactField(contact: string | null): Partial<Pick<AssessmentFields, ContactField>> {
  return contact === null ? {} : (JSON.parse(contact) as Partial<Pick<AssessmentFields, ContactField>>);
}

/** The contact as stored: JSON of the non-empty parts (names cleaned like titles), or null when none is given. */
export function contactJson(fields: Partial<AssessmentFields>): string | null {
  const contact: Partial<Record<ContactField, string>> = {};
  for (const key of CONTACT_FIELDS) {
    const value = fields[key];
    if (value !== undefined && value !== '') contact[key] = key === 'clientContactEmail' ? value : cleanTitle(value);
  }
  return Object.keys(contact).length === 0 ? null : JSON.stringify(contact);
}

/** Whether the connection's schema has `assessments.client_contact` (migration 15); see hasAssessmentColumn. */
export function hasContactColumn(db: Database): boolean {
  return hasAssessmentColumn(db, 'client_contact');
}

/** A stored proposal language as a field: absent for English (NULL), so revisions from before it keep their identity. */
export function languageField(language: string | null | undefined): { proposalLanguage?: ProposalLanguage } {
  return isProposalLanguage(language) && language !== 'en' ? { proposalLanguage: language } : {};
}

/** The proposal language as stored: its tag, or null for English. */
export function languageColumn(language: ProposalLanguage | undefined): string | null {
  return language === undefined || language === 'en' ? null : language;
}

/** Whether the connection's schema has `assessments.proposal_language` (migration 16); see hasAssessmentColumn. */
export function hasLanguageColumn(db: Database): boolean {
  return hasAssessmentColumn(db, 'proposal_language');
}

/** A stored deal as a field: absent when there is none, so revisions of assessments never sent keep their identity. */
export function dealField(deal: string | null): { deal?: Deal } {
  return deal === null ? {} : { deal: JSON.parse(deal) as Deal };
}

/** Whether the connection's schema has `assessments.deal` (migration 12); see hasAssessmentColumn. */
export function hasDealColumn(db: Database): boolean {
  return hasAssessmentColumn(db, 'deal');
}

/** The deal as stored: its JSON text, or null for none. */
export function dealJson(deal: Deal | undefined): string | null {
  return deal === undefined ? null : JSON.stringify(deal);
}

/** A stored scope as a field of a revision: absent when there is none, so revisions without a scope keep their identity. */
export function scopeField(scope: string | null): { scope?: Scope } {
  return scope === null ? {} : { scope: JSON.parse(scope) as Scope };
}

/** The scope as stored: its JSON text, or null for none (absent and null both mean "no scope yet"). */
export function scopeJson(scope: Scope | null | undefined): string | null {
  return scope === undefined || scope === null ? null : JSON.stringify(scope);
}

/** The stored columns of AssessmentRow: `*` would also compute list_key (migration 11), which no reader needs. */
const ROW_COLUMNS = `seq, id, client_id, client_name, project_title, consultant, status, requirements, notes, recommended, confidence,
  engine_version, revision, created_at, updated_at, deleted_at, scope, deal`;

function readRow(db: Database, id: string): AssessmentRow | undefined {
  const language = hasLanguageColumn(db) ? 'proposal_language' : 'NULL AS proposal_language';
  const columns = hasContactColumn(db) ? `${ROW_COLUMNS}, client_contact` : ROW_COLUMNS;
  return statement(db, `SELECT ${columns}, ${language} FROM assessments WHERE id = ?`).get(id) as AssessmentRow | undefined;
}

/** The assessment, live or in the trash, or null. */
export function getAssessment(db: Database, id: string): SavedAssessment | null {
  const row = readRow(db, id);
  return row === undefined ? null : toSaved(row);
}

/** The assessment, or a not_found error naming the id. */
export function requireAssessment(db: Database, id: string): SavedAssessment {
  const found = getAssessment(db, id);
  if (found === null) throw new AppError('not_found', `no assessment with id ${id}`, 'id', 'assessment_not_found');
  return found;
}

export interface WriteOptions {
  now?: Date;
}

export interface CreateOptions extends WriteOptions {
  /** A known id (bundle import, demo); a new UUID otherwise. */
  id?: string;
  createdAt?: string;
  updatedAt?: string;
}

/** The `search_words` of an assessment's fields (db/search-words.ts), its requirements already as stored JSON. */
export function searchWordsOfFields(fields: AssessmentFields, requirements: string): string | null {
  return searchWordsOf({
    client_name: fields.clientName,
    project_title: fields.projectTitle,
    consultant: fields.consultant,
    notes: fields.notes,
    requirements,
    scope: scopeJson(fields.scope),
  });
}

/** Inserts the assessment row; the caller adds its revisions. Used by create, import and demo alike. */
export function insertAssessmentRow(
  db: Database,
  fields: AssessmentFields,
  meta: { id: string; createdAt: string; updatedAt: string; revision: number; deletedAt?: string | null },
  now: Date,
): Recommendation {
  const requirements = requirementsJson(fields.requirements);
  const recommendation = recommend(fields.requirements);
  statement(
    db,
    `INSERT INTO assessments (id, client_id, client_name, project_title, consultant, status, requirements, notes,
       recommended, confidence, engine_version, revision, created_at, updated_at, deleted_at, scope${hasDealColumn(db) ? ', deal' : ''}${hasContactColumn(db) ? ', client_contact' : ''}${hasLanguageColumn(db) ? ', proposal_language' : ''}${hasSearchWords(db) ? ', search_words' : ''})
     VALUES (@id, @clientId, @clientName, @projectTitle, @consultant, @status, @requirements, @notes,
       @recommended, @confidence, @engineVersion, @revision, @createdAt, @updatedAt, @deletedAt, @scope${hasDealColumn(db) ? ', @deal' : ''}${hasContactColumn(db) ? ', @clientContact' : ''}${hasLanguageColumn(db) ? ', @proposalLanguage' : ''}${hasSearchWords(db) ? ', @searchWords' : ''})`,
  ).run({
    id: meta.id,
    clientId: linkClient(db, fields.clientName, now),
    clientName: fields.clientName,
    projectTitle: fields.projectTitle,
    consultant: fields.consultant,
    status: fields.status,
    requirements,
    notes: fields.notes,
    recommended: recommendation.recommended,
    confidence: recommendation.confidence,
    engineVersion: recommendation.engineVersion,
    revision: meta.revision,
    createdAt: meta.createdAt,
    updatedAt: meta.updatedAt,
    deletedAt: meta.deletedAt ?? null,
    scope: scopeJson(fields.scope),
    ...(hasDealColumn(db) ? { deal: dealJson(fields.deal) } : {}),
    ...(hasLanguageColumn(db) ? { proposalLanguage: languageColumn(fields.proposalLanguage) } : {}),
    ...(hasContactColumn(db) ? { clientContact: contactJson(fields) } : {}),
    ...(hasSearchWords(db) ? { searchWords: searchWordsOfFields(fields, requirements) } : {}),
  });
  return recommendation;
}

/** Creates an assessment (blank fields default to an empty draft) with its first revision. One transaction. */
/**
 * The titles as every boundary's schema leaves them (shared/title-text.ts), also for a caller that skipped the schema:
 * a revision's identity is computed over what is stored, and a bundle's import cleans the titles it reads, so stored
 * titles must already be clean for an export to import unchanged.
 */
function withCleanTitles<T extends { clientName: string; projectTitle: string }>(fields: T): T {
  return { ...fields, clientName: cleanTitle(fields.clientName), projectTitle: cleanTitle(fields.projectTitle) };
}

export function createAssessment(db: Database, fields: Partial<AssessmentFields> = {}, options: CreateOptions = {}): SavedAssessment {
  const now = options.now ?? new Date();
  const at = now.toISOString();
  const id = options.id ?? randomUUID();
  const given = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<AssessmentFields>;
  const { scope, clientContactName, clientContactRole, clientContactEmail, ...rest } = withCleanTitles({ ...EMPTY_FIELDS, ...given });
  // No scope is left out of the fields (not null), as revisions without one hold them; so is an empty contact part.
  const contact = contactField(contactJson({ clientContactName, clientContactRole, clientContactEmail }));
  const complete: AssessmentFields = scope === null || scope === undefined ? { ...rest, ...contact } : { ...rest, ...contact, scope };
  db.transaction(() => {
    if (readRow(db, id) !== undefined) throw new AppError('conflict', `an assessment with id ${id} already exists`, 'id');
    const createdAt = options.createdAt ?? at;
    const updatedAt = options.updatedAt ?? createdAt;
    const recommendation = insertAssessmentRow(db, complete, { id, createdAt, updatedAt, revision: 1 }, now);
    startRevisions(db, id, complete, recommendation, { createdAt, updatedAt });
  }).immediate();
  return requireAssessment(db, id);
}

/**
 * Saves changes to an assessment in one durable transaction. Any change (title, status, answers, notes, ...) goes into
 * a revision holding every field (revisions.ts: the latest one while it is open, else a new one), so any edit can be
 * recovered. The engine runs when the requirements (or the engine) changed: its verdict goes into the row, and its
 * recommendation is the answer. Nothing changed: nothing written.
 */
export function saveAssessment(db: Database, id: string, changes: Partial<AssessmentFields>, options: WriteOptions = {}): SavedAssessment {
  const now = options.now ?? new Date();
  const at = now.toISOString();
  return db
    .transaction((): SavedAssessment => {
      const current = readRow(db, id);
      if (current === undefined) throw new AppError('not_found', `no assessment with id ${id}`, 'id', 'assessment_not_found');
      const requirements = changes.requirements === undefined ? current.requirements : requirementsJson(changes.requirements);
      const next = {
        clientName: changes.clientName === undefined ? current.client_name : cleanTitle(changes.clientName),
        projectTitle: changes.projectTitle === undefined ? current.project_title : cleanTitle(changes.projectTitle),
        consultant: changes.consultant ?? current.consultant,
        status: changes.status ?? current.status,
        notes: changes.notes ?? current.notes,
      };
      const scope = changes.scope === undefined ? current.scope : scopeJson(changes.scope);
      const deal = changes.deal === undefined ? current.deal : dealJson(changes.deal);
      // English ('en') is stored as NULL; absent leaves it as it is; an older schema without the column stays English.
      const language = !hasLanguageColumn(db) || changes.proposalLanguage === undefined ? current.proposal_language : languageColumn(changes.proposalLanguage);
      const currentContact = current.client_contact ?? null;
      const contact = contactJson({ ...contactField(currentContact), ...definedContact(changes) });
      const changed =
        contact !== currentContact ||
        requirements !== current.requirements ||
        next.notes !== current.notes ||
        scope !== current.scope ||
        deal !== current.deal ||
        language !== current.proposal_language ||
        next.clientName !== current.client_name ||
        next.projectTitle !== current.project_title ||
        next.consultant !== current.consultant ||
        next.status !== current.status;
      if (!changed) return toSaved(current);

      const parsed = JSON.parse(requirements) as Requirements;
      let verdict: Verdict = { recommended: current.recommended, engineVersion: current.engine_version };
      let confidence = current.confidence;
      // Recomputed, it is also what the save answers.
      let fresh: Recommendation | undefined;
      if (requirements !== current.requirements || current.engine_version !== ENGINE_VERSION) {
        fresh = recommend(parsed);
        verdict = { recommended: fresh.recommended, engineVersion: fresh.engineVersion };
        confidence = fresh.confidence;
      }
      const revision = writeRevision(
        db,
        id,
        { ...next, requirements: parsed, ...scopeField(scope), ...dealField(deal), ...contactField(contact), ...languageField(language) },
        verdict,
        now,
      );

      const clientId = next.clientName === current.client_name ? current.client_id : linkClient(db, next.clientName, now);
      // An indexed column is assigned only when it changes: SQLite rewrites an index entry whenever one of its columns
      // is assigned, even to the same value, which would cost every save a page of each list index
      // (db/migrations/005-list-indexes.ts) and of assessments_client.
      const relinked = clientId !== current.client_id;
      const indexed = {
        client_id: relinked ? clientId : undefined,
        client_name: next.clientName !== current.client_name ? next.clientName : undefined,
        project_title: next.projectTitle !== current.project_title ? next.projectTitle : undefined,
        status: next.status !== current.status ? next.status : undefined,
        recommended: verdict.recommended !== current.recommended ? verdict.recommended : undefined,
        // The pipeline's indexes derive from it (migration 012).
        deal: deal !== current.deal ? deal : undefined,
      };
      const changedIndexed = Object.entries(indexed).filter(([, value]) => value !== undefined);
      statement(
        db,
        `UPDATE assessments SET ${changedIndexed.map(([name]) => `${name} = @${name}, `).join('')}consultant = @consultant, requirements = @requirements,
           notes = @notes, confidence = @confidence, engine_version = @engineVersion, revision = @revision,
           updated_at = @updatedAt, scope = @scope${hasContactColumn(db) ? ', client_contact = @clientContact' : ''}${hasLanguageColumn(db) ? ', proposal_language = @proposalLanguage' : ''}${setSearchWords(db)}
         WHERE seq = @seq`,
      ).run({
        ...Object.fromEntries(changedIndexed),
        consultant: next.consultant,
        requirements,
        notes: next.notes,
        confidence,
        engineVersion: verdict.engineVersion,
        revision,
        updatedAt: at,
        seq: current.seq,
        scope,
        ...(hasLanguageColumn(db) ? { proposalLanguage: language } : {}),
        ...(hasContactColumn(db) ? { clientContact: contact } : {}),
        ...(hasSearchWords(db)
          ? {
              searchWords: searchWordsOf({
                client_name: next.clientName,
                project_title: next.projectTitle,
                consultant: next.consultant,
                notes: next.notes,
                requirements,
                scope,
              }),
            }
          : {}),
      });
      if (relinked) dropClientIfUnused(db, current.client_id);
      return toSaved(
        {
          ...current,
          client_id: clientId,
          client_name: next.clientName,
          project_title: next.projectTitle,
          consultant: next.consultant,
          status: next.status,
          requirements,
          notes: next.notes,
          scope,
          deal,
          proposal_language: language,
          client_contact: contact,
          recommended: verdict.recommended,
          confidence,
          engine_version: verdict.engineVersion,
          revision,
          updated_at: at,
        },
        fresh,
      );
    })
    .immediate();
}

/** The contact parts a save changes: those given (an empty one clears its part), without the ones left out. */
function definedContact(changes: Partial<AssessmentFields>): Partial<Pick<AssessmentFields, ContactField>> {
  return Object.fromEntries(CONTACT_FIELDS.filter((key) => changes[key] !== undefined).map((key) => [key, changes[key]]));
}
