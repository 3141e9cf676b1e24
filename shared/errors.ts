// The typed error every boundary answers with ({ code, message, field? }), and the wording of zod failures.
// Messages name the field and what is allowed, in one line, and never carry stack traces, SQL or paths.
import type { z } from 'zod';

export type ErrorCode = 'invalid_input' | 'not_found' | 'conflict' | 'io' | 'unsupported' | 'forbidden' | 'unauthorized' | 'internal';

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  field?: string;
}

export class AppError extends Error implements AppErrorShape {
  readonly code: ErrorCode;
  readonly field?: string;
  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (field !== undefined) this.field = field;
  }
  toJSON(): AppErrorShape {
    return this.field === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, field: this.field };
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

/** One readable sentence for the first problem zod found, naming the field and what it accepts. */
export function describeZodError(error: z.ZodError, input: unknown, prefix = '', knownFields: readonly string[] = []): AppError {
  const issue = error.issues[0];
  if (issue === undefined) return new AppError('invalid_input', `${prefix || 'input'} is not valid`);
  if (issue.code === 'unrecognized_keys') {
    const field = joinPath(prefix, [...issue.path, issue.keys[0] ?? '']);
    const known = issue.path.length === 0 && knownFields.length > 0 ? `; known fields are ${knownFields.join(', ')}` : '';
    return new AppError('invalid_input', `${field}: unknown field${known}`, field);
  }
  const field = joinPath(prefix, issue.path);
  const name = field === '' ? 'input' : field;
  const got = show(valueAt(input, issue.path));
  let allowed: string;
  switch (issue.code) {
    case 'invalid_value':
      allowed = `one of ${issue.values.map((v) => String(v)).join(', ')}`;
      break;
    case 'invalid_type':
      allowed = issue.expected === 'int' ? 'an integer' : `${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
      if (issue.expected === 'object') allowed = 'a JSON object';
      if (issue.expected === 'array') allowed = 'a list';
      break;
    case 'too_small':
      allowed = issue.origin === 'string' || issue.origin === 'array' ? `at least ${String(issue.minimum)} ${issue.origin === 'string' ? 'characters' : 'items'}` : `at least ${String(issue.minimum)}`;
      break;
    case 'too_big':
      allowed = issue.origin === 'string' || issue.origin === 'array' ? `at most ${String(issue.maximum)} ${issue.origin === 'string' ? 'characters' : 'items'}` : `at most ${String(issue.maximum)}`;
      break;
    case 'invalid_format':
      allowed = FORMATS[issue.format] ?? `text in ${issue.format} format`;
      break;
    default:
      allowed = issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
  }
  if (valueAt(input, issue.path) === undefined && issue.path.length > 0) return new AppError('invalid_input', `${name}: missing; expected ${allowed}`, field);
  return new AppError('invalid_input', `${name}: expected ${allowed}, got ${got}`, field || undefined);
}

/** Parse with a schema at a boundary: the value typed, or an AppError naming the field. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown, prefix = ''): T {
  const result = schema.safeParse(input);
  if (!result.success) {
    const shape = (schema as { shape?: Record<string, unknown> }).shape;
    throw describeZodError(result.error, input, prefix, shape === undefined ? [] : Object.keys(shape));
  }
  return result.data;
}
