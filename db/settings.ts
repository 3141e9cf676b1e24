// Settings: the branding printed on proposals and the proposal settings (locale, terms, numbering), each stored as one
// JSON value; the branding's defaults are the guide's consultancy.
import type { Database } from 'better-sqlite3';
import { brandingSchema, DEFAULT_BRANDING, DEFAULT_PROPOSAL_SETTINGS, proposalSettingsSchema, type Branding, type ProposalSettings } from '../shared/branding';
import { parseInput } from '../shared/errors';
import { statement } from './statements';

const BRANDING_KEY = 'branding';

/** The saved branding, or the defaults. A stored value from an older version is completed with today's defaults. */
export function getBranding(db: Database): Branding {
  const row = statement(db, 'SELECT value FROM settings WHERE key = ?').get(BRANDING_KEY) as { value: string } | undefined;
  if (row === undefined) return { ...DEFAULT_BRANDING };
  const merged = { ...DEFAULT_BRANDING, ...(JSON.parse(row.value) as Partial<Branding>) };
  const parsed = brandingSchema.safeParse(merged);
  return parsed.success ? parsed.data : { ...DEFAULT_BRANDING };
}

/** Saves the branding after checking it against the schema (an AppError names a bad field). */
export function saveBranding(db: Database, branding: Branding): Branding {
  const valid = parseInput(brandingSchema, branding, 'branding');
  statement(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    BRANDING_KEY,
    JSON.stringify(valid),
  );
  return valid;
}

/** Back to the guide's consultancy. */
export function resetBranding(db: Database): Branding {
  statement(db, 'DELETE FROM settings WHERE key = ?').run(BRANDING_KEY);
  return { ...DEFAULT_BRANDING };
}

const PROPOSAL_KEY = 'proposal';

/** The saved proposal settings completed with today's defaults (a value from an older version lacks newer fields). */
export function getProposalSettings(db: Database): ProposalSettings {
  const row = statement(db, 'SELECT value FROM settings WHERE key = ?').get(PROPOSAL_KEY) as { value: string } | undefined;
  if (row === undefined) return { ...DEFAULT_PROPOSAL_SETTINGS };
  const parsed = proposalSettingsSchema.safeParse({ ...DEFAULT_PROPOSAL_SETTINGS, ...(JSON.parse(row.value) as Partial<ProposalSettings>) });
  return parsed.success ? parsed.data : { ...DEFAULT_PROPOSAL_SETTINGS };
}

/** Saves the proposal settings after checking them (an AppError names a bad field). */
export function saveProposalSettings(db: Database, settings: ProposalSettings): ProposalSettings {
  const valid = parseInput(proposalSettingsSchema, settings, 'proposal');
  statement(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    PROPOSAL_KEY,
    JSON.stringify(valid),
  );
  return valid;
}
