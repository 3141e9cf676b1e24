// The bundle: the import/export format, as a zod schema. A public contract: add optional fields, never rename.
// Parsing only; what an import does with it (history rules, one transaction) lives in db/bundle.ts.
import { z } from 'zod';

import { assessmentFieldsSchema, isoDate } from './assessment';
import { NOTES_MAX, requirementsSchema } from './engine/requirements';

export const BUNDLE_FORMAT = 'scopewise-bundle';
export const BUNDLE_VERSION = 1;

/**
 * The largest bundle file Scopewise writes or reads, in bytes: an export that would pass it is refused before anything
 * is written, and an import of a larger file is refused unread. Twice what 10,000 demo assessments take (about 75 MB).
 */
export const BUNDLE_MAX_BYTES = 160 * 1024 * 1024;
/** The most assessments one bundle carries, in an export and in an import alike. */
export const BUNDLE_MAX_ASSESSMENTS = 10_000;
/** BUNDLE_MAX_BYTES as people read it. */
export const BUNDLE_MAX_TEXT = '160 MB';

/** A revision's identity (db/revision-identity.ts): 64 lowercase hex digits. */
export const revisionIdSchema = z.string().refine((value) => /^[0-9a-f]{64}$/.test(value), { message: 'a revision identity (64 lowercase hex digits)' });

/**
 * One revision: every field of the assessment as it stood. Written since schema 2 with `id` (its identity) and `parent`
 * (the identity of the revision before it, null for the first), which an import checks against the content. A
 * revision that leaves out a required field (version-1 bundles carry only requirements and notes) takes the
 * assessment's. `number` is only its place in the exporting database: an import renumbers when it must (any number
 * above MAX_REVISION_NUMBER, shared/assessment.ts).
 */
export const bundleRevisionSchema = assessmentFieldsSchema
  .partial()
  .extend({
    number: z.number().int().min(1),
    id: revisionIdSchema.optional(),
    parent: revisionIdSchema.nullable().optional(),
    createdAt: isoDate,
    updatedAt: isoDate,
    requirements: requirementsSchema,
    notes: z.string().max(NOTES_MAX),
  })
  .strict();

export const bundleAssessmentSchema = assessmentFieldsSchema
  .extend({
    id: z.uuid(),
    createdAt: isoDate,
    updatedAt: isoDate,
    /** Oldest first. May be empty: the current fields then become revision 1 (and so when they differ from the last). */
    revisions: z.array(bundleRevisionSchema).max(100_000),
    /** The client's directory entry, when the exporting machine had one. */
    client: z
      .object({ contactPerson: z.string().max(200), email: z.string().max(200), industry: z.string().max(200) })
      .partial()
      .strict()
      .optional(),
    /** The exporter's recommendation snapshot, for readers of the file; an import recomputes it with its own engine. */
    recommendation: z.unknown().optional(),
  })
  .strict()
  .superRefine((assessment, context) => {
    assessment.revisions.forEach((revision, index) => {
      const previous = assessment.revisions[index - 1];
      if (previous !== undefined && revision.number <= previous.number) {
        context.addIssue({
          code: 'custom',
          path: ['revisions', index, 'number'],
          message: `a number above ${previous.number} (revisions are listed oldest first)`,
        });
      }
    });
  });

export const bundleSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    version: z.literal(BUNDLE_VERSION),
    exportedAt: isoDate.optional(),
    assessments: z.array(bundleAssessmentSchema).max(BUNDLE_MAX_ASSESSMENTS),
  })
  .strict()
  .superRefine((bundle, context) => {
    const seen = new Set<string>();
    bundle.assessments.forEach((assessment, index) => {
      const id = assessment.id.toLowerCase();
      if (seen.has(id)) context.addIssue({ code: 'custom', path: ['assessments', index, 'id'], message: 'an id used only once in the bundle' });
      seen.add(id);
    });
  });

export type Bundle = z.infer<typeof bundleSchema>;
export type BundleAssessment = z.infer<typeof bundleAssessmentSchema>;
export type BundleRevision = z.infer<typeof bundleRevisionSchema>;
