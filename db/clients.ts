// The client directory: one entry per client name, with contact details. Assessments link to it by name as typed.
// A client with no details and no assessments left is only a stale name, and is dropped.
import { randomUUID } from 'node:crypto';

import type { Database } from 'better-sqlite3';

import type { Client, ClientDetails } from '../shared/client';
import { AppError } from '../shared/errors';
import { hasSearchWords, type SearchableRow, searchWordsOf } from './search-words';
import { statement } from './statements';

/** Two spellings that differ only in case or Unicode form name the same client. */
export function clientNameKey(name: string): string {
  return name.trim().normalize('NFC').toLowerCase();
}

interface ClientRow {
  id: string;
  name: string;
  contact_person: string;
  email: string;
  industry: string;
  created_at: string;
  updated_at: string;
  assessment_count: number;
}

function toClient(row: ClientRow): Client {
  return {
    id: row.id,
    name: row.name,
    contactPerson: row.contact_person,
    email: row.email,
    industry: row.industry,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    assessmentCount: row.assessment_count,
  };
}

const SELECT_CLIENT = `SELECT c.*, (SELECT count(*) FROM assessments a WHERE a.client_id = c.id) AS assessment_count FROM clients c`;

/** The id of the client with this name, created when new; null for a blank name. */
export function linkClient(db: Database, name: string, now: Date): string | null {
  const key = clientNameKey(name);
  if (key === '') return null;
  const found = statement(db, 'SELECT id FROM clients WHERE name_key = ?').get(key) as { id: string } | undefined;
  if (found !== undefined) return found.id;
  const id = randomUUID();
  const at = now.toISOString();
  statement(db, 'INSERT INTO clients (id, name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(id, name.trim(), key, at, at);
  return id;
}

/** Drops a client that no assessment names any more and that holds no details. */
export function dropClientIfUnused(db: Database, clientId: string | null): void {
  if (clientId === null) return;
  statement(
    db,
    `DELETE FROM clients WHERE id = ? AND contact_person = '' AND email = '' AND industry = ''
       AND NOT EXISTS (SELECT 1 FROM assessments WHERE client_id = clients.id)`,
  ).run(clientId);
}

export function listClients(db: Database): Client[] {
  return (statement(db, `${SELECT_CLIENT} ORDER BY c.name COLLATE NOCASE, c.id`).all() as ClientRow[]).map(toClient);
}

export function getClient(db: Database, id: string): Client | null {
  const row = statement(db, `${SELECT_CLIENT} WHERE c.id = ?`).get(id) as ClientRow | undefined;
  return row === undefined ? null : toClient(row);
}

/** Changes a client's details; a new name is carried to every assessment that links to the client. */
export function updateClient(db: Database, id: string, details: ClientDetails, now = new Date()): Client {
  return db
    .transaction((): Client => {
      const current = getClient(db, id);
      if (current === null) throw new AppError('not_found', `no client with id ${id}`, 'id');
      const at = now.toISOString();
      const name = details.name?.trim() ?? current.name;
      const key = clientNameKey(name);
      const clash = statement(db, 'SELECT id FROM clients WHERE name_key = ? AND id <> ?').get(key, id);
      if (clash !== undefined) throw new AppError('conflict', `another client is already named ${name}`, 'name');
      statement(db, 'UPDATE clients SET name = ?, name_key = ?, contact_person = ?, email = ?, industry = ?, updated_at = ? WHERE id = ?').run(
        name,
        key,
        details.contactPerson ?? current.contactPerson,
        details.email ?? current.email,
        details.industry ?? current.industry,
        at,
        id,
      );
      if (name !== current.name) {
        statement(db, 'UPDATE assessments SET client_name = ? WHERE client_id = ?').run(name, id);
        refreshSearchWords(db, id);
      }
      return getClient(db, id)!;
    })
    .immediate();
}

/** A renamed client's assessments: their unspaced search words follow the name (db/search-words.ts). */
function refreshSearchWords(db: Database, clientId: string): void {
  if (!hasSearchWords(db)) return;
  const rows = statement(
    db,
    'SELECT seq, client_name, project_title, consultant, notes, requirements, scope, search_words FROM assessments WHERE client_id = ?',
  ).all(clientId) as (SearchableRow & { seq: number; search_words: string | null })[];
  for (const row of rows) {
    const words = searchWordsOf(row);
    if (words !== row.search_words) statement(db, 'UPDATE assessments SET search_words = ? WHERE seq = ?').run(words, row.seq);
  }
}
