// Small argument checks shared by CLI commands, each failing with a message that names the argument.
import { AppError } from '../../shared/errors';

export function requirePositional(positionals: string[], index: number, name: string, what: string): string {
  const value = positionals[index];
  if (value === undefined || value === '') throw new AppError('invalid_input', `missing <${name}>: expected ${what}`, name);
  return value;
}

export function requireOption(values: Record<string, string | boolean | undefined>, name: string, what: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new AppError('invalid_input', `missing --${name}: expected ${what}`, name);
  return value;
}

export function integerOption(value: string | boolean | undefined, name: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new AppError('invalid_input', `--${name}: expected an integer from ${min} to ${max}, got ${JSON.stringify(value)}`, name);
  }
  return n;
}
