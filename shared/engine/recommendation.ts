// The recommendation JSON: PRODUCT.md's public contract as a zod schema. Extend it, never rename.
import { z } from 'zod';
import { ANSWER_FIELDS, FRAMEWORKS } from './requirements';

export const ENGINE_VERSION = '1.0.0';

const framework = z.enum(FRAMEWORKS);
const answerValue = z.union([z.string(), z.number(), z.boolean()]);

export const recommendationSchema = z
  .object({
    recommended: framework,
    ranking: z.array(z.object({ framework, score: z.number().int() }).strict()).length(3),
    confidence: z.enum(['high', 'medium', 'low']),
    margin: z.number().int().min(0),
    answered: z.number().int().min(0),
    reasons: z.array(
      z
        .object({
          framework,
          factor: z.enum(ANSWER_FIELDS as unknown as [string, ...string[]]),
          effect: z.number().int(),
          text: z.string().min(1),
          rule: z.string(),
        })
        .strict(),
    ),
    flips: z.array(
      z
        .object({
          changes: z
            .array(z.object({ field: z.enum(ANSWER_FIELDS as unknown as [string, ...string[]]), from: answerValue.nullable(), to: answerValue }).strict())
            .min(1)
            .max(2),
          winner: framework,
        })
        .strict(),
    ),
    stack: z
      .object({
        framework,
        summary: z.string().min(1),
        components: z.array(z.object({ name: z.string(), purpose: z.string() }).strict()).min(1),
      })
      .strict(),
    engineVersion: z.literal(ENGINE_VERSION),
  })
  .strict();
