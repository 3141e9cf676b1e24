// The recommendation JSON as a zod schema, documented in shared/engine/README.md. Extend it, never rename.
import { z } from 'zod';

import { ANSWER_FIELDS, FRAMEWORKS } from './requirements';

/**
 * 3.x: weights on what separates the frameworks, confidence from distinguishing points with margin-dependent caps,
 * contradictions, the rewrite trade-off, plausible flips, two more questions (shared/engine/README.md).
 */
export const ENGINE_VERSION = '3.0.0';

const framework = z.enum(FRAMEWORKS);
const field = z.enum(ANSWER_FIELDS as unknown as [string, ...string[]]);
const answerValue = z.union([z.string(), z.number(), z.boolean()]);
const confidence = z.enum(['high', 'medium', 'low']);

export const recommendationSchema = z
  .object({
    recommended: framework,
    ranking: z.array(z.object({ framework, score: z.number().int() }).strict()).length(3),
    confidence,
    margin: z.number().int().min(0),
    answered: z.number().int().min(0),
    evidence: z.number().int().min(0),
    tiedWith: z.array(framework).max(2),
    tieBreak: z.string().min(1).nullable(),
    reasons: z.array(
      z
        .object({
          framework,
          factor: field,
          effect: z.number().int(),
          text: z.string().min(1),
          rule: z.string(),
          source: z.string().min(1),
        })
        .strict(),
    ),
    tradeOffs: z.array(z.object({ framework, factor: field, text: z.string().min(1), source: z.string().min(1) }).strict()),
    contradictions: z.array(z.object({ fields: z.array(field).min(2), text: z.string().min(1) }).strict()),
    confidenceBasis: z.array(z.string().min(1)).min(1),
    flips: z
      .array(
        z
          .object({
            changes: z
              .array(z.object({ field, from: answerValue.nullable(), to: answerValue }).strict())
              .min(1)
              .max(2),
            winner: framework,
            note: z.string().min(1).optional(),
          })
          .strict(),
      )
      .max(5),
    robust: z.boolean(),
    robustNote: z.string().min(1).nullable(),
    openQuestions: z.array(
      z
        .object({
          field,
          answers: z.array(z.object({ value: answerValue, winner: framework, confidence }).strict()).min(1),
        })
        .strict(),
    ),
    stack: z
      .object({
        framework,
        summary: z.string().min(1),
        components: z.array(z.object({ name: z.string(), purpose: z.string(), version: z.string().optional() }).strict()).min(1),
      })
      .strict(),
    engineVersion: z.literal(ENGINE_VERSION),
  })
  .strict();
