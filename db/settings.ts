// Settings: the branding printed on proposals, the proposal settings (locale, terms, numbering) and the app's language,
// each stored as one JSON value; the branding's defaults carry no consultancy's details (shared/branding.ts).
import type { Database } from 'better-sqlite3';

import {
  type Branding,
  brandingSchema,
  DEFAULT_BRANDING,
  DEFAULT_PROPOSAL_SETTINGS,
  LEGACY_PLACEHOLDER_COMPANY,
  type ProposalSettings,
  proposalSettingsSchema,
} from '../shared/branding';
import { parseInput } from '../shared/errors';
import { isUiLanguage, type UiLanguage, uiLanguageSchema } from '../shared/i18n/language';
import { statement } from './statements';

const BRANDING_KEY = 'branding';

/**
 * The saved branding, or the defaults. A stored value from an older version is completed with today's defaults, and
 * the English placeholder name older versions saved along with the other fields reads as no name.
 */
export function getBranding(db: Database): Branding {
  const row = statement(db, 'SELECT value FROM settings WHERE key = ?').get(BRANDING_KEY) as { value: string } | undefined;
  if (row === undefined) return { ...DEFAULT_BRANDING };
  const merged = { ...DEFAULT_BRANDING, ...(JSON.parse(row.value) as Partial<Branding>) };
  if (merged.companyName === LEGACY_PLACEHOLDER_COMPANY) merged.companyName = '';
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

/** Back to the defaults: no consultancy's details. */
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

const UI_LANGUAGE_KEY = 'uiLanguage';

/** The language the consultant chose for the app's screens, or null when none was chosen (the app follows the system). */
export function getUiLanguage(db: Database): UiLanguage | null {
  const row = statement(db, 'SELECT value FROM settings WHERE key = ?').get(UI_LANGUAGE_KEY) as { value: string } | undefined;
  if (row === undefined) return null;
  const stored: unknown = JSON.parse(row.value);
  return isUiLanguage(stored) ? stored : null;
}

/** Saves the app's language after checking it is one the app speaks (an AppError names `uiLanguage` otherwise). */
export function saveUiLanguage(db: Database, language: UiLanguage): UiLanguage {
  const valid = parseInput(uiLanguageSchema, language, 'uiLanguage');
  statement(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    UI_LANGUAGE_KEY,
    JSON.stringify(valid),
  );
  return valid;
}
