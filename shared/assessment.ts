// The assessment as it crosses boundaries (bundles, IPC, proposal): schema and type. Storage shape lives in db/.
import { z } from 'zod';

import type { Confidence, Recommendation } from './engine/recommend';
import { type Framework, FRAMEWORKS, requirementsSchema } from './engine/requirements';
import { currencySchema, isoDateSchema, scopeSchema, TIERS_MAX } from './scope/schema';
import { cleanTitle, isInvisibleTitle } from './title-text';

/**
 * draft, final (ready, not yet sent), sent (the exported proposal is with the client), then accepted, declined, or
 * expired (its validity date passed while it was sent). shared/deal.ts owns the moves between them.
 */
export const ASSESSMENT_STATUSES = ['draft', 'final', 'sent', 'accepted', 'declined', 'expired'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const isoDate = z.iso.datetime({ offset: true });

/** A title (client name, project title): controls and bidirectional overrides dropped, never only invisible characters. */
function titleSchema(max: number) {
  return z
    .string()
    .overwrite(cleanTitle)
    .max(max)
    .refine((text) => !isInvisibleTitle(text), {
      message: 'Visible text or nothing; this has only invisible characters (zero-width, direction marks or fillers)',
    });
}

export const SIGNER_MAX = 200;
/** The client's contact person: name and role as short titles, the e-mail as an address (RFC 5321 caps it at 254). */
export const CONTACT_MAX = 200;
export const CONTACT_EMAIL_MAX = 254;

/** The contact's e-mail: an address, or empty (none). Checked, never rewritten, so the stored text is what was typed. */
const contactEmailSchema = z
  .string()
  .max(CONTACT_EMAIL_MAX)
  .refine((text) => text === '' || z.email().safeParse(text).success, {
    message: 'Not an e-mail address; write it as name@example.com, or leave it empty',
  });

/** Whether the text may be saved as the contact's e-mail: empty, or an address (the editor flags anything else). */
export function isContactEmail(text: string): boolean {
  return contactEmailSchema.safeParse(text).success;
}

/** The client's contact person as the assessment fields carry them (each optional; empty means none). */
export const CONTACT_FIELDS = ['clientContactName', 'clientContactRole', 'clientContactEmail'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];
export const REASON_MAX = 2000;

/**
 * What happened to the proposal once it left the workshop, kept with the fields so every change is a revision:
 * when it was sent and until when it is valid, who accepted which option when, or why it was declined.
 */
export const dealSchema = z
  .object({
    /** When it was last marked sent. */
    sentAt: isoDate.optional(),
    /** The last day the sent proposal is valid (its printed validity date). */
    validUntil: isoDateSchema.optional(),
    /** When it was accepted, declined or expired. */
    decidedAt: isoDate.optional(),
    /** The option (tier, 1-based) the client accepted. */
    acceptedTier: z.number().int().min(1).max(TIERS_MAX).optional(),
    /** Who accepted it for the client. */
    acceptedBy: z.string().trim().min(1).max(SIGNER_MAX).optional(),
    /** Why the client declined, in their words. */
    declineReason: z.string().trim().min(1).max(REASON_MAX).optional(),
    /** What the deal is worth, in minor units of `currency`: the option sent (the recommended one) or accepted, after
     * the discount and before tax, as it stood when the status was set. */
    value: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
    currency: currencySchema.optional(),
  })
  .strict();
export type Deal = z.infer<typeof dealSchema>;

export const assessmentFieldsSchema = z
  .object({
    clientName: titleSchema(300),
    /** The client's contact person (printed on the cover and as the signatory of the acceptance), their role, e-mail. */
    clientContactName: titleSchema(CONTACT_MAX).optional(),
    clientContactRole: titleSchema(CONTACT_MAX).optional(),
    clientContactEmail: contactEmailSchema.optional(),
    projectTitle: titleSchema(300),
    consultant: z.string().max(200),
    status: z.enum(ASSESSMENT_STATUSES),
    requirements: requirementsSchema,
    notes: z.string().max(20000),
    /** Work items, rates and percentages (shared/scope/schema.ts); null or absent: no scope yet. */
    scope: scopeSchema.nullable().optional(),
    /** Sending, acceptance, decline, expiry (shared/deal.ts); absent while it is a draft that was never sent. */
    deal: dealSchema.optional(),
  })
  .strict();

export type AssessmentFields = z.infer<typeof assessmentFieldsSchema>;

export interface Assessment extends AssessmentFields {
  id: string;
  createdAt: string;
  updatedAt: string;
}

// What the database answers with, as it crosses boundaries (IPC, HTTP, CLI). Stored by db/, typed here so the renderer can read it.

/** Shown by the assessment list: everything but the heavy requirements and recommendation. */
export interface AssessmentSummary {
  id: string;
  clientName: string;
  projectTitle: string;
  consultant: string;
  status: AssessmentStatus;
  recommended: Framework;
  confidence: Confidence;
  revision: number;
  createdAt: string;
  updatedAt: string;
  /** When it was moved to the trash; null while it is live. */
  deletedAt: string | null;
}

/** One assessment as saved: its fields, the recommendation snapshot taken at the last save, and its current revision number. */
export interface SavedAssessment extends Assessment {
  clientId: string | null;
  recommendation: Recommendation;
  revision: number;
  deletedAt: string | null;
}

/**
 * Revision numbers run from 1 to this bound. An import renumbers revisions whose numbers lie above it (db/bundle.ts),
 * so a bundle carrying 2^53-1 cannot push later saves past what a JavaScript number holds exactly.
 */
export const MAX_REVISION_NUMBER = 1_000_000_000;

/**
 * A revision: every field of the assessment as it stood, saved together (saves within the same minute coalesce into
 * one, until it is exported or imported). `id` is its identity on every machine and `parent` the revision it was made
 * from (db/revision-identity.ts); `number` is only its place in this database's list. `requirements` and `notes`
 * repeat `fields` for readers of the first format.
 */
export interface Revision {
  id: string;
  parent: string | null;
  number: number;
  fields: AssessmentFields;
  requirements: AssessmentFields['requirements'];
  notes: string;
  recommended: Framework;
  engineVersion: string;
  createdAt: string;
  updatedAt: string;
  /** The team role that made it, once shared through the team library; null for work never shared. */
  author?: string | null;
  /** The device it was made on, once shared; null otherwise. */
  deviceId?: string | null;
  /** True for a revision that settled a team conflict (a merge or a pick of one side). */
  merged?: boolean;
}

export const ASSESSMENT_SORTS = ['updatedAt', 'createdAt', 'clientName', 'projectTitle', 'status', 'recommended'] as const;
export type AssessmentSort = (typeof ASSESSMENT_SORTS)[number];

/** The list pages through assessments 50 at a time. */
export const ASSESSMENT_PAGE_SIZE = 50;

/** What the list asks for: any text to search, filters, a sort, and a page (0 is the first). */
export const listQuerySchema = z
  .object({
    search: z.string().max(1000).optional(),
    status: z.enum(ASSESSMENT_STATUSES).optional(),
    recommended: z.enum(FRAMEWORKS).optional(),
    /** Only assessments last saved at or after this time. */
    updatedFrom: isoDate.optional(),
    /** Only assessments last saved before this time. */
    updatedBefore: isoDate.optional(),
    sort: z.enum(ASSESSMENT_SORTS).optional(),
    direction: z.enum(['asc', 'desc']).optional(),
    page: z.number().int().min(0).max(1_000_000).optional(),
    /** true lists the trash instead of the live assessments. */
    trash: z.boolean().optional(),
  })
  .strict();
export type ListQuery = z.infer<typeof listQuerySchema>;

export interface AssessmentPage {
  rows: AssessmentSummary[];
  page: number;
  pageSize: number;
  hasMore: boolean;
}
