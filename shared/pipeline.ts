// The pipeline: proposals that left the workshop, by status, with their values, the validity dates coming up, the
// win rate and the value won over a period, and why proposals were declined. Types, the query's schema and the CSV
// form, pure; db/pipeline.ts reads it from the database.
import { z } from 'zod';

import { type DealStatus } from './deal';
import { minorDigits } from './scope/money';
import { isoDateSchema } from './scope/schema';

/** The period for decisions (win rate, value won, declines): from and to are days, both included. */
export const pipelineQuerySchema = z
  .object({
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    /** The consultant's day, for "coming up" and "overdue"; the machine's date when absent. */
    today: isoDateSchema.optional(),
  })
  .strict()
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: 'a period whose start is not after its end', path: ['from'] });
export type PipelineQuery = z.infer<typeof pipelineQuerySchema>;

/** The default period: the 90 days up to today. */
export const PIPELINE_DEFAULT_DAYS = 90;
/** Rows listed for the open proposals and for the decisions of the period; the counts cover them all. */
export const PIPELINE_ROWS = 100;

/** A sum per currency: values in different currencies are never added together. */
export interface CurrencyTotal {
  currency: string;
  total: number;
}

export interface PipelineRow {
  id: string;
  clientName: string;
  projectTitle: string;
  status: DealStatus;
  /** The deal's worth in minor units of `currency` (after discount, before tax); null without a priced scope. */
  value: number | null;
  currency: string | null;
  /** When it was sent (sent) or decided (accepted, declined, expired). */
  at: string;
  validUntil: string | null;
  acceptedTier: number | null;
  acceptedBy: string | null;
  declineReason: string | null;
}

export interface Pipeline {
  from: string;
  to: string;
  today: string;
  /** Every live proposal by status, all time. */
  statuses: { status: DealStatus; count: number; values: CurrencyTotal[] }[];
  /** Sent proposals by validity date, soonest first (the first PIPELINE_ROWS); `overdue` counts those already past. */
  open: PipelineRow[];
  overdue: number;
  /** Decided in the period. */
  won: { count: number; values: CurrencyTotal[] };
  declined: number;
  expired: number;
  /** accepted / (accepted + declined + expired) in the period; null when none was decided. */
  winRate: number | null;
  declineReasons: { reason: string; count: number }[];
  /** The decisions of the period, newest first (the first PIPELINE_ROWS). */
  decided: PipelineRow[];
}

/** Minor units as a plain decimal for a spreadsheet (123456 EUR → "1234.56"), exact. */
export function decimalAmount(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  const whole = digits === 0 ? text : `${text.slice(0, text.length - digits)}.${text.slice(text.length - digits)}`;
  return `${minor < 0 ? '-' : ''}${whole}`;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; a leading = + - @ is neutralised. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const PIPELINE_CSV_HEADER = ['id', 'client', 'project', 'status', 'value', 'currency', 'date', 'valid_until', 'option', 'accepted_by', 'decline_reason'];

/** One pipeline row as a CSV line (CRLF-terminated), the value as a decimal in major units. */
export function pipelineCsvLine(row: PipelineRow): string {
  const cells = [
    row.id,
    row.clientName,
    row.projectTitle,
    row.status,
    row.value === null || row.currency === null ? '' : decimalAmount(row.value, row.currency),
    row.currency ?? '',
    row.at,
    row.validUntil ?? '',
    row.acceptedTier === null ? '' : String(row.acceptedTier),
    row.acceptedBy ?? '',
    row.declineReason ?? '',
  ];
  return `${cells.map(csvField).join(',')}\r\n`;
}
