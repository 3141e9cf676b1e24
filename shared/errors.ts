// The typed error every boundary answers with ({ code, message, field?, why?, params? }), and the wording of zod
// failures. Messages name the field and what is allowed, in one line, and never carry stack traces, SQL or paths.
// `why` and `params` say the same in stable keys, so a window can word the error in its own language.
import type { z } from 'zod';

export type ErrorCode = 'invalid_input' | 'not_found' | 'conflict' | 'io' | 'unsupported' | 'forbidden' | 'unauthorized' | 'unavailable' | 'internal';

/**
 * What went wrong, as a stable key beside the English `message`, for the errors a window user can meet: a form's
 * value refused (the zod reasons, with the field), a record gone, another program holding the database, a full or
 * read-only disk, a bundle refused, the team database out of reach. Extend, never rename: windows word them.
 */
export const ERROR_REASONS = [
  // A submitted value refused (params: limit, unit, values, expected, format, name as the reason needs).
  'missing',
  'unknown_field',
  'too_short',
  'too_long',
  'too_small',
  'too_big',
  'not_one_of',
  'wrong_type',
  'bad_format',
  'not_valid',
  // A record or file that is not there (params: number, name).
  'assessment_not_found',
  'revision_not_found',
  'backup_not_found',
  'file_moved',
  'scope_missing',
  // Someone else got there first, or the record is not where the action needs it.
  'in_trash',
  'not_in_trash',
  'scope_exists',
  'database_in_use',
  'saving_stopped',
  'number_taken',
  // The disk (shared/storage-error.ts).
  'disk_full',
  'read_only',
  'database_busy',
  'permission_denied',
  'folder_missing',
  'path_is_folder',
  // Bundles (params: limit, version).
  'bundle_too_large',
  'bundle_not_json',
  'bundle_newer',
  'bundle_too_many',
  // The team database (params: server).
  'team_unreachable',
  'team_password_refused',
  'team_no_password',
  'team_connection_lost',
  'team_not_set_up',
  'team_certificate_refused',
  'team_no_rights',
  'team_no_keychain',
  'team_not_configured',
  'team_schema_newer',
  'team_schema_older',
  // Backups (params: kept, the failed copy's name; live, sound or damaged).
  'backup_failed_check',
  // The app itself: a long task stopped on request, the app closing.
  'cancelled',
  'shutting_down',
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];

/** The words an error's reason needs beside the field: a limit, a unit, the allowed values... all as text. */
export type ErrorParams = Record<string, string>;

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  field?: string;
  why?: ErrorReason;
  params?: ErrorParams;
}

export class AppError extends Error implements AppErrorShape {
  readonly code: ErrorCode;
  readonly field?: string;
  readonly why?: ErrorReason;
  readonly params?: ErrorParams;
  constructor(code: ErrorCode, message: string, field?: string, reason?: ErrorReason, params?: ErrorParams) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (field !== undefined) this.field = field;
    if (reason !== undefined) this.why = reason;
    if (params !== undefined) this.params = params;
  }
  toJSON(): AppErrorShape {
    const shape: AppErrorShape = { code: this.code, message: this.message };
    if (this.field !== undefined) shape.field = this.field;
    if (this.why !== undefined) shape.why = this.why;
    if (this.params !== undefined) shape.params = this.params;
    return shape;
  }
}

