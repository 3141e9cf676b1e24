// Settings: the branding printed on proposals, stored as one JSON value; defaults are the guide's consultancy.
import type { Database } from 'better-sqlite3';
import { brandingSchema, DEFAULT_BRANDING, type Branding } from '../shared/branding';
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
  statement(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(BRANDING_KEY, JSON.stringify(valid));
  return valid;
}

/** Back to the guide's consultancy. */
export function resetBranding(db: Database): Branding {
  statement(db, 'DELETE FROM settings WHERE key = ?').run(BRANDING_KEY);
  return { ...DEFAULT_BRANDING };
}
