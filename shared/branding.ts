// Branding: the consultancy's identity printed on every proposal. Schema and defaults only (nothing entered until the
// first run or Settings).
import { z } from 'zod';

import { PRICE_ROUNDINGS } from './scope/rounding';

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #1f4e79');

export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
export const TEAM_MAX = 8;
export const REFERENCES_MAX = 5;

/** One of the consultancy's people, printed in "Team and references": a name, a role and one line about them. */
export const teamMemberSchema = z
  .object({ name: z.string().trim().min(1).max(80), role: z.string().trim().max(80), line: z.string().trim().max(200) })
  .strict();
export type TeamMember = z.infer<typeof teamMemberSchema>;

/** A case study: the client, the outcome in a sentence, the year it was delivered. */
export const referenceSchema = z
  .object({ client: z.string().trim().min(1).max(120), outcome: z.string().trim().min(1).max(300), year: z.number().int().min(1990).max(2100) })
  .strict();
export type Reference = z.infer<typeof referenceSchema>;

export const brandingSchema = z
  .object({
    /** Empty until the consultancy enters it: the proposal then names "our consultancy" in the proposal's language. */
    companyName: z.string().trim().max(120),
    consultantName: z.string().max(120),
    email: z.string().max(200),
    website: z.string().max(200),
    phone: z.string().max(60),
    address: z.string().max(400),
    primaryColour: hexColour,
    accentColour: hexColour,
    /** PNG or JPEG bytes, base64 (no data: prefix); null when there is no logo. Validated by the proposal's logo check. */
    logo: z
      .object({ mime: z.enum(['image/png', 'image/jpeg']), base64: z.string().max(Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 4) })
      .strict()
      .nullable(),
    /** The consultancy's people for "Team and references"; absent or empty: none printed. */
    team: z.array(teamMemberSchema).max(TEAM_MAX).optional(),
    /** Up to five case studies for "Team and references"; absent or empty: none printed. */
    references: z.array(referenceSchema).max(REFERENCES_MAX).optional(),
  })
  .strict();

export type Branding = z.infer<typeof brandingSchema>;

/** The placeholder name older versions stored as the default; read as no name (db/settings.ts). */
export const LEGACY_PLACEHOLDER_COMPANY = 'Your consultancy';

/**
 * A new database's branding: no name and no contact details, until the first-run prompt or Settings. No placeholder name
 * is stored: one in English would print on every page of a proposal in the client's language.
 */
export const DEFAULT_BRANDING: Branding = {
  companyName: '',
  consultantName: '',
  email: '',
  website: '',
  phone: '',
  address: '',
  primaryColour: '#1f3a5f',
  accentColour: '#e07a1f',
  logo: null,
};

/**
 * How proposals are numbered, priced and dated: the locale numbers and dates are written in, the payment terms and how
 * long a proposal stays valid, and the proposal number format ({year} and {seq}, the sequence padded to four digits).
 */
export const proposalSettingsSchema = z
  .object({
    locale: z
      .string()
      .min(2)
      .max(35)
      .refine((tag) => {
        try {
          return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0;
        } catch {
          return false;
        }
      }, 'a language tag this app can format numbers for, like en-GB or de-DE'),
    paymentTerms: z.string().max(1000),
    validityDays: z.number().int().min(1).max(365),
    numberFormat: z
      .string()
      .min(1)
      .max(40)
      .refine((f) => f.includes('{seq}'), 'a format containing {seq} (the running number), like SW-{year}-{seq}'),
    /** Print the low–high range beside the expected price. */
    showRange: z.boolean(),
    /** Rounds the client edition's prices to 10, 100 or 1,000 of the currency unit (shared/scope/rounding.ts). */
    priceRounding: z.enum(PRICE_ROUNDINGS),
    /** Set once the consultant has confirmed or entered the consultancy's branding (the first-run prompt). */
    brandingConfirmed: z.boolean(),
  })
  .strict();

export type ProposalSettings = z.infer<typeof proposalSettingsSchema>;

export const DEFAULT_PROPOSAL_SETTINGS: ProposalSettings = {
  locale: 'en-GB',
  // No stages of its own: the payment schedule above it prints the scope's (`payments`), which this must not contradict.
  paymentTerms: 'Invoices are payable within 14 days. Changes to the scope are agreed in writing before work on them starts.',
  validityDays: 30,
  numberFormat: 'SW-{year}-{seq}',
  showRange: false,
  priceRounding: 'none',
  brandingConfirmed: false,
};

/**
 * What is wrong with a one-line-per-entry form: `error` in English, and the same as data for a window to word in its
 * language: the `line` that does not read, or the `most` entries allowed.
 */
export type LinesProblem = { error: string; line: number } | { error: string; most: number };

/**
 * Settings' one-line-per-entry forms: "Name — role — line" and "Client — outcome — year" (an em dash, an en dash or a
 * vertical bar between the parts). Blank lines are skipped; a line that does not read is named by its number.
 */
export function parseTeamLines(text: string): { team: TeamMember[] } | LinesProblem {
  const team: TeamMember[] = [];
  for (const [i, raw] of text.split('\n').entries()) {
    if (raw.trim() === '') continue;
    const [name = '', role = '', ...rest] = raw.split(/\s*[\u2014\u2013|]\s*/);
    const parsed = teamMemberSchema.safeParse({ name, role, line: rest.join(' \u2014 ') });
    if (!parsed.success)
      return { error: `team, line ${i + 1}: write it as "Name \u2014 role \u2014 one line about them" (a name of at most 80 characters)`, line: i + 1 };
    team.push(parsed.data);
  }
  return team.length > TEAM_MAX ? { error: `team: at most ${TEAM_MAX} people`, most: TEAM_MAX } : { team };
}

export function parseReferenceLines(text: string): { references: Reference[] } | LinesProblem {
  const references: Reference[] = [];
  for (const [i, raw] of text.split('\n').entries()) {
    if (raw.trim() === '') continue;
    const parts = raw.split(/\s*[\u2014\u2013|]\s*/);
    const year = Number(parts.at(-1));
    const parsed = referenceSchema.safeParse({ client: parts[0] ?? '', outcome: parts.slice(1, -1).join(' \u2014 '), year: parts.length >= 3 ? year : NaN });
    if (!parsed.success) return { error: `references, line ${i + 1}: write it as "Client \u2014 the outcome \u2014 year" (a year like 2025)`, line: i + 1 };
    references.push(parsed.data);
  }
  return references.length > REFERENCES_MAX ? { error: `references: at most ${REFERENCES_MAX} case studies`, most: REFERENCES_MAX } : { references };
}
