// Settings: the rate card (roles and day rates, currency, PM/QA/contingency defaults, validity), stored as one JSON
// value beside the branding. A new scope copies it (shared/scope/schema.ts emptyScope), so changing it alters no scope.
import type { Database } from 'better-sqlite3';

import { parseInput } from '../shared/errors';
import type { ProposalLanguage } from '../shared/i18n/language';
import { defaultRateCard, type RateCard, rateCardSchema } from '../shared/scope/schema';
import { statement } from './statements';

const RATE_CARD_KEY = 'rateCard';

/**
 * The saved rate card, or the defaults (also when a stored value no longer passes the schema), their roles named in
 * `language` (the app's: the consultant reads and edits them); a saved card keeps the names it was saved with.
 */
export function getRateCard(db: Database, language: ProposalLanguage = 'en'): RateCard {
  const row = statement(db, 'SELECT value FROM settings WHERE key = ?').get(RATE_CARD_KEY) as { value: string } | undefined;
  if (row === undefined) return defaultRateCard(language);
  const parsed = rateCardSchema.safeParse({ ...defaultRateCard(language), ...(JSON.parse(row.value) as Partial<RateCard>) });
  return parsed.success ? parsed.data : defaultRateCard(language);
}

/** Saves the rate card after checking it against the schema (an AppError names a bad field; nothing is written then). */
export function saveRateCard(db: Database, rateCard: RateCard): RateCard {
  const valid = parseInput(rateCardSchema, rateCard, 'rateCard');
  statement(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    RATE_CARD_KEY,
    JSON.stringify(valid),
  );
  return valid;
}
