// Settings: the rate card (roles and day rates, currency, PM/QA/contingency defaults, validity), stored as one JSON
// value beside the branding. A new scope copies it (shared/scope/schema.ts emptyScope), so changing it alters no scope.
import type { Database } from 'better-sqlite3';
import { parseInput } from '../shared/errors';
import { DEFAULT_RATE_CARD, rateCardSchema, type RateCard } from '../shared/scope/schema';
import { statement } from './statements';

const RATE_CARD_KEY = 'rateCard';

function defaults(): RateCard {
  return { ...DEFAULT_RATE_CARD, rates: DEFAULT_RATE_CARD.rates.map((rate) => ({ ...rate })) };
}

/** The saved rate card, or the defaults (also when a stored value no longer passes the schema). */
export function getRateCard(db: Database): RateCard {
  const row = statement(db, 'SELECT value FROM settings WHERE key = ?').get(RATE_CARD_KEY) as { value: string } | undefined;
  if (row === undefined) return defaults();
  const parsed = rateCardSchema.safeParse({ ...defaults(), ...(JSON.parse(row.value) as Partial<RateCard>) });
  return parsed.success ? parsed.data : defaults();
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
