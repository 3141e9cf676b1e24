// Branding: the consultancy's identity printed on every proposal. Schema and defaults only (the guide's consultancy).
import { z } from 'zod';

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
