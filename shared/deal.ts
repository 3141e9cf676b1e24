// The deal after the workshop: the status changes a consultant records (sent, accepted, declined) and the expiry of a
// sent proposal, as pure decisions on an assessment's fields. Storing them (one revision each) is db/deals.ts's job.
import { z } from 'zod';

import { type AssessmentFields, type AssessmentStatus, type Deal, REASON_MAX, SIGNER_MAX } from './assessment';
import type { Framework } from './engine/requirements';
import { AppError } from './errors';
import { estimateScope } from './scope/estimate';
import { type Scope, TIERS_MAX } from './scope/schema';
import { priceWithTax } from './scope/tax-and-payments';

/** The statuses a consultant sets by hand; `expired` is set by the app when a sent proposal's validity date passes. */
export const STATUS_CHANGES = ['sent', 'accepted', 'declined'] as const;
export type StatusChange = (typeof STATUS_CHANGES)[number];

/** Statuses of a proposal that has left the workshop: the pipeline's rows. */
export const DEAL_STATUSES = ['sent', 'accepted', 'declined', 'expired'] as const satisfies readonly AssessmentStatus[];
export type DealStatus = (typeof DEAL_STATUSES)[number];

export function isDealStatus(status: AssessmentStatus): status is DealStatus {
  return (DEAL_STATUSES as readonly string[]).includes(status);
}

const statusChangeShape = {
  status: z.enum(STATUS_CHANGES),
  /** accepted: the option the client chose (1-based tier). */
  tier: z.number().int().min(1).max(TIERS_MAX).optional(),
  /** accepted: who signed for the client. */
  by: z.string().trim().min(1).max(SIGNER_MAX).optional(),
  /** declined: why, in the client's words (optional). */
  reason: z.string().trim().min(1).max(REASON_MAX).optional(),
};

function checkStatusChange(change: { status: StatusChange; tier?: number; by?: string; reason?: string }, ctx: z.RefinementCtx): void {
  const issue = (path: 'tier' | 'by' | 'reason', message: string): void => ctx.addIssue({ code: 'custom', path: [path], input: change[path], message });
  if (change.status === 'accepted') {
    if (change.tier === undefined) issue('tier', 'the option the client accepted (its tier, 1 to 3): accepting needs one');
    if (change.by === undefined) issue('by', 'the name of who accepted for the client: accepting needs one');
  } else {
    if (change.tier !== undefined) issue('tier', 'no option: only an acceptance names one');
    if (change.by !== undefined) issue('by', 'no signer: only an acceptance names one');
  }
  if (change.reason !== undefined && change.status !== 'declined') issue('reason', 'no reason: only a decline takes one');
}

/** A status change as the CLI and the app ask for it. `accepted` needs the option and the signer's name. */
export const statusChangeSchema = z.object(statusChangeShape).strict().superRefine(checkStatusChange);
/** The same with the assessment's id: the input of the `deals.setStatus` channel. */
export const statusChangeInputSchema = z
  .object({ id: z.uuid(), ...statusChangeShape })
  .strict()
  .superRefine(checkStatusChange);
export type StatusChangeRequest = z.infer<typeof statusChangeSchema>;

/** The last valid day of a proposal saved at `savedAt` (ISO), valid for `days` days: its printed "valid until". */
export function validityDate(savedAt: string, days: number): string {
  const day = Date.parse(`${savedAt.slice(0, 10)}T00:00:00Z`);
  return new Date(day + days * 86_400_000).toISOString().slice(0, 10);
}

/** When the proposal sent is valid until `validUntil`, is it overdue on `today` (YYYY-MM-DD)? */
export function isOverdue(fields: Pick<AssessmentFields, 'status' | 'deal'>, today: string): boolean {
  const until = fields.deal?.validUntil;
  return fields.status === 'sent' && until !== undefined && until < today;
}

/**
 * The status and deal after a change made at `at`. `validUntil` is the validity date of the proposal being sent (only
 * read for `sent`); `tiers` is how many options the scope offers (1 without a scope): an acceptance must name one of
 * them. Sending again starts the deal afresh; an acceptance or decline keeps when it was sent.
 */
export function applyStatusChange(
  fields: Pick<AssessmentFields, 'deal'>,
  change: StatusChangeRequest,
  at: string,
  context: { validUntil: string; tiers: number },
): { status: AssessmentStatus; deal: Deal } {
  // What the decision keeps of the sending: when, until when, and what was on the table.
  const { sentAt, validUntil, value, currency } = fields.deal ?? {};
  const sent: Deal = Object.fromEntries(Object.entries({ sentAt, validUntil, value, currency }).filter(([, v]) => v !== undefined));
  switch (change.status) {
    case 'sent':
      return { status: 'sent', deal: { sentAt: at, validUntil: context.validUntil } };
    case 'accepted': {
      const tier = change.tier!;
      if (tier > context.tiers)
        throw new AppError('invalid_input', `tier: expected an option this proposal offers (1 to ${context.tiers}), got ${tier}`, 'tier');
      return { status: 'accepted', deal: { ...sent, decidedAt: at, acceptedTier: tier, acceptedBy: change.by! } };
    }
    case 'declined':
      return { status: 'declined', deal: { ...sent, decidedAt: at, ...(change.reason === undefined ? {} : { declineReason: change.reason }) } };
  }
}

/** A sent proposal whose validity date has passed, as expired at `at`. */
export function expire(fields: Pick<AssessmentFields, 'deal'>, at: string): { status: AssessmentStatus; deal: Deal } {
  return { status: 'expired', deal: { ...fields.deal, decidedAt: at } };
}

/**
 * What a deal is worth: the option's total after the discount, before tax (tax is not the consultancy's revenue), in
 * the scope's minor units, priced for the recommended framework. `tier` is the option sent or accepted; null without a
 * scope that prices it.
 */
export function dealWorth(
  scope: Scope | null | undefined,
  framework: Framework,
  teamSize: number | undefined,
  tier: number,
): { value: number; currency: string } | null {
  if (scope === null || scope === undefined || scope.items.length === 0) return null;
  const estimate = estimateScope(scope, { framework, ...(teamSize === undefined ? {} : { teamSize }) });
  const chosen = estimate.tiers[tier - 1] ?? estimate.tiers.at(-1);
  if (chosen === undefined) return null;
  return { value: priceWithTax(chosen.total, scope).net, currency: scope.currency };
}
