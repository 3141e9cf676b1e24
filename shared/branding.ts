// Branding: the consultancy's identity printed on every proposal. Schema and defaults only (a sample consultancy, replaced in Settings).
import { z } from 'zod';

import { PRICE_ROUNDINGS } from './scope/rounding';

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #1f4e79');

export const LOGO_MAX_BYTES = 2 * 1024 * 1024;

export const brandingSchema = z
  .object({
    companyName: z.string().trim().min(1).max(120),
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
  })
  .strict();

export type Branding = z.infer<typeof brandingSchema>;

export const DEFAULT_BRANDING: Branding = {
  companyName: 'Codism.io',
  consultantName: '',
  email: 'info@codism.io',
  website: 'www.codism.io',
  phone: '973-814-2525',
  address: 'USA Office',
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
  paymentTerms:
    '30% on signature, 40% at the midpoint review and 30% on delivery; invoices are payable within 14 days. Changes to the scope are agreed in writing before work on them starts.',
  validityDays: 30,
  numberFormat: 'SW-{year}-{seq}',
  showRange: false,
  priceRounding: 'none',
  brandingConfirmed: false,
};
