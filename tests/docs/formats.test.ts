// Keeps the format documentation honest: every field, value, command, option and channel the code defines must be
// named in shared/README.md (and the recommendation and estimate fields in their own READMEs). Read from the schemas
// and the CLI's command table, so a field added to the code without a line in the docs fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { COMMANDS } from '../../electron/cli/commands';
import { CHANNEL_NAMES } from '../../shared/api/channels';
import { BUNDLE_FORMAT, bundleSchema } from '../../shared/bundle';
import { CONTEXT_FIELDS } from '../../shared/engine/project-context';
import { recommendationSchema } from '../../shared/engine/recommendation';
import { ANSWER_FIELDS, requirementsSchema } from '../../shared/engine/requirements';
import { ERROR_REASONS } from '../../shared/errors';
import { estimateContractSchema } from '../../shared/scope/estimate-contract';
import { rateCardSchema, rateSchema, scopeItemSchema, scopeSchema } from '../../shared/scope/schema';
import { WARNING_REASONS } from '../../shared/warnings';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const formats = read('shared/README.md');
const engine = read('shared/engine/README.md');
const scope = read('shared/scope/README.md');

/** The names in `list` that `text` never writes as code (`name`). */
function missing(text: string, names: readonly string[]): string[] {
  return names.filter((name) => !text.includes(`\`${name}\``));
}

/** The allowed values of a schema field, when it is a choice (optional and nullable wrappers removed). */
function enumValues(schema: z.ZodType): string[] {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap() as z.ZodType;
  return inner instanceof z.ZodEnum ? (inner.options as string[]) : [];
}

describe('shared/README.md names every public format element', () => {
  it('every field of the requirements record, answers and project context alike', () => {
    const fields = Object.keys(requirementsSchema.shape);
    expect(fields).toEqual(expect.arrayContaining([...ANSWER_FIELDS, ...CONTEXT_FIELDS, 'notes']));
    expect(missing(formats, fields)).toEqual([]);
  });

  it('every value of every choice in the requirements record', () => {
    const values = Object.entries(requirementsSchema.shape).flatMap(([field, schema]) => enumValues(schema as z.ZodType).map((value) => `${field}=${value}`));
    expect(values.length).toBeGreaterThan(40);
    expect(values.filter((entry) => !formats.includes(`\`${entry.split('=')[1]!}\``))).toEqual([]);
  });

  it('every CLI command and every option it accepts', async () => {
    const commands = await Promise.all(COMMANDS.map((entry) => entry.load()));
    expect(commands.map((c) => c.name)).toEqual(COMMANDS.map((entry) => entry.name));
    // Each command has its row in the command table, and that row names every option but the shared --db.
    const rowOf = (name: string): string | undefined => formats.split('\n').find((line) => line.startsWith(`| \`${name} `) || line.startsWith(`| \`${name}\``));
    expect(commands.filter((c) => rowOf(c.name) === undefined).map((c) => c.name)).toEqual([]);
    const options = commands.flatMap((c) =>
      Object.keys(c.options)
        .filter((option) => option !== 'db')
        .map((option) => ({ command: c.name, option: `--${option}` })),
    );
    expect(options.filter(({ command, option }) => !rowOf(command)!.includes(option))).toEqual([]);
    expect(formats).toContain('`--db <path>`');
  });

  it('every channel of the API', () => {
    expect(missing(formats, CHANNEL_NAMES)).toEqual([]);
  });

  it('every reason an error may carry, and its why and params fields', () => {
    expect(missing(formats, [...ERROR_REASONS, 'why', 'params'])).toEqual([]);
  });

  it('every reason a warning may carry, and the params each one names', () => {
    expect(missing(formats, [...WARNING_REASONS, 'cause', 'code', 'Warning'])).toEqual([]);
  });

  it('every top-level field of the bundle, of its assessments and of the scope', () => {
    const assessment = bundleSchema.shape.assessments.element;
    const fields = [...Object.keys(bundleSchema.shape), ...Object.keys((assessment as unknown as { shape: object }).shape), ...Object.keys(scopeSchema.shape)];
    expect(formats).toContain(`"${BUNDLE_FORMAT}"`);
    expect(missing(formats, fields)).toEqual([]);
  });
});

describe('the engine and scope READMEs name every field of their contracts', () => {
  it('shared/engine/README.md: every field of the recommendation', () => {
    expect(missing(engine, Object.keys(recommendationSchema.shape))).toEqual([]);
  });

  it('shared/scope/README.md: every field of the scope, its items and rates, the rate card and the estimate --json contract', () => {
    const tier = estimateContractSchema.shape.tiers.element;
    const fields = [
      ...Object.keys(scopeSchema.shape),
      ...Object.keys(scopeItemSchema.shape),
      ...Object.keys(rateSchema.shape),
      ...Object.keys(rateCardSchema.shape),
      ...Object.keys(estimateContractSchema.shape),
      ...Object.keys(tier.shape),
    ];
    const words = scope.replace(/\s+/g, ' ');
    expect(fields.filter((field) => !new RegExp(`\\b${field}\\b`).test(words))).toEqual([]);
  });
});