const FORMATS: Record<string, string> = {
  uuid: 'a UUID (like 3f2b8c1e-9d4a-4f6b-8e2a-1c5d7e9f0a2b)',
  guid: 'a UUID',
  datetime: 'an ISO 8601 date and time (like 2026-03-01T09:30:00Z)',
  date: 'an ISO 8601 date (like 2026-03-01)',
  email: 'an email address',
  regex: 'text in the expected pattern',
};

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function joinPath(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/**
 * The field's own limit: a whole number beyond JavaScript's safe integers fails both the integer check (whose limit is
 * that of every safe integer) and the field's own bound; the tighter of the two is the one to tell.
 */
function fieldLimit(error: z.ZodError, path: readonly PropertyKey[], code: 'too_big' | 'too_small', first: number): number {
  const same = (other: readonly PropertyKey[]): boolean => other.length === path.length && other.every((key, n) => key === path[n]);
  const limits = error.issues.flatMap((i) =>
    i.code === code && same(i.path) ? [Number(i.code === 'too_big' ? i.maximum : (i as { minimum: number | bigint }).minimum)] : [],
  );
  return code === 'too_big' ? Math.min(first, ...limits) : Math.max(first, ...limits);
}

/** A number limit as people read it: 100,000,000 rather than 100000000. */
function groupDigits(value: number): string {
  return Number.isInteger(value) && Math.abs(value) >= 10_000 ? value.toLocaleString('en-US') : String(value);
}

/** One readable sentence for the first problem zod found, naming the field and what it accepts. */
export function describeZodError(error: z.ZodError, input: unknown, prefix = '', knownFields: readonly string[] = []): AppError {
  const issue = error.issues[0];
  if (issue === undefined) return new AppError('invalid_input', `${prefix || 'input'} is not valid`, undefined, 'not_valid');
  if (issue.code === 'unrecognized_keys') {
    const field = joinPath(prefix, [...issue.path, issue.keys[0] ?? '']);
    const known = issue.path.length === 0 && knownFields.length > 0 ? `; known fields are ${knownFields.join(', ')}` : '';
    return new AppError('invalid_input', `${field}: unknown field${known}`, field, 'unknown_field', { name: String(issue.keys[0] ?? '') });
  }
  const field = joinPath(prefix, issue.path);
  const name = field === '' ? 'input' : field;
  const got = show(valueAt(input, issue.path));
  let allowed: string;
  let reason: ErrorReason = 'not_valid';
  let params: ErrorParams = {};
  switch (issue.code) {
    case 'invalid_value':
      allowed = `one of ${issue.values.map((v) => String(v)).join(', ')}`;
      reason = 'not_one_of';
      params = { values: issue.values.map((v) => String(v)).join(', ') };
      break;
    case 'invalid_type':
      allowed = issue.expected === 'int' ? 'an integer' : `${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
      if (issue.expected === 'object') allowed = 'a JSON object';
      if (issue.expected === 'array') allowed = 'a list';
      reason = 'wrong_type';
      params = { expected: issue.expected };
      break;
    case 'too_small':
    case 'too_big': {
      // Worded alike both ways: a length in characters or items ("too short", "too long"), or a number's bound.
      const small = issue.code === 'too_small';
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const text = issue.origin === 'string' || issue.origin === 'array';
      const unit = issue.origin === 'string' ? 'characters' : 'items';
      const limit = text ? String(bound) : groupDigits(fieldLimit(error, issue.path, issue.code, Number(bound)));
      allowed = `${small ? 'at least' : 'at most'} ${limit}${text ? ` ${unit}` : ''}`;
      reason = text ? (small ? 'too_short' : 'too_long') : small ? 'too_small' : 'too_big';
      params = text ? { limit, unit } : { limit };
      break;
    }
    case 'invalid_format':
      allowed = FORMATS[issue.format] ?? `text in ${issue.format} format`;
      reason = 'bad_format';
      params = { format: issue.format };
      break;
    default:
      allowed = issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
  }
  if (valueAt(input, issue.path) === undefined && issue.path.length > 0)
    return new AppError('invalid_input', `${name}: missing; expected ${allowed}`, field, 'missing', {});
  return new AppError('invalid_input', `${name}: expected ${allowed}, got ${got}`, field || undefined, reason, params);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

type OddValue = { path: PropertyKey[]; kind: 'surrogate'; at: number; inKey: boolean } | { path: PropertyKey[]; kind: 'non-finite'; value: number };

/**
 * The first value JSON (or a structured clone) can carry but no field should hold: text with an unpaired UTF-16
 * surrogate, which would be stored as invalid UTF-8, or a number that is not finite (1e400 parses as Infinity).
 */
function findOddValue(input: unknown): OddValue | null {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: input, path: [] }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const match = LONE_SURROGATE.exec(value);
      if (match !== null) return { path, kind: 'surrogate', at: match.index, inKey: false };
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value) && !Number.isNaN(value)) return { path, kind: 'non-finite', value };
    } else if (value !== null && typeof value === 'object' && !seen.has(value) && !ArrayBuffer.isView(value)) {
      // Bytes (a file's content) hold neither text nor numbers to check, and may be millions long: they are skipped.
      seen.add(value);
      const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, item] = entries[i]!;
        if (typeof key === 'string' && LONE_SURROGATE.test(key)) return { path, kind: 'surrogate', at: LONE_SURROGATE.exec(key)!.index, inKey: true };
        stack.push({ value: item, path: [...path, key] });
      }
    }
  }
  return null;
}

function withValueAt(input: unknown, path: readonly PropertyKey[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(input) as Record<PropertyKey, unknown>;
  let current = copy;
  for (const key of path.slice(0, -1)) current = current[key] as Record<PropertyKey, unknown>;
  current[path[path.length - 1]!] = value;
  return copy;
}

/** The range a number field allows, found by asking the schema about the largest whole numbers it could take. */
function allowedRange(schema: z.ZodType, input: unknown, path: readonly PropertyKey[]): string {
  const bound = (value: number): string | null => {
    const issues = schema.safeParse(withValueAt(input, path, value)).error?.issues ?? [];
    const at = issues.filter((i) => i.path.length === path.length && i.path.every((key, n) => key === path[n]));
    const limits = at.flatMap((i) => (i.code === 'too_big' ? [Number(i.maximum)] : i.code === 'too_small' ? [Number(i.minimum)] : []));
    if (limits.length === 0) return null;
    return String(value > 0 ? Math.min(...limits) : Math.max(...limits));
  };
  const max = bound(Number.MAX_SAFE_INTEGER);
  const min = bound(-Number.MAX_SAFE_INTEGER);
  if (min !== null && max !== null) return `a number from ${min} to ${max}`;
  if (max !== null) return `a number of at most ${max}`;
  if (min !== null) return `a number of at least ${min}`;
  return 'a finite number';
}

function describeOddValue(odd: OddValue, schema: z.ZodType, input: unknown, prefix: string): AppError {
  const field = joinPath(prefix, odd.path);
  const name = field === '' ? 'input' : field;
  if (odd.kind === 'surrogate') {
    const where = odd.inKey ? 'a field name' : 'the text';
    return new AppError(
      'invalid_input',
      `${name}: ${where} contains an unpaired surrogate at position ${odd.at} (half of a character, often from text cut in the middle of an emoji); send valid Unicode text`,
      field || undefined,
      'not_valid',
    );
  }
  return new AppError(
    'invalid_input',
    `${name}: expected ${allowedRange(schema, input, odd.path)}, got a number too large to hold (${odd.value > 0 ? '' : '-'}infinity)`,
    field || undefined,
    'not_valid',
  );
}

/** Parse with a schema at a boundary: the value typed, or an AppError naming the field. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown, prefix = ''): T {
  const odd = findOddValue(input);
  if (odd !== null) throw describeOddValue(odd, schema, input, prefix);
  const result = schema.safeParse(input);
  if (!result.success) {
    const shape = (schema as { shape?: Record<string, unknown> }).shape;
    throw describeZodError(result.error, input, prefix, shape === undefined ? [] : Object.keys(shape));
  }
  return result.data;
}
